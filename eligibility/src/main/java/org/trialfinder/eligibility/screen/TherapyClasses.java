package org.trialfinder.eligibility.screen;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which prior-therapy classes of the notation a named drug belongs to ("nivolumab" is an anti-PD-1, an
 * immune checkpoint inhibitor, an immunotherapy and a systemic therapy), so a criterion on a class is
 * checked against a patient's drugs. Only well-established memberships.
 */
final class TherapyClasses {

    private TherapyClasses() {}

    private static final Map<String, Set<String>> BY_DRUG = new HashMap<>();

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

    /** The classes a treatment named this way belongs to (empty when not a known drug). */
    static Set<String> of(String treatment) {
        String t = treatment.toLowerCase(Locale.ROOT).strip();
        Set<String> direct = BY_DRUG.get(t);
        if (direct != null) {
            return direct;
        }
        for (Map.Entry<String, Set<String>> e : BY_DRUG.entrySet()) {
            if (t.matches("(?s).*(?<![\\p{L}\\d])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\d]).*")) {
                return e.getValue();
            }
        }
        return Set.of();
    }
}
