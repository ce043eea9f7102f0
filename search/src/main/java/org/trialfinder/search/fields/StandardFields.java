package org.trialfinder.search.fields;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.model.vocab.AgencyClass;
import org.trialfinder.model.vocab.ArmGroupType;
import org.trialfinder.model.vocab.BioSpecRetention;
import org.trialfinder.model.vocab.BrowseLeafRelevance;
import org.trialfinder.model.vocab.ContactRole;
import org.trialfinder.model.vocab.DateType;
import org.trialfinder.model.vocab.DesignAllocation;
import org.trialfinder.model.vocab.DesignMasking;
import org.trialfinder.model.vocab.EnrollmentType;
import org.trialfinder.model.vocab.ExpandedAccessStatus;
import org.trialfinder.model.vocab.InterventionType;
import org.trialfinder.model.vocab.InterventionalAssignment;
import org.trialfinder.model.vocab.IpdSharing;
import org.trialfinder.model.vocab.IpdSharingInfoType;
import org.trialfinder.model.vocab.ObservationalModel;
import org.trialfinder.model.vocab.OfficialRole;
import org.trialfinder.model.vocab.OrgStudyIdType;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.PrimaryPurpose;
import org.trialfinder.model.vocab.RecruitmentStatus;
import org.trialfinder.model.vocab.ReferenceType;
import org.trialfinder.model.vocab.ResponsiblePartyType;
import org.trialfinder.model.vocab.SamplingMethod;
import org.trialfinder.model.vocab.SecondaryIdType;
import org.trialfinder.model.vocab.Sex;
import org.trialfinder.model.vocab.StandardAge;
import org.trialfinder.model.vocab.StudyType;
import org.trialfinder.model.vocab.TimePerspective;
import org.trialfinder.model.vocab.UnpostedEventType;
import org.trialfinder.model.vocab.ViolationEventType;
import org.trialfinder.model.vocab.WhoMasked;

/**
 * The ClinicalTrials.gov API v2 study data model, written out node by node: JSON key, piece
 * name, title, type. Order follows the v2 JSON.
 *
 * <p>Leaf piece names and titles follow the published {@code /studies/metadata} as copied in
 * public code (see {@code NOTICE.md} in this package's resources): nodes marked {@code
 * .derived()} were not in those copies and are named by ClinicalTrials.gov's convention (module
 * or structure type name in PascalCase; leaves prefixed by their structure, e.g. {@code
 * FlowReasonNumUnits}).
 */
final class StandardFields {

    private StandardFields() {}

    static List<Spec> roots() {
        List<Spec> roots = new ArrayList<>();
        roots.add(protocolSection());
        roots.add(resultsSection());
        roots.add(annotationSection());
        roots.add(documentSection());
        roots.add(derivedSection());
        roots.add(b("hasResults", "HasResults", "Has Results"));
        return roots;
    }

    // ------------------------------------------------------------------ protocol section

    private static Spec protocolSection() {
        return s(
                "protocolSection",
                "ProtocolSection",
                "Protocol Section",
                s(
                        "identificationModule",
                        "IdentificationModule",
                        "Identification Module",
                        t("nctId", "NCTId", "NCT Number").type("nct").max(11).alt("NCT-ID"),
                        t("nctIdAliases", "NCTIdAlias", "Obsolete or duplicate NCT associated with a published NCT")
                                .type("nct")
                                .list(),
                        s(
                                "orgStudyIdInfo",
                                "OrgStudyIdInfo",
                                "Organization's Unique Protocol ID",
                                t("id", "OrgStudyId", "Organization's Unique Protocol Identification Number")
                                        .max(30)
                                        .alt("ORGANIZATION-STUDY-ID"),
                                e("type", "OrgStudyIdType", "Organization ID Type", OrgStudyIdType.class),
                                t("link", "OrgStudyIdLink", "Organization ID Link")),
                        s(
                                        "secondaryIdInfos",
                                        "SecondaryIdInfo",
                                        "Secondary IDs",
                                        t("id", "SecondaryId", "Secondary ID").alt("SECONDARY-ID"),
                                        e("type", "SecondaryIdType", "Secondary ID Type", SecondaryIdType.class),
                                        t(
                                                "domain",
                                                "SecondaryIdDomain",
                                                "Secondary ID Description based on ID Type selected"),
                                        t("link", "SecondaryIdLink", "Secondary ID Link"))
                                .list(),
                        t("briefTitle", "BriefTitle", "Brief Title")
                                .max(300)
                                .syn()
                                .alt("BRIEF-TITLE"),
                        t("officialTitle", "OfficialTitle", "Official Title")
                                .max(600)
                                .syn()
                                .alt("OFFICIAL-TITLE"),
                        t("acronym", "Acronym", "Acronym").max(14).syn().alt("ACRONYM"),
                        s(
                                "organization",
                                "Organization",
                                "Organization",
                                t("fullName", "OrgFullName", "Organization Full Name"),
                                e("class", "OrgClass", "Organization type", AgencyClass.class))),
                s(
                        "statusModule",
                        "StatusModule",
                        "Status Module",
                        d("statusVerifiedDate", "StatusVerifiedDate", "Record Verification Date", "PartialDate"),
                        e(
                                        "overallStatus",
                                        "OverallStatus",
                                        "Overall Recruitment Status or Expanded Access Status",
                                        OverallStatus.class)
                                .alt("OVERALL-STATUS"),
                        e("lastKnownStatus", "LastKnownStatus", "Last Known Status", OverallStatus.class),
                        b("delayedPosting", "DelayedPosting", "Delayed Posting"),
                        t("whyStopped", "WhyStopped", "Reason why a study stopped")
                                .max(250),
                        s(
                                "expandedAccessInfo",
                                "ExpandedAccessInfo",
                                "Expanded Access Info",
                                b("hasExpandedAccess", "HasExpandedAccess", "Has EA for compassionate use"),
                                t("nctId", "ExpandedAccessNCTId", "NCT of an EA study")
                                        .type("nct"),
                                e(
                                        "statusForNctId",
                                        "ExpandedAccessStatusForNCTId",
                                        "EA Recruitment Status",
                                        ExpandedAccessStatus.class)),
                        dateStruct("startDateStruct", "StartDate", "Study Start Date", "PartialDate")
                                .alt0("START-DATE"),
                        dateStruct(
                                        "primaryCompletionDateStruct",
                                        "PrimaryCompletionDate",
                                        "Primary Completion Date",
                                        "PartialDate")
                                .alt0("COMPLETION-DATE-PRIMARY"),
                        dateStruct("completionDateStruct", "CompletionDate", "Study Completion Date", "PartialDate")
                                .alt0("COMPLETION-DATE"),
                        d(
                                "studyFirstSubmitDate",
                                "StudyFirstSubmitDate",
                                "Study First Submitted Date",
                                "NormalizedDate"),
                        d(
                                "studyFirstSubmitQcDate",
                                "StudyFirstSubmitQCDate",
                                "Study First Submission Date that Met QC Criteria",
                                "NormalizedDate"),
                        dateStruct(
                                        "studyFirstPostDateStruct",
                                        "StudyFirstPostDate",
                                        "Study First Posted Date",
                                        "NormalizedDate")
                                .alt0("STUDY-FIRST-POSTED"),
                        b("resultsWaived", "ResultsWaived", "Results Waived"),
                        d(
                                "resultsFirstSubmitDate",
                                "ResultsFirstSubmitDate",
                                "Results First Submitted Date",
                                "NormalizedDate"),
                        d(
                                "resultsFirstSubmitQcDate",
                                "ResultsFirstSubmitQCDate",
                                "Results First Submitted that Met QC Criteria",
                                "NormalizedDate"),
                        dateStruct(
                                        "resultsFirstPostDateStruct",
                                        "ResultsFirstPostDate",
                                        "Results First Posted Date",
                                        "NormalizedDate")
                                .spec,
                        d(
                                "dispFirstSubmitDate",
                                "DispFirstSubmitDate",
                                "Certification/Extension First Submitted Date",
                                "NormalizedDate"),
                        d(
                                "dispFirstSubmitQcDate",
                                "DispFirstSubmitQCDate",
                                "Certification/Extension First Submitted that Passed QC Review",
                                "NormalizedDate"),
                        dateStruct(
                                        "dispFirstPostDateStruct",
                                        "DispFirstPostDate",
                                        "Certification/Extension First Posted Date",
                                        "NormalizedDate")
                                .spec,
                        d(
                                "lastUpdateSubmitDate",
                                "LastUpdateSubmitDate",
                                "Last Update Submitted Date",
                                "NormalizedDate"),
                        dateStruct(
                                        "lastUpdatePostDateStruct",
                                        "LastUpdatePostDate",
                                        "Last Update Posted Date",
                                        "NormalizedDate")
                                .alt0("LAST-UPDATE-POSTED")),
                s(
                        "sponsorCollaboratorsModule",
                        "SponsorCollaboratorsModule",
                        "Sponsor/Collaborators Module",
                        s(
                                "responsibleParty",
                                "ResponsibleParty",
                                "Responsible Party",
                                e("type", "ResponsiblePartyType", "Responsible Party Type", ResponsiblePartyType.class),
                                t(
                                        "investigatorFullName",
                                        "ResponsiblePartyInvestigatorFullName",
                                        "Responsible Party Investigator Full Name"),
                                t(
                                        "investigatorTitle",
                                        "ResponsiblePartyInvestigatorTitle",
                                        "Responsible Party Investigator Title"),
                                t(
                                        "investigatorAffiliation",
                                        "ResponsiblePartyInvestigatorAffiliation",
                                        "Responsible Party Investigator Affiliation"),
                                t(
                                        "oldNameTitle",
                                        "ResponsiblePartyOldNameTitle",
                                        "Older format for Responsible Party Investigator Title"),
                                t(
                                        "oldOrganization",
                                        "ResponsiblePartyOldOrganization",
                                        "Older format for Responsible Party Investigator Organization")),
                        s(
                                        "leadSponsor",
                                        "LeadSponsor",
                                        "Lead Sponsor",
                                        t("name", "LeadSponsorName", "Lead Sponsor Name")
                                                .syn()
                                                .alt("SPONSOR", "LEAD-SPONSOR"),
                                        e("class", "LeadSponsorClass", "Lead Sponsor Type", AgencyClass.class)
                                                .alt("LEAD-SPONSOR-CLASS"))
                                .derived(),
                        s(
                                        "collaborators",
                                        "Collaborator",
                                        "Collaborators",
                                        t("name", "CollaboratorName", "Collaborator Name")
                                                .syn()
                                                .alt("COLLABORATOR"),
                                        e("class", "CollaboratorClass", "Collaborator Type", AgencyClass.class)
                                                .alt("COLLABORATOR-CLASS"))
                                .list()
                                .derived()),
                s(
                                "oversightModule",
                                "OversightModule",
                                "Oversight Module",
                                b("oversightHasDmc", "OversightHasDMC", "Has Data Monitoring Committee (DMC)"),
                                b("isFdaRegulatedDrug", "IsFDARegulatedDrug", "Is FDA Regulated Drug"),
                                b("isFdaRegulatedDevice", "IsFDARegulatedDevice", "Is FDA Regulated Device"),
                                b("isUnapprovedDevice", "IsUnapprovedDevice", "Is Unapproved Device"),
                                b("isPpsd", "IsPPSD", "Pediatric Postmarket Surveillance of a Device Product"),
                                b("isUsExport", "IsUSExport", "Product Exported from US"),
                                b("fdaaa801Violation", "FDAAA801Violation", "FDA AA 801 Violation"))
                        .derived(),
                s(
                                "descriptionModule",
                                "DescriptionModule",
                                "Description Module",
                                m("briefSummary", "BriefSummary", "Brief Summary")
                                        .max(5000)
                                        .syn(),
                                m("detailedDescription", "DetailedDescription", "Detailed Description")
                                        .max(32000)
                                        .syn())
                        .derived(),
                s(
                                "conditionsModule",
                                "ConditionsModule",
                                "Conditions Module",
                                t("conditions", "Condition", "Condition/Disease")
                                        .list()
                                        .syn()
                                        .alt("CONDITIONS"),
                                t("keywords", "Keyword", "Keyword").list().syn().alt("KEYWORDS"))
                        .derived(),
                s(
                                "designModule",
                                "DesignModule",
                                "Design Module",
                                e("studyType", "StudyType", "Study Type", StudyType.class)
                                        .alt("STUDY-TYPE", "STUDY-TYPES"),
                                i(
                                        "nPtrsToThisExpAccNctId",
                                        "NPtrsToThisExpAccNCTId",
                                        "Number of References to an Expanded Access Study"),
                                s(
                                                "expandedAccessTypes",
                                                "ExpandedAccessTypes",
                                                "Expanded Access Types",
                                                b("individual", "ExpAccTypeIndividual", "Individual Patients"),
                                                b(
                                                        "intermediate",
                                                        "ExpAccTypeIntermediate",
                                                        "Intermediate-type Population"),
                                                b("treatment", "ExpAccTypeTreatment", "Treatment IND/Protocol"))
                                        .derived(),
                                b("patientRegistry", "PatientRegistry", "Patient Registry"),
                                t("targetDuration", "TargetDuration", "Target Follow-Up Duration"),
                                e("phases", "Phase", "Study Phase", Phase.class)
                                        .list()
                                        .alt("PHASE"),
                                s(
                                                "designInfo",
                                                "DesignInfo",
                                                "Design Info",
                                                e(
                                                                "allocation",
                                                                "DesignAllocation",
                                                                "Design Allocation",
                                                                DesignAllocation.class)
                                                        .alt("DESIGN-ALLOCATION"),
                                                e(
                                                                "interventionModel",
                                                                "DesignInterventionModel",
                                                                "Interventional Study Design",
                                                                InterventionalAssignment.class)
                                                        .alt("DESIGN-INTERVENTION-MODEL"),
                                                m(
                                                        "interventionModelDescription",
                                                        "DesignInterventionModelDescription",
                                                        "Interventional Study Design Description"),
                                                e(
                                                                "primaryPurpose",
                                                                "DesignPrimaryPurpose",
                                                                "Design Primary Purpose",
                                                                PrimaryPurpose.class)
                                                        .alt("DESIGN-PRIMARY-PURPOSE"),
                                                e(
                                                                "observationalModel",
                                                                "DesignObservationalModel",
                                                                "Observational Study Model",
                                                                ObservationalModel.class)
                                                        .alt("DESIGN-OBSERVATIONAL-MODEL"),
                                                e(
                                                                "timePerspective",
                                                                "DesignTimePerspective",
                                                                "Time Perspective",
                                                                TimePerspective.class)
                                                        .alt("DESIGN-TIME-PERSPECTIVE"),
                                                s(
                                                                "maskingInfo",
                                                                "DesignMaskingInfo",
                                                                "Masking Info",
                                                                e(
                                                                                "masking",
                                                                                "DesignMasking",
                                                                                "Design Masking",
                                                                                DesignMasking.class)
                                                                        .alt("DESIGN-MASKING"),
                                                                m(
                                                                        "maskingDescription",
                                                                        "DesignMaskingDescription",
                                                                        "Masking Description"),
                                                                e(
                                                                                "whoMasked",
                                                                                "DesignWhoMasked",
                                                                                "Who is Masked",
                                                                                WhoMasked.class)
                                                                        .list())
                                                        .derived())
                                        .derived(),
                                s(
                                                "bioSpec",
                                                "BioSpec",
                                                "Biospecimen",
                                                e(
                                                        "retention",
                                                        "BioSpecRetention",
                                                        "Biospecimen Retention",
                                                        BioSpecRetention.class),
                                                m("description", "BioSpecDescription", "Biospecimen Description"))
                                        .derived(),
                                s(
                                                "enrollmentInfo",
                                                "EnrollmentInfo",
                                                "Enrollment Info",
                                                i("count", "EnrollmentCount", "Enrollment")
                                                        .alt("ENROLLMENT"),
                                                e("type", "EnrollmentType", "Enrollment Type", EnrollmentType.class))
                                        .derived())
                        .derived(),
                s(
                                "armsInterventionsModule",
                                "ArmsInterventionsModule",
                                "Arms/Interventions Module",
                                s(
                                                "armGroups",
                                                "ArmGroup",
                                                "Arm Groups",
                                                t("label", "ArmGroupLabel", "Arm Group Label")
                                                        .alt("ARM-GROUP-LABEL"),
                                                e("type", "ArmGroupType", "Arm Group Type", ArmGroupType.class)
                                                        .alt("ARM-GROUP-TYPE"),
                                                m(
                                                                "description",
                                                                "ArmGroupDescription",
                                                                "Arm Description for INT, Group/Cohort Description for OBS")
                                                        .alt("ARM-GROUP-DESCRIPTION"),
                                                t(
                                                                "interventionNames",
                                                                "ArmGroupInterventionName",
                                                                "Arm/Group that Receives a Specific Intervention")
                                                        .list())
                                        .list()
                                        .derived(),
                                s(
                                                "interventions",
                                                "Intervention",
                                                "Interventions",
                                                e(
                                                                "type",
                                                                "InterventionType",
                                                                "Intervention/Treatment Type",
                                                                InterventionType.class)
                                                        .alt("INTERVENTION-TYPE"),
                                                t("name", "InterventionName", "Intervention Name")
                                                        .syn()
                                                        .alt("INTERVENTION", "INTERVENTIONS"),
                                                m("description", "InterventionDescription", "Intervention Description")
                                                        .alt("INTERVENTION-DESCRIPTION"),
                                                t(
                                                                "armGroupLabels",
                                                                "InterventionArmGroupLabel",
                                                                "Arm Group Label for Intervention")
                                                        .list(),
                                                t("otherNames", "InterventionOtherName", "Other Intervention Name")
                                                        .list()
                                                        .syn()
                                                        .alt("INTERVENTION-OTHER-NAME"))
                                        .list()
                                        .derived())
                        .derived(),
                s(
                                "outcomesModule",
                                "OutcomesModule",
                                "Outcomes Module",
                                outcomes("primaryOutcomes", "PrimaryOutcome", "Primary")
                                        .alt0("PRIMARY-OUTCOME-MEASURE"),
                                outcomes("secondaryOutcomes", "SecondaryOutcome", "Secondary")
                                        .alt0("SECONDARY-OUTCOME-MEASURE"),
                                outcomes("otherOutcomes", "OtherOutcome", "Other").spec)
                        .derived(),
                s(
                                "eligibilityModule",
                                "EligibilityModule",
                                "Eligibility Module",
                                m(
                                                "eligibilityCriteria",
                                                "EligibilityCriteria",
                                                "Inclusion and exclusion eligibility criteria")
                                        .max(20000),
                                b("healthyVolunteers", "HealthyVolunteers", "Accepts Healthy Volunteers")
                                        .alt("HEALTHY-VOLUNTEERS"),
                                e("sex", "Sex", "Sex/Gender", Sex.class).alt("GENDER"),
                                b("genderBased", "GenderBased", "Gender-Based Eligibility"),
                                m("genderDescription", "GenderDescription", "Gender Description"),
                                age("minimumAge", "MinimumAge", "Minimum Age").alt("MINIMUM-AGE"),
                                age("maximumAge", "MaximumAge", "Maximum Age").alt("MAXIMUM-AGE"),
                                e("stdAges", "StdAge", "Age Group", StandardAge.class)
                                        .list()
                                        .alt("AGE-GROUP"),
                                m("studyPopulation", "StudyPopulation", "Study Population Description"),
                                e("samplingMethod", "SamplingMethod", "Sampling Method", SamplingMethod.class))
                        .derived(),
                s(
                                "contactsLocationsModule",
                                "ContactsLocationsModule",
                                "Contacts/Locations Module",
                                s(
                                                "centralContacts",
                                                "CentralContact",
                                                "Central Contacts",
                                                t("name", "CentralContactName", "Central Contact Name"),
                                                e(
                                                        "role",
                                                        "CentralContactRole",
                                                        "Central Contact Role",
                                                        ContactRole.class),
                                                t("phone", "CentralContactPhone", "Central Contact Phone"),
                                                t("phoneExt", "CentralContactPhoneExt", "Central Contact Phone Ext"),
                                                t("email", "CentralContactEMail", "Central Contact EMail"))
                                        .list()
                                        .derived(),
                                s(
                                                "overallOfficials",
                                                "OverallOfficial",
                                                "Overall Officials",
                                                t("name", "OverallOfficialName", "Overall Official Name"),
                                                t(
                                                        "affiliation",
                                                        "OverallOfficialAffiliation",
                                                        "Overall Official Affiliation"),
                                                e(
                                                        "role",
                                                        "OverallOfficialRole",
                                                        "Overall Official Role",
                                                        OfficialRole.class))
                                        .list()
                                        .derived(),
                                s(
                                                "locations",
                                                "Location",
                                                "Locations",
                                                t("facility", "LocationFacility", "Facility Name")
                                                        .alt("LOCATION-NAME", "FACILITY"),
                                                e(
                                                                "status",
                                                                "LocationStatus",
                                                                "Individual site recruitment status",
                                                                RecruitmentStatus.class)
                                                        .alt("LOCATION-STATUS"),
                                                t("city", "LocationCity", "City")
                                                        .alt("LOCATION-CITY", "CITY"),
                                                t("state", "LocationState", "State")
                                                        .alt("LOCATION-STATE", "STATE"),
                                                t("zip", "LocationZip", "Zipcode"),
                                                t("country", "LocationCountry", "Country")
                                                        .alt("LOCATION-COUNTRY", "COUNTRY"),
                                                s(
                                                                "contacts",
                                                                "LocationContact",
                                                                "Location Contacts",
                                                                t(
                                                                        "name",
                                                                        "LocationContactName",
                                                                        "Location Contact Name"),
                                                                e(
                                                                        "role",
                                                                        "LocationContactRole",
                                                                        "Location Contact Role",
                                                                        ContactRole.class),
                                                                t(
                                                                        "phone",
                                                                        "LocationContactPhone",
                                                                        "Location Contact Phone"),
                                                                t(
                                                                        "phoneExt",
                                                                        "LocationContactPhoneExt",
                                                                        "Location Contact Phone Ext"),
                                                                t(
                                                                        "email",
                                                                        "LocationContactEMail",
                                                                        "Location Contact EMail"))
                                                        .list()
                                                        .derived(),
                                                new Spec(
                                                        "geoPoint",
                                                        "LocationGeoPoint",
                                                        "Location Geo Point",
                                                        FieldType.GEO_POINT,
                                                        "GeoPoint"))
                                        .list()
                                        .derived())
                        .derived(),
                s(
                                "referencesModule",
                                "ReferencesModule",
                                "References Module",
                                s(
                                                "references",
                                                "Reference",
                                                "References",
                                                t("pmid", "ReferencePMID", "PubMed Identifier"),
                                                e("type", "ReferenceType", "Reference Type", ReferenceType.class),
                                                t("citation", "ReferenceCitation", "Reference Citation"),
                                                s(
                                                                "retractions",
                                                                "Retraction",
                                                                "Retractions",
                                                                t(
                                                                        "pmid",
                                                                        "RetractionPMID",
                                                                        "PMID for Publication Retraction"),
                                                                t("source", "RetractionSource", "Retraction Source"))
                                                        .list()
                                                        .derived())
                                        .list()
                                        .derived(),
                                s(
                                                "seeAlsoLinks",
                                                "SeeAlsoLink",
                                                "See Also Links",
                                                t("label", "SeeAlsoLinkLabel", "See Also Link Label Title"),
                                                t("url", "SeeAlsoLinkURL", "See Also Link URL"))
                                        .list()
                                        .derived(),
                                s(
                                                "availIpds",
                                                "AvailIPD",
                                                "Available IPD/Information",
                                                t("id", "AvailIPDId", "Available IPD ID"),
                                                t("type", "AvailIPDType", "Available IPD Type"),
                                                t("url", "AvailIPDURL", "Available IPD URL"),
                                                t("comment", "AvailIPDComment", "Available IPD Comment"))
                                        .list()
                                        .derived())
                        .derived(),
                s(
                                "ipdSharingStatementModule",
                                "IPDSharingStatementModule",
                                "IPD Sharing Statement Module",
                                e("ipdSharing", "IPDSharing", "Plan to Share IPD", IpdSharing.class),
                                m("description", "IPDSharingDescription", "IPD Sharing Description"),
                                e("infoTypes", "IPDSharingInfoType", "IPD Sharing Info Type", IpdSharingInfoType.class)
                                        .list(),
                                t("timeFrame", "IPDSharingTimeFrame", "IPD Sharing Time Frame"),
                                t("accessCriteria", "IPDSharingAccessCriteria", "IPD Sharing Access Criteria"),
                                t("url", "IPDSharingURL", "IPD Sharing URL"))
                        .derived());
    }

    private static Chain outcomes(String name, String piece, String kind) {
        return new Chain(
                s(
                                name,
                                piece,
                                kind + " Outcomes",
                                t("measure", kind + "OutcomeMeasure", kind + " Outcome Measure Title")
                                        .syn(),
                                m("description", kind + "OutcomeDescription", kind + " Outcome Measure Description"),
                                t("timeFrame", kind + "OutcomeTimeFrame", kind + " Outcome Measure Time Frame"))
                        .list()
                        .derived(),
                0);
    }

    // ------------------------------------------------------------------ results section

    private static Spec resultsSection() {
        return s(
                        "resultsSection",
                        "ResultsSection",
                        "Results Section",
                        s(
                                        "participantFlowModule",
                                        "ParticipantFlowModule",
                                        "Participant Flow Module",
                                        m("preAssignmentDetails", "FlowPreAssignmentDetails", "Pre-assignment Details"),
                                        m("recruitmentDetails", "FlowRecruitmentDetails", "Recruitment Details"),
                                        t("typeUnitsAnalyzed", "FlowTypeUnitsAnalyzed", "Type of Unit Analyzed"),
                                        group("groups", "Flow"),
                                        s(
                                                        "periods",
                                                        "FlowPeriod",
                                                        "Periods",
                                                        t("title", "FlowPeriodTitle", "Period Title"),
                                                        s(
                                                                        "milestones",
                                                                        "FlowMilestone",
                                                                        "Milestones",
                                                                        t(
                                                                                "type",
                                                                                "FlowMilestoneType",
                                                                                "Milestone Title"),
                                                                        m(
                                                                                "comment",
                                                                                "FlowMilestoneComment",
                                                                                "Milestone Comment"),
                                                                        s(
                                                                                        "achievements",
                                                                                        "FlowAchievement",
                                                                                        "Milestone Achievements",
                                                                                        t(
                                                                                                "groupId",
                                                                                                "FlowAchievementGroupId",
                                                                                                "Milestone Arm/Group ID"),
                                                                                        m(
                                                                                                "comment",
                                                                                                "FlowAchievementComment",
                                                                                                "Milestone Arm/Group Comment"),
                                                                                        t(
                                                                                                "numSubjects",
                                                                                                "FlowAchievementNumSubjects",
                                                                                                "Number of Milestone Arm/Group Participants"),
                                                                                        t(
                                                                                                "numUnits",
                                                                                                "FlowAchievementNumUnits",
                                                                                                "Number of Units"))
                                                                                .list()
                                                                                .derived())
                                                                .list()
                                                                .derived(),
                                                        s(
                                                                        "dropWithdraws",
                                                                        "FlowDropWithdraw",
                                                                        "Reasons Not Completed",
                                                                        t(
                                                                                "type",
                                                                                "FlowDropWithdrawType",
                                                                                "Reason Not Completed Type"),
                                                                        m(
                                                                                "comment",
                                                                                "FlowDropWithdrawComment",
                                                                                "Description of Reason Not Completed"),
                                                                        s(
                                                                                        "reasons",
                                                                                        "FlowReason",
                                                                                        "Reason Counts",
                                                                                        t(
                                                                                                "groupId",
                                                                                                "FlowReasonGroupId",
                                                                                                "Reason Group ID"),
                                                                                        m(
                                                                                                "comment",
                                                                                                "FlowReasonComment",
                                                                                                "Reason Comment"),
                                                                                        t(
                                                                                                "numSubjects",
                                                                                                "FlowReasonNumSubjects",
                                                                                                "Reason Group Number of Subjects"),
                                                                                        t(
                                                                                                        "numUnits",
                                                                                                        "FlowReasonNumUnits",
                                                                                                        "Reason Group Number of Units")
                                                                                                .derived())
                                                                                .list()
                                                                                .derived())
                                                                .list()
                                                                .derived())
                                                .list()
                                                .derived())
                                .derived(),
                        s(
                                        "baselineCharacteristicsModule",
                                        "BaselineCharacteristicsModule",
                                        "Baseline Characteristics Module",
                                        m(
                                                "populationDescription",
                                                "BaselinePopulationDescription",
                                                "Baseline Analysis Population Description"),
                                        t("typeUnitsAnalyzed", "BaselineTypeUnitsAnalyzed", "Type of Units Analyzed"),
                                        group("groups", "Baseline"),
                                        denoms("denoms", "Baseline", "BaselineDenom"),
                                        s(
                                                        "measures",
                                                        "BaselineMeasure",
                                                        "Baseline Measures",
                                                        t("title", "BaselineMeasureTitle", "Baseline Measure Title"),
                                                        m(
                                                                "description",
                                                                "BaselineMeasureDescription",
                                                                "Baseline Measure Title for Study-Specified Measure"),
                                                        m(
                                                                "populationDescription",
                                                                "BaselineMeasurePopulationDescription",
                                                                "Baseline Measure Description"),
                                                        er(
                                                                "paramType",
                                                                "BaselineMeasureParamType",
                                                                "Baseline Measure Type",
                                                                "MeasureParam"),
                                                        er(
                                                                "dispersionType",
                                                                "BaselineMeasureDispersionType",
                                                                "Baseline Measure Dispersion/Precision",
                                                                "MeasureDispersionType"),
                                                        t(
                                                                "unitOfMeasure",
                                                                "BaselineMeasureUnitOfMeasure",
                                                                "Unit of Measure"),
                                                        b(
                                                                "calculatePct",
                                                                "BaselineMeasureCalculatePct",
                                                                "Calculated Percentage"),
                                                        t(
                                                                "denomUnitsSelected",
                                                                "BaselineMeasureDenomUnitsSelected",
                                                                "Type of Units Selected"),
                                                        denoms("denoms", "BaselineMeasure", "BaselineMeasureDenom"),
                                                        classes("classes", "Baseline"))
                                                .list()
                                                .derived())
                                .derived(),
                        s(
                                        "outcomeMeasuresModule",
                                        "OutcomeMeasuresModule",
                                        "Outcome Measures Module",
                                        s(
                                                        "outcomeMeasures",
                                                        "OutcomeMeasure",
                                                        "Outcome Measures",
                                                        er(
                                                                "type",
                                                                "OutcomeMeasureType",
                                                                "Outcome Measure Type",
                                                                "OutcomeMeasureType"),
                                                        t("title", "OutcomeMeasureTitle", "Outcome Measure Title"),
                                                        m(
                                                                "description",
                                                                "OutcomeMeasureDescription",
                                                                "Outcome Measure Description"),
                                                        m(
                                                                "populationDescription",
                                                                "OutcomeMeasurePopulationDescription",
                                                                "Analysis Population Description"),
                                                        er(
                                                                "reportingStatus",
                                                                "OutcomeMeasureReportingStatus",
                                                                "Reporting Status",
                                                                "ReportingStatus"),
                                                        d(
                                                                "anticipatedPostingDate",
                                                                "OutcomeMeasureAnticipatedPostingDate",
                                                                "Anticipated Reporting Date",
                                                                "PartialDate"),
                                                        er(
                                                                "paramType",
                                                                "OutcomeMeasureParamType",
                                                                "Outcome Measure Data Type",
                                                                "MeasureParam"),
                                                        t(
                                                                "dispersionType",
                                                                "OutcomeMeasureDispersionType",
                                                                "Outcome Measure Dispersion/Precision"),
                                                        t(
                                                                "unitOfMeasure",
                                                                "OutcomeMeasureUnitOfMeasure",
                                                                "Unit of Measure"),
                                                        b(
                                                                "calculatePct",
                                                                "OutcomeMeasureCalculatePct",
                                                                "Calculated Percentage"),
                                                        t(
                                                                "timeFrame",
                                                                "OutcomeMeasureTimeFrame",
                                                                "Outcome Measure Time Frame"),
                                                        t(
                                                                "typeUnitsAnalyzed",
                                                                "OutcomeMeasureTypeUnitsAnalyzed",
                                                                "Units Analyzed"),
                                                        t(
                                                                "denomUnitsSelected",
                                                                "OutcomeMeasureDenomUnitsSelected",
                                                                "Denom Units Selected"),
                                                        group("groups", "Outcome"),
                                                        denoms("denoms", "Outcome", "OutcomeDenom"),
                                                        classes("classes", "Outcome"),
                                                        s(
                                                                        "analyses",
                                                                        "OutcomeAnalysis",
                                                                        "Statistical Analyses",
                                                                        t(
                                                                                "paramType",
                                                                                "OutcomeAnalysisParamType",
                                                                                "Estimation Parameter"),
                                                                        t(
                                                                                "paramValue",
                                                                                "OutcomeAnalysisParamValue",
                                                                                "Estimated Value"),
                                                                        er(
                                                                                "dispersionType",
                                                                                "OutcomeAnalysisDispersionType",
                                                                                "Estimation Dispersion Type",
                                                                                "AnalysisDispersionType"),
                                                                        t(
                                                                                "dispersionValue",
                                                                                "OutcomeAnalysisDispersionValue",
                                                                                "Parameter Dispersion Value"),
                                                                        t(
                                                                                "statisticalMethod",
                                                                                "OutcomeAnalysisStatisticalMethod",
                                                                                "Statistical Method"),
                                                                        m(
                                                                                "statisticalComment",
                                                                                "OutcomeAnalysisStatisticalComment",
                                                                                "Statistical Comment"),
                                                                        t("pValue", "OutcomeAnalysisPValue", "P-Value"),
                                                                        m(
                                                                                "pValueComment",
                                                                                "OutcomeAnalysisPValueComment",
                                                                                "P-Value Comment"),
                                                                        er(
                                                                                "ciNumSides",
                                                                                "OutcomeAnalysisCINumSides",
                                                                                "Number of Sides for Confidence Interval",
                                                                                "ConfidenceIntervalNumSides"),
                                                                        t(
                                                                                "ciPctValue",
                                                                                "OutcomeAnalysisCIPctValue",
                                                                                "Percentage for Confidence Interval"),
                                                                        t(
                                                                                "ciLowerLimit",
                                                                                "OutcomeAnalysisCILowerLimit",
                                                                                "Lower Limit for 2-sided Confidence Interval"),
                                                                        t(
                                                                                "ciUpperLimit",
                                                                                "OutcomeAnalysisCIUpperLimit",
                                                                                "Upper Limit for 2-sided Confidence Interval"),
                                                                        m(
                                                                                "ciLowerLimitComment",
                                                                                "OutcomeAnalysisCILowerLimitComment",
                                                                                "Lower Limit Comment"),
                                                                        m(
                                                                                "ciUpperLimitComment",
                                                                                "OutcomeAnalysisCIUpperLimitComment",
                                                                                "Upper Limit Comment"),
                                                                        m(
                                                                                "estimateComment",
                                                                                "OutcomeAnalysisEstimateComment",
                                                                                "Estimation Comment"),
                                                                        b(
                                                                                "testedNonInferiority",
                                                                                "OutcomeAnalysisTestedNonInferiority",
                                                                                "Non-inferiority or Equivalence Test Type"),
                                                                        er(
                                                                                "nonInferiorityType",
                                                                                "OutcomeAnalysisNonInferiorityType",
                                                                                "Type of Statistical Test",
                                                                                "NonInferiorityType"),
                                                                        m(
                                                                                "nonInferiorityComment",
                                                                                "OutcomeAnalysisNonInferiorityComment",
                                                                                "Non-inferiority or Equivalence Comment"),
                                                                        m(
                                                                                "otherAnalysisDescription",
                                                                                "OutcomeAnalysisOtherAnalysisDescription",
                                                                                "Other Statistical Analysis"),
                                                                        m(
                                                                                "groupDescription",
                                                                                "OutcomeAnalysisGroupDescription",
                                                                                "Selected Comparison Group Description"),
                                                                        t(
                                                                                        "groupIds",
                                                                                        "OutcomeAnalysisGroupId",
                                                                                        "Outcome Analysis Group IDs")
                                                                                .list())
                                                                .list()
                                                                .derived())
                                                .list()
                                                .derived())
                                .derived(),
                        s(
                                        "adverseEventsModule",
                                        "AdverseEventsModule",
                                        "Adverse Events Module",
                                        t("frequencyThreshold", "EventsFrequencyThreshold", "Frequency Threshold"),
                                        t("timeFrame", "EventsTimeFrame", "Adverse Event Time Frame"),
                                        m("description", "EventsDescription", "Adverse Event Reporting Description"),
                                        m(
                                                "allCauseMortalityComment",
                                                "EventsAllCauseMortalityComment",
                                                "All Cause Mortality Comment"),
                                        s(
                                                        "eventGroups",
                                                        "EventGroup",
                                                        "Event Groups",
                                                        t("id", "EventGroupId", "Arm/Group ID"),
                                                        t("title", "EventGroupTitle", "Arm/Group Title"),
                                                        m(
                                                                "description",
                                                                "EventGroupDescription",
                                                                "Arm/Group Description"),
                                                        i(
                                                                "deathsNumAffected",
                                                                "EventGroupDeathsNumAffected",
                                                                "Total Number Affected by All-Cause Mortality"),
                                                        i(
                                                                "deathsNumAtRisk",
                                                                "EventGroupDeathsNumAtRisk",
                                                                "Total Number at Risk for All-Cause Mortality"),
                                                        i(
                                                                "seriousNumAffected",
                                                                "EventGroupSeriousNumAffected",
                                                                "Number Affected by a Serious Adverse Event"),
                                                        i(
                                                                "seriousNumAtRisk",
                                                                "EventGroupSeriousNumAtRisk",
                                                                "Number at Risk for a Serious Adverse Event"),
                                                        i(
                                                                "otherNumAffected",
                                                                "EventGroupOtherNumAffected",
                                                                "Number Affected by Any Other Adverse Event"),
                                                        i(
                                                                "otherNumAtRisk",
                                                                "EventGroupOtherNumAtRisk",
                                                                "Number at Risk for Any Other Adverse Event"))
                                                .list()
                                                .derived(),
                                        events("seriousEvents", "Serious"),
                                        events("otherEvents", "Other"))
                                .derived(),
                        s(
                                        "moreInfoModule",
                                        "MoreInfoModule",
                                        "More Info Module",
                                        s(
                                                        "limitationsAndCaveats",
                                                        "LimitationsAndCaveats",
                                                        "Limitations and Caveats",
                                                        m(
                                                                "description",
                                                                "LimitationsAndCaveatsDescription",
                                                                "Limitations and Caveats Description"))
                                                .derived(),
                                        s(
                                                        "certainAgreement",
                                                        "CertainAgreement",
                                                        "Certain Agreements",
                                                        b(
                                                                "piSponsorEmployee",
                                                                "AgreementPISponsorEmployee",
                                                                "Agreement PI Sponsor Employee"),
                                                        er(
                                                                "restrictionType",
                                                                "AgreementRestrictionType",
                                                                "Agreement Restriction Type",
                                                                "AgreementRestrictionType"),
                                                        b(
                                                                "restrictiveAgreement",
                                                                "AgreementRestrictiveAgreement",
                                                                "Agreement Restrictive Agreement"),
                                                        m(
                                                                "otherDetails",
                                                                "AgreementOtherDetails",
                                                                "Agreement Other Details"))
                                                .derived(),
                                        s(
                                                        "pointOfContact",
                                                        "PointOfContact",
                                                        "Results Point of Contact",
                                                        t("title", "PointOfContactTitle", "Point of Contact Title"),
                                                        t(
                                                                "organization",
                                                                "PointOfContactOrganization",
                                                                "Point of Contact Organization"),
                                                        t("email", "PointOfContactEMail", "Point of Contact Email"),
                                                        t("phone", "PointOfContactPhone", "Point of Contact Phone"),
                                                        t(
                                                                "phoneExt",
                                                                "PointOfContactPhoneExt",
                                                                "Point of Contact Phone Extension"))
                                                .derived())
                                .derived())
                .derived();
    }

    private static Spec group(String name, String prefix) {
        return s(
                        name,
                        prefix + "Group",
                        "Arms/Groups",
                        t("id", prefix + "GroupId", "Arm/Group ID"),
                        t("title", prefix + "GroupTitle", "Arm/Group Title"),
                        m("description", prefix + "GroupDescription", "Arm/Group Description"))
                .list()
                .derived();
    }

    /** {@code denoms[{units, counts[{groupId, value}]}]}, pieces {@code <prefix>DenomUnits}, {@code <prefix>DenomCountGroupId}… */
    private static Spec denoms(String name, String prefix, String piece) {
        return s(
                        name,
                        piece,
                        "Denominators",
                        t("units", prefix + "DenomUnits", "Units Analyzed"),
                        s(
                                        "counts",
                                        piece + "Count",
                                        "Denominator Counts",
                                        t("groupId", prefix + "DenomCountGroupId", "Denom Count Group ID"),
                                        t("value", prefix + "DenomCountValue", "Denom Count Value"))
                                .list()
                                .derived())
                .list()
                .derived();
    }

    private static Spec classes(String name, String prefix) {
        return s(
                        name,
                        prefix + "Class",
                        "Classes",
                        t("title", prefix + "ClassTitle", "Row Title"),
                        denoms("denoms", prefix + "Class", prefix + "ClassDenom"),
                        s(
                                        "categories",
                                        prefix + "Category",
                                        "Categories",
                                        t("title", prefix + "CategoryTitle", "Category Title"),
                                        s(
                                                        "measurements",
                                                        prefix + "Measurement",
                                                        "Measurements",
                                                        t("groupId", prefix + "MeasurementGroupId", "Arm/Group ID"),
                                                        t("value", prefix + "MeasurementValue", "Measurement Value"),
                                                        t("spread", prefix + "MeasurementSpread", "Measurement Spread"),
                                                        t(
                                                                "lowerLimit",
                                                                prefix + "MeasurementLowerLimit",
                                                                "Measurement Lower Limit"),
                                                        t(
                                                                "upperLimit",
                                                                prefix + "MeasurementUpperLimit",
                                                                "Measurement Upper Limit"),
                                                        m(
                                                                "comment",
                                                                prefix + "MeasurementComment",
                                                                "Comments for N/A values"))
                                                .list()
                                                .derived())
                                .list()
                                .derived())
                .list()
                .derived();
    }

    private static Spec events(String name, String kind) {
        return s(
                        name,
                        kind + "Event",
                        kind + " Adverse Events",
                        t("term", kind + "EventTerm", kind + " Adverse Event Term"),
                        t("organSystem", kind + "EventOrganSystem", "Organ System"),
                        t("sourceVocabulary", kind + "EventSourceVocabulary", "Source Vocabulary Name"),
                        er("assessmentType", kind + "EventAssessmentType", "Collection Approach", "EventAssessment"),
                        m("notes", kind + "EventNotes", "Additional Description"),
                        s(
                                        "stats",
                                        kind + "EventStats",
                                        "Event Statistics",
                                        t("groupId", kind + "EventStatsGroupId", "Group ID"),
                                        i(
                                                "numEvents",
                                                kind + "EventStatsNumEvents",
                                                "Number of Events in an Arm/Group"),
                                        i(
                                                "numAffected",
                                                kind + "EventStatsNumAffected",
                                                "Number of Participants Affected"),
                                        i("numAtRisk", kind + "EventStatsNumAtRisk", "Number of Participants at Risk"))
                                .list()
                                .derived())
                .list()
                .derived();
    }

    // ------------------------------------------------------------------ annotation, document, derived

    private static Spec annotationSection() {
        return s(
                        "annotationSection",
                        "AnnotationSection",
                        "Annotation Section",
                        s(
                                        "annotationModule",
                                        "AnnotationModule",
                                        "Annotation Module",
                                        s(
                                                        "unpostedAnnotation",
                                                        "UnpostedAnnotation",
                                                        "Unposted Results Annotation",
                                                        t(
                                                                "unpostedResponsibleParty",
                                                                "UnpostedResponsibleParty",
                                                                "Responsible Party for Unposted Events"),
                                                        s(
                                                                        "unpostedEvents",
                                                                        "UnpostedEvent",
                                                                        "Unposted Events",
                                                                        e(
                                                                                "type",
                                                                                "UnpostedEventType",
                                                                                "Study Results Submission Type",
                                                                                UnpostedEventType.class),
                                                                        d(
                                                                                "date",
                                                                                "UnpostedEventDate",
                                                                                "Study Results Submission Date",
                                                                                "NormalizedDate"),
                                                                        b(
                                                                                "dateUnknown",
                                                                                "UnpostedEventDateUnknown",
                                                                                "Unposted Event Date is Unknown"))
                                                                .list()
                                                                .derived())
                                                .derived(),
                                        s(
                                                        "violationAnnotation",
                                                        "ViolationAnnotation",
                                                        "FDAAA 801 Violation Annotation",
                                                        s(
                                                                        "violationEvents",
                                                                        "ViolationEvent",
                                                                        "Violation Events",
                                                                        e(
                                                                                "type",
                                                                                "ViolationEventType",
                                                                                "Violation Event Type",
                                                                                ViolationEventType.class),
                                                                        m(
                                                                                "description",
                                                                                "ViolationEventDescription",
                                                                                "Violation Event Type Description"),
                                                                        d(
                                                                                "creationDate",
                                                                                "ViolationEventCreationDate",
                                                                                "Violation Event Creation Date",
                                                                                "NormalizedDate"),
                                                                        d(
                                                                                "issuedDate",
                                                                                "ViolationEventIssuedDate",
                                                                                "Violation Event Issued Date",
                                                                                "NormalizedDate"),
                                                                        d(
                                                                                "releaseDate",
                                                                                "ViolationEventReleaseDate",
                                                                                "Violation Event Released Date",
                                                                                "NormalizedDate"),
                                                                        d(
                                                                                "postedDate",
                                                                                "ViolationEventPostedDate",
                                                                                "Violation Event Posted Date",
                                                                                "NormalizedDate"))
                                                                .list()
                                                                .derived())
                                                .derived())
                                .derived())
                .derived();
    }

    private static Spec documentSection() {
        return s(
                        "documentSection",
                        "DocumentSection",
                        "Document Section",
                        s(
                                        "largeDocumentModule",
                                        "LargeDocumentModule",
                                        "Large Document Module",
                                        b("noSap", "LargeDocNoSAP", "Document Has No Statistical Analysis Plan (SAP)"),
                                        s(
                                                        "largeDocs",
                                                        "LargeDoc",
                                                        "Large Documents",
                                                        t("typeAbbrev", "LargeDocTypeAbbrev", "Document Type"),
                                                        b(
                                                                "hasProtocol",
                                                                "LargeDocHasProtocol",
                                                                "Document Includes Study Protocol"),
                                                        b(
                                                                "hasSap",
                                                                "LargeDocHasSAP",
                                                                "Document Includes Statistical Analysis Plan (SAP)"),
                                                        b(
                                                                "hasIcf",
                                                                "LargeDocHasICF",
                                                                "Document Includes Informed Consent Form (ICF)"),
                                                        t("label", "LargeDocLabel", "Document Label"),
                                                        d("date", "LargeDocDate", "Document Date", "PartialDate"),
                                                        d(
                                                                "uploadDate",
                                                                "LargeDocUploadDate",
                                                                "Document Uploaded Date",
                                                                "DateTimeMinutes"),
                                                        t("filename", "LargeDocFilename", "Document File Name"),
                                                        i("size", "LargeDocSize", "Document File Size"))
                                                .list()
                                                .derived())
                                .derived())
                .derived();
    }

    private static Spec derivedSection() {
        return s(
                        "derivedSection",
                        "DerivedSection",
                        "Derived Section",
                        s(
                                        "miscInfoModule",
                                        "MiscInfoModule",
                                        "Misc Info Module",
                                        t("versionHolder", "VersionHolder", "Version Holder"),
                                        s(
                                                        "submissionTracking",
                                                        "SubmissionTracking",
                                                        "Submission Tracking",
                                                        d(
                                                                "estimatedResultsFirstSubmitDate",
                                                                "EstimatedResultsFirstSubmitDate",
                                                                "Estimated Results First Submitted Date",
                                                                "NormalizedDate"),
                                                        s(
                                                                        "firstMcpInfo",
                                                                        "FirstMCPInfo",
                                                                        "First MCP Info",
                                                                        dateStruct(
                                                                                        "postDateStruct",
                                                                                        "FirstMCPPostDate",
                                                                                        "First MCP Posted Date",
                                                                                        "NormalizedDate")
                                                                                .spec)
                                                                .derived(),
                                                        s(
                                                                        "submissionInfos",
                                                                        "SubmissionInfo",
                                                                        "Submission Infos",
                                                                        d(
                                                                                "releaseDate",
                                                                                "SubmissionReleaseDate",
                                                                                "Release Date",
                                                                                "NormalizedDate"),
                                                                        d(
                                                                                "unreleaseDate",
                                                                                "SubmissionUnreleaseDate",
                                                                                "Unrelease Date",
                                                                                "NormalizedDate"),
                                                                        b(
                                                                                "unreleaseDateUnknown",
                                                                                "SubmissionUnreleaseDateUnknown",
                                                                                "Unrelease Date Unknown"),
                                                                        d(
                                                                                "resetDate",
                                                                                "SubmissionResetDate",
                                                                                "Reset Date",
                                                                                "NormalizedDate"),
                                                                        i(
                                                                                "mcpReleaseN",
                                                                                "SubmissionMCPReleaseN",
                                                                                "Number of MCPs"))
                                                                .list()
                                                                .derived())
                                                .derived(),
                                        t("removedCountries", "RemovedCountry", "Removed Countries")
                                                .list(),
                                        s(
                                                        "modelPredictions",
                                                        "ModelPredictions",
                                                        "Model Predictions",
                                                        s(
                                                                        "bmiLimits",
                                                                        "BmiLimits",
                                                                        "BMI Limits",
                                                                        n("minBmi", "MinBmi", "Minimum BMI")
                                                                                .derived(),
                                                                        n("maxBmi", "MaxBmi", "Maximum BMI")
                                                                                .derived())
                                                                .derived())
                                                .derived())
                                .derived(),
                        browse("conditionBrowseModule", "Condition"),
                        browse("interventionBrowseModule", "Intervention"))
                .derived();
    }

    private static Spec browse(String name, String kind) {
        return s(
                        name,
                        kind + "BrowseModule",
                        kind + " Browse Module",
                        s(
                                        "meshes",
                                        kind + "Mesh",
                                        kind + " MeSH Terms",
                                        t("id", kind + "MeshId", kind + " MeSH ID"),
                                        t("term", kind + "MeshTerm", kind + " MeSH Term")
                                                .syn())
                                .list()
                                .derived(),
                        s(
                                        "ancestors",
                                        kind + "Ancestor",
                                        kind + " Ancestor MeSH Terms",
                                        t("id", kind + "AncestorId", kind + " Ancestor MeSH ID"),
                                        t("term", kind + "AncestorTerm", kind + " Ancestor MeSH Term")
                                                .syn())
                                .list()
                                .derived(),
                        s(
                                        "browseLeaves",
                                        kind + "BrowseLeaf",
                                        kind + " Leaf Topics",
                                        t("id", kind + "BrowseLeafId", kind + " Leaf Topic ID"),
                                        t("name", kind + "BrowseLeafName", kind + " Leaf Topic Name"),
                                        t("asFound", kind + "BrowseLeafAsFound", "Found by " + kind + " Term"),
                                        e(
                                                "relevance",
                                                kind + "BrowseLeafRelevance",
                                                "Relevance to " + kind + " Leaf Topic",
                                                BrowseLeafRelevance.class))
                                .list()
                                .derived(),
                        s(
                                        "browseBranches",
                                        kind + "BrowseBranch",
                                        kind + " Branch Topics",
                                        t("abbrev", kind + "BrowseBranchAbbrev", kind + " Branch Topic Short Name"),
                                        t("name", kind + "BrowseBranchName", kind + " Branch Topic Name"))
                                .list()
                                .derived())
                .derived();
    }

    // ------------------------------------------------------------------ helpers

    /** A date structure {@code {date, type}}: pieces {@code <piece>Struct}, {@code <piece>}, {@code <piece>Type}. */
    private static Chain dateStruct(String name, String piece, String title, String dateType) {
        Spec date = d("date", piece, title, dateType);
        Spec s = s(name, piece + "Struct", title, date, e("type", piece + "Type", title + " Type", DateType.class));
        return new Chain(s, 0);
    }

    /** Lets a call site add alternate names to the first child of a structure it built. */
    static final class Chain {
        final Spec spec;
        final int child;

        Chain(Spec spec, int child) {
            this.spec = spec;
            this.child = child;
        }

        Spec alt0(String... names) {
            spec.children.get(child).alt(names);
            return spec;
        }
    }

    private static Spec s(String name, String piece, String title, Spec... children) {
        return new Spec(name, piece, title, FieldType.STRUCT, piece, children);
    }

    private static Spec t(String name, String piece, String title) {
        return new Spec(name, piece, title, FieldType.TEXT, "text");
    }

    private static Spec m(String name, String piece, String title) {
        return new Spec(name, piece, title, FieldType.MARKUP, "markup");
    }

    private static Spec d(String name, String piece, String title, String dateType) {
        return new Spec(name, piece, title, FieldType.DATE, dateType);
    }

    private static Spec i(String name, String piece, String title) {
        return new Spec(name, piece, title, FieldType.INTEGER, "integer");
    }

    private static Spec n(String name, String piece, String title) {
        return new Spec(name, piece, title, FieldType.NUMBER, "number");
    }

    private static Spec b(String name, String piece, String title) {
        return new Spec(name, piece, title, FieldType.BOOLEAN, "boolean");
    }

    private static Spec age(String name, String piece, String title) {
        return new Spec(name, piece, title, FieldType.AGE, "NormalizedTime");
    }

    private static Spec e(String name, String piece, String title, Class<? extends Enum<?>> cls) {
        String type = EnumsDocument.typeNameOf(cls);
        Spec spec = new Spec(name, piece, title, FieldType.ENUM, type);
        spec.enumType = type;
        spec.enumClass = cls;
        spec.enumValues = EnumsDocument.valuesOf(type);
        return spec;
    }

    /** An enum of the results section, which the model keeps as raw JSON (no Java enum). */
    private static Spec er(String name, String piece, String title, String type) {
        Spec spec = new Spec(name, piece, title, FieldType.ENUM, type);
        spec.enumType = type;
        spec.enumValues = EnumsDocument.valuesOf(type);
        return spec;
    }
}
