package org.trialfinder.eligibility.screen;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.drugs.DrugClassTables;
import org.trialfinder.eligibility.drugs.TreatmentReader;

/**
 * Which prior-therapy classes a treatment belongs to, so a criterion on a class is checked against a
 * patient's drugs. Two sources, united:
 *
 * <ul>
 *   <li>the drug-class tables ({@link DrugClassTables}, read by {@link TreatmentReader}): every class of
 *       each drug named and all their ancestors, as {@code class:ID} ("Tagrisso" → {@code class:EGFR_TKI},
 *       {@code class:EGFR_TARGETED}, {@code class:D000092004}, …), the drug itself as {@code drug:NAME}
 *       (its generic name), and the notation's own classes that its <em>curated</em> classes imply
 *       ({@link #NOTATION_BY_CLASS}: a platinum compound is chemotherapy);
 *   <li>the hand list below (well-established memberships of the notation's classes, regimens by name),
 *       kept so that nothing the tables word differently is lost.
 * </ul>
 *
 * A corticosteroid written with a local route ("budesonide inhaler", "hydrocortisone cream") is not a
 * (systemic) corticosteroid: criteria on corticosteroids mean systemic ones, and the drug name alone
 * cannot tell (drugs/README.md).
 */
final class TherapyClasses {

    private TherapyClasses() {}

    /** The hand list: drug or regimen name → the notation's classes. */
    static final Map<String, Set<String>> BY_DRUG = new HashMap<>();

    private static void add(List<String> drugs, String... classes) {
        for (String d : drugs) {
            BY_DRUG.merge(d, Set.of(classes), (a, b) -> {
                Set<String> u = new HashSet<>(a);
                u.addAll(b);
                return Set.copyOf(u);
            });
        }
    }

    static {
        add(
                List.of(
                        "oxaliplatin",
                        "cisplatin",
                        "carboplatin",
                        "fluorouracil",
                        "5-fu",
                        "5-fluorouracil",
                        "capecitabine",
                        "irinotecan",
                        "docetaxel",
                        "paclitaxel",
                        "nab-paclitaxel",
                        "gemcitabine",
                        "cyclophosphamide",
                        "doxorubicin",
                        "epirubicin",
                        "temozolomide",
                        "etoposide",
                        "pemetrexed",
                        "vinorelbine",
                        "vincristine",
                        "folfox",
                        "folfiri",
                        "folfirinox",
                        "capox",
                        "xelox",
                        "s-1",
                        "tegafur",
                        "eribulin",
                        "ifosfamide",
                        "cytarabine",
                        "azacitidine",
                        "decitabine",
                        "bendamustine",
                        "fludarabine"),
                "chemotherapy",
                "systemic_therapy");
        add(
                List.of(
                        "pembrolizumab",
                        "nivolumab",
                        "cemiplimab",
                        "dostarlimab",
                        "tislelizumab",
                        "sintilimab",
                        "camrelizumab",
                        "toripalimab"),
                "anti_pd1",
                "immune_checkpoint_inhibitor",
                "immunotherapy",
                "systemic_therapy");
        add(
                List.of("atezolizumab", "durvalumab", "avelumab"),
                "anti_pdl1",
                "immune_checkpoint_inhibitor",
                "immunotherapy",
                "systemic_therapy");
        add(
                List.of("ipilimumab", "tremelimumab"),
                "anti_ctla4",
                "immune_checkpoint_inhibitor",
                "immunotherapy",
                "systemic_therapy");
        add(
                List.of(
                        "bevacizumab",
                        "cetuximab",
                        "panitumumab",
                        "trastuzumab",
                        "pertuzumab",
                        "osimertinib",
                        "erlotinib",
                        "gefitinib",
                        "imatinib",
                        "sorafenib",
                        "regorafenib",
                        "lenvatinib",
                        "olaparib",
                        "ibrutinib",
                        "venetoclax",
                        "sunitinib",
                        "pazopanib",
                        "cabozantinib",
                        "palbociclib",
                        "ribociclib",
                        "abemaciclib",
                        "alectinib",
                        "crizotinib",
                        "lapatinib",
                        "everolimus"),
                "targeted_therapy",
                "systemic_therapy");
        add(
                List.of(
                        "tamoxifen",
                        "letrozole",
                        "anastrozole",
                        "exemestane",
                        "fulvestrant",
                        "enzalutamide",
                        "abiraterone",
                        "leuprolide",
                        "goserelin",
                        "bicalutamide",
                        "apalutamide",
                        "darolutamide"),
                "hormone_therapy",
                "systemic_therapy");
        add(
                List.of(
                        "prednisone",
                        "prednisolone",
                        "dexamethasone",
                        "methylprednisolone",
                        "hydrocortisone",
                        "budesonide"),
                "corticosteroids");
        add(
                List.of(
                        "cyclosporine",
                        "ciclosporin",
                        "tacrolimus",
                        "mycophenolate",
                        "azathioprine",
                        "sirolimus",
                        "methotrexate"),
                "immunosuppressants");
        add(
                List.of(
                        "warfarin",
                        "heparin",
                        "enoxaparin",
                        "apixaban",
                        "rivaroxaban",
                        "dabigatran",
                        "edoxaban",
                        "dalteparin"),
                "anticoagulants");
    }

    /**
     * The notation's classes implied by a curated class or one of its ancestors. Only the curated layer
     * decides them: MeSH pharmacological actions are broader (fluorouracil is an "Immunosuppressive
     * Agent", methotrexate an antineoplastic antimetabolite), and would make a patient's rheumatoid
     * arthritis methotrexate count as chemotherapy.
     */
    static final Map<String, List<String>> NOTATION_BY_CLASS = Map.ofEntries(
            Map.entry(
                    "CUR:ANTI_PD1",
                    List.of("anti_pd1", "immune_checkpoint_inhibitor", "immunotherapy", "systemic_therapy")),
            Map.entry(
                    "CUR:ANTI_PDL1",
                    List.of("anti_pdl1", "immune_checkpoint_inhibitor", "immunotherapy", "systemic_therapy")),
            Map.entry(
                    "CUR:ANTI_CTLA4",
                    List.of("anti_ctla4", "immune_checkpoint_inhibitor", "immunotherapy", "systemic_therapy")),
            Map.entry("CUR:PLATINUM", List.of("chemotherapy", "systemic_therapy")),
            Map.entry("CUR:TAXANE", List.of("chemotherapy", "systemic_therapy")),
            Map.entry("CUR:ANTHRACYCLINE", List.of("chemotherapy", "systemic_therapy")),
            Map.entry("CUR:FLUOROPYRIMIDINE", List.of("chemotherapy", "systemic_therapy")),
            Map.entry("CUR:EGFR_TARGETED", List.of("targeted_therapy", "systemic_therapy")),
            Map.entry("CUR:HGF_MET_TARGETED", List.of("targeted_therapy", "systemic_therapy")),
            Map.entry("CUR:ALK_INHIBITOR", List.of("targeted_therapy", "systemic_therapy")),
            Map.entry("CUR:CDK46_INHIBITOR", List.of("targeted_therapy", "systemic_therapy")),
            Map.entry("CUR:BRAF_MEK_INHIBITOR", List.of("targeted_therapy", "systemic_therapy")),
            Map.entry("CUR:KRAS_G12C_INHIBITOR", List.of("targeted_therapy", "systemic_therapy")),
            Map.entry("CUR:HER2_TARGETED", List.of("targeted_therapy", "systemic_therapy")),
            Map.entry("CUR:BTK_INHIBITOR", List.of("targeted_therapy", "systemic_therapy")),
            Map.entry("MESH:D000067856", List.of("targeted_therapy", "systemic_therapy")),
            Map.entry("CUR:AROMATASE_INHIBITOR", List.of("hormone_therapy", "systemic_therapy")),
            Map.entry("CUR:AR_PATHWAY_INHIBITOR", List.of("hormone_therapy", "systemic_therapy")),
            Map.entry("CUR:SYSTEMIC_CORTICOSTEROID", List.of("corticosteroids")),
            Map.entry("MESH:D007166", List.of("immunosuppressants")),
            Map.entry("MESH:D000925", List.of("anticoagulants")),
            Map.entry("CUR:LIVE_VACCINE", List.of("live_vaccine")));

    /** A route that makes a corticosteroid local, not systemic. */
    private static final Pattern LOCAL_ROUTE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:inhaled|inhalers?|inhalation|nebuli[sz]ed|topical(?:ly)?|creams?|ointments?|lotions?|gels?"
                    + "|foams?|enemas?|suppositor(?:y|ies)|nasal|intranasal|sprays?|eye\\s+drops?|ear\\s+drops?"
                    + "|ophthalmic|otic|intra-?articular|intra-?lesional|intravitreal|dermal|mouthwash)(?![\\p{L}])");

    private static final Set<String> SYSTEMIC_STEROID = Set.of("corticosteroids", "class:SYSTEMIC_CORTICOSTEROID");

    /** The classes a treatment named this way belongs to (empty when not a known drug). */
    static Set<String> of(String treatment) {
        Set<String> out = new HashSet<>();
        String t = treatment.toLowerCase(Locale.ROOT).strip();
        Set<String> direct = BY_DRUG.get(t);
        if (direct != null) {
            out.addAll(direct);
        } else {
            for (Map.Entry<String, Set<String>> e : BY_DRUG.entrySet()) {
                if (t.matches("(?s).*(?<![\\p{L}\\d])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\d]).*")) {
                    out.addAll(e.getValue());
                }
            }
        }
        for (TreatmentReader.Mention m : TreatmentReader.read(treatment)) {
            for (DrugClassTables.Drug d : m.drugs()) {
                out.addAll(classesOf(d));
            }
        }
        if (LOCAL_ROUTE.matcher(treatment).find()) {
            out.removeAll(SYSTEMIC_STEROID);
        }
        return Set.copyOf(out);
    }

    /**
     * {@code drug:NAME}, every class and ancestor as {@code class:ID}, the notation's classes of its curated
     * ones, and the hand list's classes of its generic name.
     */
    static Set<String> classesOf(DrugClassTables.Drug drug) {
        Set<String> out = new HashSet<>();
        out.add("drug:" + drug.canonicalName());
        // the hand list by the generic name, so a brand ("Alimta") has its generic's memberships
        out.addAll(BY_DRUG.getOrDefault(drug.canonicalName(), Set.of()));
        for (String direct : drug.classIds()) {
            for (String c : DrugClassTables.selfAndAncestors(direct)) {
                DrugClassTables.drugClass(c).ifPresent(dc -> out.add(dc.notationId()));
            }
        }
        for (String curated : drug.curatedClassIds()) {
            for (String c : DrugClassTables.selfAndAncestors(curated)) {
                out.addAll(NOTATION_BY_CLASS.getOrDefault(c, List.of()));
            }
        }
        return out;
    }

    /**
     * Which drug of the treatment puts it in the class, for the verdict's reason: " (osimertinib: EGFR
     * tyrosine kinase inhibitor)"; empty when the class comes from the hand list or the treatment's words.
     */
    static String why(String treatment, String therapyClass) {
        for (TreatmentReader.Mention m : TreatmentReader.read(treatment)) {
            for (DrugClassTables.Drug d : m.drugs()) {
                if (classesOf(d).contains(therapyClass)) {
                    return " (" + d.canonicalName()
                            + (therapyClass.startsWith("drug:") ? "" : ": " + describe(therapyClass)) + ")";
                }
            }
        }
        return "";
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+\\b");

    /** A MeSH heading inside a sentence: "Psychotropic Drugs" → "psychotropic drugs" (acronyms kept: "ADP"). */
    private static String inSentence(String heading) {
        return CAPITALISED.matcher(heading).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }

    /** A class as a reader says it: "EGFR tyrosine kinase inhibitor", "anti pd1", "drug oxaliplatin" → "oxaliplatin". */
    static String describe(String therapyClass) {
        if (therapyClass.startsWith("class:")) {
            return DrugClassTables.drugClass(therapyClass)
                    .map(c -> c.id().startsWith("MESH:") ? inSentence(c.name()) : c.name())
                    .orElse(therapyClass);
        }
        if (therapyClass.startsWith("drug:")) {
            return therapyClass.substring("drug:".length());
        }
        return therapyClass.replace('_', ' ');
    }
}
