package org.trialfinder.app.site.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.trialfinder.app.site.Lists;
import org.trialfinder.app.site.PlainWords;
import org.trialfinder.model.Study;
import org.trialfinder.model.protocol.ArmGroup;
import org.trialfinder.model.protocol.DesignInfo;
import org.trialfinder.model.protocol.ProtocolSection;
import org.trialfinder.model.vocab.ArmGroupType;
import org.trialfinder.model.vocab.DesignAllocation;
import org.trialfinder.model.vocab.StudyType;
import org.trialfinder.model.vocab.TimePerspective;

/**
 * The schema.org description of a trial for search engines: a {@code MedicalTrial} (an
 * observational study is a {@code MedicalObservationalStudy}, which schema.org gives a {@code
 * studyDesign}) with its name, identifiers, status, phase, design, conditions, sponsor and URL.
 * It goes into a {@code <script type="application/ld+json">} element, so {@code <}, {@code >} and
 * {@code &} are written as JSON escapes: no record text can close the element or open markup.
 */
public final class MedicalTrialJsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MedicalTrialJsonLd() {}

    public static String of(Study study, String title, String url, SiteListing sites) {
        ProtocolSection p = study.protocolSection();
        boolean observational = study.studyType() == StudyType.OBSERVATIONAL;
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", observational ? "MedicalObservationalStudy" : "MedicalTrial");
        root.put("name", title);
        if (p != null
                && p.identificationModule() != null
                && p.identificationModule().officialTitle() != null) {
            root.put("alternateName", p.identificationModule().officialTitle());
        }
        root.put("identifier", study.nctId());
        root.put("url", url);
        String status = schemaStatus(study);
        if (status != null) {
            root.put("status", "https://schema.org/" + status);
        }
        String phase = PlainWords.phases(study.phases());
        if (phase != null) {
            root.put("phase", phase);
        }
        if (p != null && p.descriptionModule() != null && p.descriptionModule().briefSummary() != null) {
            root.put("description", p.descriptionModule().briefSummary());
        }
        ArrayNode conditions = root.putArray("healthCondition");
        for (String c : study.conditions()) {
            conditions.addObject().put("@type", "MedicalCondition").put("name", c);
        }
        if (p != null
                && p.sponsorCollaboratorsModule() != null
                && p.sponsorCollaboratorsModule().leadSponsor() != null
                && p.sponsorCollaboratorsModule().leadSponsor().name() != null) {
            root.putObject("sponsor")
                    .put("@type", "Organization")
                    .put("name", p.sponsorCollaboratorsModule().leadSponsor().name());
        }
        if (observational) {
            String design = observationalDesign(study);
            if (design != null) {
                root.put("studyDesign", "https://schema.org/" + design);
            }
        } else {
            ArrayNode designs = root.putArray("trialDesign");
            trialDesigns(study, sites).forEach(d -> designs.add("https://schema.org/" + d));
        }
        try {
            return escapeForScript(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD of " + study.nctId() + " could not be written", e);
        }
    }

    /**
     * {@code <}, {@code >} and {@code &} only occur inside JSON strings, where their \\u escapes
     * mean the same; so is U+2028/2029, which some script parsers treat as line ends.
     */
    static String escapeForScript(String json) {
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    /** schema.org's MedicalStudyStatus members; the statuses it lacks are left out. */
    private static String schemaStatus(Study study) {
        if (study.overallStatus() == null) {
            return null;
        }
        return switch (study.overallStatus()) {
            case RECRUITING -> "Recruiting";
            case NOT_YET_RECRUITING -> "NotYetRecruiting";
            case ENROLLING_BY_INVITATION -> "EnrollingByInvitation";
            case ACTIVE_NOT_RECRUITING -> "ActiveNotRecruiting";
            case COMPLETED -> "Completed";
            case SUSPENDED -> "Suspended";
            case TERMINATED -> "Terminated";
            case WITHDRAWN -> "Withdrawn";
            default -> null;
        };
    }

    /** schema.org's MedicalTrialDesign members the record supports. */
    private static Set<String> trialDesigns(Study study, SiteListing sites) {
        Set<String> designs = new LinkedHashSet<>();
        DesignInfo info = designInfo(study);
        if (info != null && info.maskingInfo() != null && info.maskingInfo().masking() != null) {
            switch (info.maskingInfo().masking()) {
                case NONE -> designs.add("OpenTrial");
                case SINGLE -> designs.add("SingleBlindTrial");
                case DOUBLE -> designs.add("DoubleBlindedTrial");
                case TRIPLE -> designs.add("TripleBlindedTrial");
                // schema.org has no quadruple-blind member; saying "triple" would understate it
                case QUADRUPLE -> {}
            }
        }
        if (info != null && info.allocation() == DesignAllocation.RANDOMIZED) {
            designs.add("RandomizedTrial");
        }
        ProtocolSection p = study.protocolSection();
        if (p != null && p.armsInterventionsModule() != null) {
            for (ArmGroup g : Lists.orEmpty(p.armsInterventionsModule().armGroups())) {
                if (g != null && g.type() == ArmGroupType.PLACEBO_COMPARATOR) {
                    designs.add("PlaceboControlledTrial");
                }
            }
        }
        if (sites.total() == 1) {
            designs.add("SingleCenterTrial");
        } else if (sites.total() > 1) {
            designs.add("MultiCenterTrial");
        }
        if (study.countries().size() > 1) {
            designs.add("InternationalTrial");
        }
        return designs;
    }

    /** schema.org's MedicalObservationalStudyDesign member closest to the record's model. */
    private static String observationalDesign(Study study) {
        ProtocolSection p = study.protocolSection();
        if (p != null
                && p.designModule() != null
                && Boolean.TRUE.equals(p.designModule().patientRegistry())) {
            return "Registry";
        }
        DesignInfo info = designInfo(study);
        if (info != null && info.observationalModel() != null) {
            switch (info.observationalModel()) {
                case COHORT -> {
                    return "Cohort";
                }
                case CASE_CONTROL -> {
                    return "CaseControl";
                }
                default -> {}
            }
        }
        if (info != null && info.timePerspective() == TimePerspective.CROSS_SECTIONAL) {
            return "CrossSectional";
        }
        return "Observational";
    }

    private static DesignInfo designInfo(Study study) {
        ProtocolSection p = study.protocolSection();
        return p == null || p.designModule() == null ? null : p.designModule().designInfo();
    }
}
