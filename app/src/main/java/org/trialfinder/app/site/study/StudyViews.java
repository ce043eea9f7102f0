package org.trialfinder.app.site.study;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.trialfinder.app.site.Lists;
import org.trialfinder.app.site.PlainWords;
import org.trialfinder.model.DateStruct;
import org.trialfinder.model.PartialDate;
import org.trialfinder.model.Study;
import org.trialfinder.model.protocol.ArmGroup;
import org.trialfinder.model.protocol.ArmsInterventionsModule;
import org.trialfinder.model.protocol.ConditionsModule;
import org.trialfinder.model.protocol.Contact;
import org.trialfinder.model.protocol.ContactsLocationsModule;
import org.trialfinder.model.protocol.DescriptionModule;
import org.trialfinder.model.protocol.DesignInfo;
import org.trialfinder.model.protocol.DesignModule;
import org.trialfinder.model.protocol.EligibilityModule;
import org.trialfinder.model.protocol.IdentificationModule;
import org.trialfinder.model.protocol.Intervention;
import org.trialfinder.model.protocol.Official;
import org.trialfinder.model.protocol.Outcome;
import org.trialfinder.model.protocol.OutcomesModule;
import org.trialfinder.model.protocol.ProtocolSection;
import org.trialfinder.model.protocol.Reference;
import org.trialfinder.model.protocol.ReferencesModule;
import org.trialfinder.model.protocol.SecondaryIdInfo;
import org.trialfinder.model.protocol.Sponsor;
import org.trialfinder.model.protocol.SponsorCollaboratorsModule;
import org.trialfinder.model.protocol.StatusModule;
import org.trialfinder.model.vocab.AgencyClass;
import org.trialfinder.model.vocab.DateType;
import org.trialfinder.model.vocab.StudyType;

/**
 * Builds a {@link StudyView} from one parsed record: every part of the reference trial page in its
 * plain words, then what a clinician also reads (dates, outcomes, officials, references). Works on
 * sparse records: a missing module gives no lines, never "null".
 */
public final class StudyViews {
    private StudyViews() {}

    public static StudyView of(Study study, SiteListing sites) {
        ProtocolSection p = study.protocolSection() == null ? emptyProtocol() : study.protocolSection();
        IdentificationModule id = p.identificationModule();
        StatusModule status = p.statusModule();
        SponsorCollaboratorsModule sponsors = p.sponsorCollaboratorsModule();
        DescriptionModule description = p.descriptionModule();
        DesignModule design = p.designModule();
        EligibilityModule eligibility = p.eligibilityModule();
        ArmsInterventionsModule arms = p.armsInterventionsModule();
        ContactsLocationsModule contacts = p.contactsLocationsModule();

        String nctId = study.nctId();
        String brief = get(id, IdentificationModule::briefTitle);
        String acronym = get(id, IdentificationModule::acronym);
        String title =
                brief == null ? nctId : acronym == null || acronym.isBlank() ? brief : brief + " (" + acronym + ")";
        String official = get(id, IdentificationModule::officialTitle);

        Sponsor lead = get(sponsors, SponsorCollaboratorsModule::leadSponsor);
        List<Sponsor> collaboratorList = sponsors == null ? List.of() : Lists.orEmpty(sponsors.collaborators());
        List<AgencyClass> classes = new ArrayList<>();
        if (lead != null) {
            classes.add(lead.agencyClass());
        }
        List<String> collaborators = new ArrayList<>();
        for (Sponsor c : collaboratorList) {
            if (c != null) {
                classes.add(c.agencyClass());
                if (c.name() != null) {
                    collaborators.add(c.name());
                }
            }
        }

        List<String> treatments = new ArrayList<>();
        for (Intervention i : arms == null ? List.<Intervention>of() : Lists.orEmpty(arms.interventions())) {
            if (i != null && i.name() != null) {
                treatments.add(PlainWords.treatment(i.type(), i.name()));
            }
        }

        List<String> identifiers = new ArrayList<>();
        identifiers.add(nctId);
        if (id != null && id.orgStudyIdInfo() != null && id.orgStudyIdInfo().id() != null) {
            identifiers.add(id.orgStudyIdInfo().id());
        }
        for (SecondaryIdInfo s : id == null ? List.<SecondaryIdInfo>of() : Lists.orEmpty(id.secondaryIdInfos())) {
            if (s != null && s.id() != null && !identifiers.contains(s.id())) {
                identifiers.add(s.id());
            }
        }

        List<StudyView.RenderedCriteria> criteria = new ArrayList<>();
        for (CriteriaSection section : CriteriaSections.of(get(eligibility, EligibilityModule::eligibilityCriteria))) {
            criteria.add(new StudyView.RenderedCriteria(section, Markdown.toHtml(section.markdown())));
        }

        List<StudyView.Group> groups = new ArrayList<>();
        for (ArmGroup g : arms == null ? List.<ArmGroup>of() : Lists.orEmpty(arms.armGroups())) {
            if (g != null) {
                groups.add(new StudyView.Group(
                        g.label(),
                        PlainWords.groupType(g.type()),
                        g.description(),
                        Lists.orEmpty(g.interventionNames())));
            }
        }

        List<StudyView.Person> central = new ArrayList<>();
        List<StudyView.Person> officials = new ArrayList<>();
        if (contacts != null) {
            Lists.orEmpty(contacts.centralContacts()).stream()
                    .filter(c -> c != null)
                    .forEach(c -> central.add(person(c)));
            for (Official o : Lists.orEmpty(contacts.overallOfficials())) {
                if (o != null) {
                    officials.add(new StudyView.Person(
                            o.name(), PlainWords.officialRole(o.role()), o.affiliation(), null, null));
                }
            }
        }

        OutcomesModule outcomes = p.outcomesModule();
        DateStruct lastUpdate = get(status, StatusModule::lastUpdatePostDateStruct);
        String url = "https://clinicaltrials.gov/study/" + nctId;
        StudyView.Sites siteView = sites.forTrialPage();

        return new StudyView(
                nctId,
                title,
                official != null && !official.equals(brief) ? official : null,
                lead == null ? null : lead.name(),
                List.copyOf(collaborators),
                study.overallStatus() == null
                        ? ""
                        : study.overallStatus().name().toLowerCase(Locale.ROOT),
                PlainWords.status(study.overallStatus()),
                get(status, StatusModule::whyStopped),
                PlainWords.phases(study.phases()),
                study.conditions(),
                get(p.conditionsModule(), ConditionsModule::keywords, List.of()),
                List.copyOf(treatments),
                PlainWords.studyType(study.studyType(), get(design, DesignModule::patientRegistry)),
                PlainWords.funderTypes(classes),
                List.copyOf(identifiers),
                Markdown.toHtml(get(description, DescriptionModule::briefSummary)),
                Markdown.toHtml(get(description, DescriptionModule::detailedDescription)),
                PlainWords.enrollment(get(design, DesignModule::enrollmentInfo)),
                PlainWords.sex(get(eligibility, EligibilityModule::sex)),
                get(eligibility, EligibilityModule::genderDescription),
                eligibility == null ? null : PlainWords.ages(eligibility.minimumAge(), eligibility.maximumAge()),
                PlainWords.healthyVolunteers(get(eligibility, EligibilityModule::healthyVolunteers)),
                Markdown.toHtml(get(eligibility, EligibilityModule::studyPopulation)),
                List.copyOf(criteria),
                designFacts(study.studyType(), design),
                groups.isEmpty() && study.studyType() != StudyType.INTERVENTIONAL
                        ? null
                        : PlainWords.participantsInGroups(get(design, DesignModule::enrollmentInfo), groups.size()),
                List.copyOf(groups),
                siteView,
                List.copyOf(central),
                List.copyOf(officials),
                dates(status),
                outcomes(outcomes, OutcomesModule::primaryOutcomes),
                outcomes(outcomes, OutcomesModule::secondaryOutcomes),
                outcomes(outcomes, OutcomesModule::otherOutcomes),
                references(p.referencesModule()),
                lastUpdate == null ? null : date(lastUpdate.date()),
                url,
                MedicalTrialJsonLd.of(study, title, url, sites));
    }

    /** Interventional: purpose, allocation, model, masking; observational: model and time perspective. */
    private static List<StudyView.Fact> designFacts(StudyType type, DesignModule design) {
        List<StudyView.Fact> facts = new ArrayList<>();
        DesignInfo info = get(design, DesignModule::designInfo);
        if (info != null) {
            add(facts, "Primary purpose", "primary-purpose", PlainWords.primaryPurpose(info.primaryPurpose()));
            add(facts, "Allocation", "allocation", PlainWords.allocation(info.allocation()));
            add(
                    facts,
                    "Interventional model",
                    "interventional-model",
                    PlainWords.interventionModel(info.interventionModel()));
            add(facts, "Model description", null, info.interventionModelDescription());
            add(facts, "Masking", "masking", PlainWords.masking(info.maskingInfo()));
            add(
                    facts,
                    "Masking description",
                    null,
                    info.maskingInfo() == null ? null : info.maskingInfo().maskingDescription());
            add(
                    facts,
                    "Observational model",
                    "observational-model",
                    PlainWords.observationalModel(info.observationalModel()));
            add(facts, "Time perspective", "time-perspective", PlainWords.timePerspective(info.timePerspective()));
        }
        if (design != null) {
            add(facts, "Follow-up", null, design.targetDuration());
            if (type == StudyType.EXPANDED_ACCESS && design.expandedAccessTypes() != null) {
                var t = design.expandedAccessTypes();
                List<String> kinds = new ArrayList<>();
                if (Boolean.TRUE.equals(t.individual())) {
                    kinds.add("Individual patients");
                }
                if (Boolean.TRUE.equals(t.intermediate())) {
                    kinds.add("Intermediate-size population");
                }
                if (Boolean.TRUE.equals(t.treatment())) {
                    kinds.add("Treatment IND/protocol");
                }
                add(
                        facts,
                        "Expanded access type",
                        "study-type-expanded-access",
                        kinds.isEmpty() ? null : String.join(", ", kinds));
            }
        }
        return List.copyOf(facts);
    }

    private static List<StudyView.Fact> dates(StatusModule status) {
        List<StudyView.Fact> facts = new ArrayList<>();
        if (status == null) {
            return facts;
        }
        add(facts, "Study start", null, dated(status.startDateStruct()));
        add(facts, "Primary completion", null, dated(status.primaryCompletionDateStruct()));
        add(facts, "Study completion", null, dated(status.completionDateStruct()));
        add(facts, "First posted", null, dated(status.studyFirstPostDateStruct()));
        add(facts, "Results first posted", null, dated(status.resultsFirstPostDateStruct()));
        add(facts, "Last update posted", null, dated(status.lastUpdatePostDateStruct()));
        return List.copyOf(facts);
    }

    /** "March 2025 (estimated)", "January 15, 2025 (actual)". */
    private static String dated(DateStruct d) {
        if (d == null || d.date() == null) {
            return null;
        }
        String text = date(d.date());
        if (d.type() == DateType.ESTIMATED) {
            return text + " (estimated)";
        }
        return d.type() == DateType.ACTUAL ? text + " (actual)" : text;
    }

    /** "2025-01-15" → "January 15, 2025", "2025-03" → "March 2025"; anything else as written. */
    static String date(String text) {
        return PartialDate.tryParse(text)
                .map(d -> {
                    if (d.month().isEmpty()) {
                        return String.valueOf(d.year());
                    }
                    String month = Month.of(d.month().getAsInt()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    return d.day().isPresent()
                            ? month + " " + d.day().getAsInt() + ", " + d.year()
                            : month + " " + d.year();
                })
                .orElse(text);
    }

    private static List<StudyView.Outcome> outcomes(
            OutcomesModule module, Function<OutcomesModule, List<Outcome>> which) {
        List<StudyView.Outcome> out = new ArrayList<>();
        if (module != null) {
            for (var o : Lists.orEmpty(which.apply(module))) {
                if (o != null) {
                    out.add(new StudyView.Outcome(o.measure(), o.timeFrame(), o.description()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<StudyView.Reference> references(ReferencesModule module) {
        List<StudyView.Reference> out = new ArrayList<>();
        if (module != null) {
            for (Reference r : Lists.orEmpty(module.references())) {
                if (r != null && (r.citation() != null || r.pmid() != null)) {
                    String pubmed = r.pmid() == null || !r.pmid().matches("\\d+")
                            ? null
                            : "https://pubmed.ncbi.nlm.nih.gov/" + r.pmid() + "/";
                    String type = r.type() == null
                            ? null
                            : switch (r.type()) {
                                case BACKGROUND -> "Background";
                                case RESULT -> "Results";
                                case DERIVED -> "Derived from this trial";
                            };
                    out.add(new StudyView.Reference(
                            r.citation() == null ? "PubMed " + r.pmid() : r.citation(), pubmed, type));
                }
            }
        }
        return List.copyOf(out);
    }

    static StudyView.Person person(Contact c) {
        String phone = c.phone();
        if (phone != null && c.phoneExt() != null && !c.phoneExt().isBlank()) {
            phone = phone + " ext. " + c.phoneExt();
        }
        return new StudyView.Person(c.name(), PlainWords.contactRole(c.role()), null, phone, c.email());
    }

    private static void add(List<StudyView.Fact> facts, String label, String glossaryId, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new StudyView.Fact(label, glossaryId, value));
        }
    }

    private static <M, T> T get(M module, Function<M, T> field) {
        return module == null ? null : field.apply(module);
    }

    private static <M, T> T get(M module, Function<M, T> field, T otherwise) {
        T value = module == null ? null : field.apply(module);
        return value == null ? otherwise : value;
    }

    private static ProtocolSection emptyProtocol() {
        return new ProtocolSection(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
