package org.trialfinder.app.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.model.protocol.EnrollmentInfo;
import org.trialfinder.model.protocol.MaskingInfo;
import org.trialfinder.model.vocab.AgencyClass;
import org.trialfinder.model.vocab.ArmGroupType;
import org.trialfinder.model.vocab.ContactRole;
import org.trialfinder.model.vocab.DesignAllocation;
import org.trialfinder.model.vocab.DesignMasking;
import org.trialfinder.model.vocab.EnrollmentType;
import org.trialfinder.model.vocab.InterventionType;
import org.trialfinder.model.vocab.InterventionalAssignment;
import org.trialfinder.model.vocab.ObservationalModel;
import org.trialfinder.model.vocab.OfficialRole;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.PrimaryPurpose;
import org.trialfinder.model.vocab.RecruitmentStatus;
import org.trialfinder.model.vocab.Sex;
import org.trialfinder.model.vocab.StudyType;
import org.trialfinder.model.vocab.TimePerspective;
import org.trialfinder.model.vocab.WhoMasked;

/**
 * ClinicalTrials.gov's coded values in the plain words patients read, after the reference trial
 * page ({@code trial-page.md}): the one place every page takes them from, so a status reads the
 * same on the home page, in search results and on the trial page. A missing value answers
 * {@code null} (the page then leaves the line out) unless a method says otherwise.
 */
public final class PlainWords {
    private static final Pattern AGE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]+)\\s*");

    private PlainWords() {}

    /** RECRUITING → "Enrolling", NOT_YET_RECRUITING → "Not yet enrolling", the others as words. */
    public static String status(OverallStatus status) {
        return status == null ? "Status not given" : statusWords(status.name());
    }

    /** A site's own status, in the same words as a trial's. */
    public static String status(RecruitmentStatus status) {
        return status == null ? null : statusWords(status.name());
    }

    private static String statusWords(String code) {
        return switch (code) {
            case "RECRUITING" -> "Enrolling";
            case "NOT_YET_RECRUITING" -> "Not yet enrolling";
            case "ENROLLING_BY_INVITATION" -> "Enrolling by invitation";
            case "ACTIVE_NOT_RECRUITING" -> "Active, not enrolling";
            case "UNKNOWN" -> "Status unknown";
            default -> sentenceCase(code);
        };
    }

    /** "Phase 2", "Phase 1/Phase 2", "Early Phase 1"; {@code null} when there is none or only N/A. */
    public static String phases(List<Phase> phases) {
        List<String> words = new ArrayList<>();
        for (Phase p : phases == null ? List.<Phase>of() : phases) {
            String w = phase(p);
            if (w != null) {
                words.add(w);
            }
        }
        return words.isEmpty() ? null : String.join("/", words);
    }

    public static String phase(Phase phase) {
        if (phase == null) {
            return null;
        }
        return switch (phase) {
            case NA -> null;
            case EARLY_PHASE1 -> "Early Phase 1";
            case PHASE1 -> "Phase 1";
            case PHASE2 -> "Phase 2";
            case PHASE3 -> "Phase 3";
            case PHASE4 -> "Phase 4";
        };
    }

    /** DRUG → "Drug", DIETARY_SUPPLEMENT → "Dietary Supplement": the reference page's title case. */
    public static String interventionType(InterventionType type) {
        return type == null ? null : titleCase(type.name());
    }

    /** "Drug: Oxaliplatin", or the name alone when the type is missing. */
    public static String treatment(InterventionType type, String name) {
        String t = interventionType(type);
        return t == null ? name : t + ": " + name;
    }

    public static String studyType(StudyType type, Boolean patientRegistry) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case INTERVENTIONAL -> "Interventional";
            case OBSERVATIONAL ->
                Boolean.TRUE.equals(patientRegistry) ? "Observational (patient registry)" : "Observational";
            case EXPANDED_ACCESS -> "Expanded access";
        };
    }

    /** EXPERIMENTAL → "Experimental group", PLACEBO_COMPARATOR → "Placebo comparator group". */
    public static String groupType(ArmGroupType type) {
        return type == null ? null : sentenceCase(type.name()) + " group";
    }

    public static String allocation(DesignAllocation allocation) {
        if (allocation == null) {
            return null;
        }
        return switch (allocation) {
            case NA -> "N/A";
            case RANDOMIZED -> "Randomized";
            case NON_RANDOMIZED -> "Non-Randomized";
        };
    }

    /** SINGLE_GROUP → "Single Group Assignment", PARALLEL → "Parallel Assignment", … */
    public static String interventionModel(InterventionalAssignment model) {
        return model == null ? null : titleCase(model.name()) + " Assignment";
    }

    /** NONE → "None (Open label)"; DOUBLE with who is masked → "Double (Participant, Investigator)". */
    public static String masking(MaskingInfo info) {
        if (info == null || info.masking() == null) {
            return null;
        }
        if (info.masking() == DesignMasking.NONE) {
            return "None (Open label)";
        }
        String level = sentenceCase(info.masking().name());
        List<String> who = new ArrayList<>();
        for (WhoMasked w : Lists.orEmpty(info.whoMasked())) {
            if (w != null) {
                who.add(sentenceCase(w.name()));
            }
        }
        return who.isEmpty() ? level : level + " (" + String.join(", ", who) + ")";
    }

    /** ECT → "Educational/Counseling/Training", SUPPORTIVE_CARE → "Supportive Care", … */
    public static String primaryPurpose(PrimaryPurpose purpose) {
        if (purpose == null) {
            return null;
        }
        return purpose == PrimaryPurpose.ECT ? "Educational/Counseling/Training" : titleCase(purpose.name());
    }

    public static String observationalModel(ObservationalModel model) {
        if (model == null) {
            return null;
        }
        return switch (model) {
            case CASE_CONTROL -> "Case-Control";
            case CASE_ONLY -> "Case-Only";
            case CASE_CROSSOVER -> "Case-Crossover";
            case ECOLOGIC_OR_COMMUNITY -> "Ecologic or Community";
            case FAMILY_BASED -> "Family-Based";
            default -> titleCase(model.name());
        };
    }

    public static String timePerspective(TimePerspective perspective) {
        if (perspective == null) {
            return null;
        }
        return perspective == TimePerspective.CROSS_SECTIONAL ? "Cross-Sectional" : titleCase(perspective.name());
    }

    /** NIH → "Government (NIH)", FED → "Government (other federal)", INDUSTRY → "Industry", … */
    public static String funderType(AgencyClass agencyClass) {
        if (agencyClass == null) {
            return null;
        }
        return switch (agencyClass) {
            case NIH -> "Government (NIH)";
            case FED -> "Government (other federal)";
            case OTHER_GOV -> "Government (other)";
            case INDUSTRY -> "Industry";
            case INDIV -> "Individual";
            case NETWORK -> "Network";
            case AMBIG -> "Ambiguous";
            case OTHER -> "Other";
            case UNKNOWN -> "Unknown";
        };
    }

    /** The distinct funder types of the lead sponsor then the collaborators, in that order. */
    public static List<String> funderTypes(List<AgencyClass> classes) {
        Set<String> words = new LinkedHashSet<>();
        for (AgencyClass c : classes) {
            String w = funderType(c);
            if (w != null) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }

    public static String sex(Sex sex) {
        return sex == null ? null : sentenceCase(sex.name());
    }

    /** true → "Accepts Healthy Volunteers", false → "No Healthy Volunteers". */
    public static String healthyVolunteers(Boolean accepts) {
        if (accepts == null) {
            return null;
        }
        return accepts ? "Accepts Healthy Volunteers" : "No Healthy Volunteers";
    }

    public static String contactRole(ContactRole role) {
        return role == null
                ? null
                : role == ContactRole.SUB_INVESTIGATOR ? "Sub-investigator" : sentenceCase(role.name());
    }

    public static String officialRole(OfficialRole role) {
        return role == null
                ? null
                : role == OfficialRole.SUB_INVESTIGATOR ? "Sub-investigator" : sentenceCase(role.name());
    }

    /**
     * The age range as the reference page words it: "18 to 75 years old", "18+ years old", "up to 17
     * years old", "6 months to 17 years old" (the unit is said once when both ends share it), "Any
     * age" when neither end is given. An age that is not "number unit" is shown as written.
     */
    public static String ages(String minimum, String maximum) {
        Age min = Age.parse(minimum);
        Age max = Age.parse(maximum);
        if (min == null && max == null) {
            return "Any age";
        }
        if (max == null) {
            if (min.unit().isEmpty()) {
                return "from " + min.asWritten();
            }
            return min.number() + "+ " + min.unitFor(min.number()) + " old";
        }
        if (min == null) {
            return "up to " + max.spoken() + " old";
        }
        if (min.unit().equals(max.unit())) {
            return min.number() + " to " + max.number() + " " + max.unitFor(max.number()) + " old";
        }
        return min.spoken() + " to " + max.spoken() + " old";
    }

    /** "44 estimated patients", "120 patients enrolled"; {@code null} without a count. */
    public static String enrollment(EnrollmentInfo info) {
        if (info == null || info.count() == null) {
            return null;
        }
        int n = info.count();
        String patients = n == 1 ? "patient" : "patients";
        if (info.type() == EnrollmentType.ESTIMATED) {
            return n + " estimated " + patients;
        }
        if (info.type() == EnrollmentType.ACTUAL) {
            return n + " " + patients + " enrolled";
        }
        return n + " " + patients;
    }

    /** "44 participants in 1 patient group"; without a count, "3 patient groups". */
    public static String participantsInGroups(EnrollmentInfo info, int groups) {
        String g = groups + (groups == 1 ? " patient group" : " patient groups");
        if (info == null || info.count() == null) {
            return g;
        }
        return info.count() + (info.count() == 1 ? " participant in " : " participants in ") + g;
    }

    /** "ACTIVE_COMPARATOR" → "Active comparator". */
    static String sentenceCase(String code) {
        String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "DIETARY_SUPPLEMENT" → "Dietary Supplement". */
    static String titleCase(String code) {
        StringBuilder out = new StringBuilder();
        for (String word : code.toLowerCase(Locale.ROOT).split("_")) {
            if (!word.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    /** An age as ClinicalTrials.gov writes it ("18 Years", "6 Months"): its number and unit. */
    private record Age(String number, String unit, String asWritten) {
        static Age parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            Matcher m = AGE.matcher(text);
            if (!m.matches()) {
                return new Age(text.strip(), "", text.strip());
            }
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (unit.endsWith("s")) {
                unit = unit.substring(0, unit.length() - 1);
            }
            return new Age(m.group(1), unit, text.strip());
        }

        /** "year" or "years" as the number asks; an unrecognised age keeps its own words. */
        String unitFor(String n) {
            if (unit.isEmpty()) {
                return "";
            }
            return "1".equals(n) ? unit : unit + "s";
        }

        String spoken() {
            return unit.isEmpty() ? asWritten : number + " " + unitFor(number);
        }
    }
}
