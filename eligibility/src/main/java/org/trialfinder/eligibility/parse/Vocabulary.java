package org.trialfinder.eligibility.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How criteria name the things the notation knows: lab analytes (to the notation's KEYs), diagnoses
 * (TERMs), metastatic sites, prior therapy classes and named drugs. Only names whose meaning is exact
 * are here: "Crohn's disease" is not "ibd" (an exclusion of Crohn's must not exclude ulcerative colitis).
 */
final class Vocabulary {

    private Vocabulary() {}

    /** Lab KEY → how it is written (case-insensitive, whole words). More specific names first. */
    static final Map<String, String> LABS = new LinkedHashMap<>();

    static {
        LABS.put(
                "HBA1C",
                "hb\\s*a1c|hgb\\s*a1c|a1c|glycated\\s+ha?emoglobin(?:\\s+a1c)?|glycosylated\\s+ha?emoglobin|ha?emoglobin\\s+a1c|glyco-?ha?emoglobin");
        LABS.put("DIRECT_BILIRUBIN", "direct\\s+bilirubin|conjugated\\s+bilirubin|d-?bil");
        LABS.put(
                "BILIRUBIN",
                "(?:serum\\s+)?total\\s+(?:serum\\s+)?bilirubin|(?:serum\\s+)?bilirubin(?:\\s+total)?|t-?bil(?:i|irubin)?|tbil");
        LABS.put(
                "CREATININE_CLEARANCE",
                "(?:calculated\\s+|measured\\s+|estimated\\s+)?creatinine\\s+clearance(?:\\s+rate)?|cr\\s*cl|cl\\s*cr|ccr");
        LABS.put("EGFR", "(?:estimated\\s+|calculated\\s+)?glomerular\\s+filtration\\s+rate|e-?gfr|gfr");
        LABS.put("CREATININE", "(?:serum\\s+)?creatinine?|s?cr|cre");
        LABS.put(
                "ANC",
                "absolute\\s+neutrophil(?:e)?s?(?:\\s+count)?|anc|neutrophils?(?:\\s+count)?|absolute\\s+granulocyte\\s+count|granulocytes?(?:\\s+count)?|agc|neutrophil\\s+granulocytes");
        LABS.put("PLATELETS", "platelets?(?:\\s+count)?|plt|thrombocytes?(?:\\s+count)?|platelet\\s+cell\\s+count");
        LABS.put("HEMOGLOBIN", "ha?emoglobin|hgb|hb");
        LABS.put(
                "WBC",
                "white\\s+blood\\s+cells?(?:\\s+count)?|white\\s+cell\\s+count|wbcs?|leu[ck]ocytes?(?:\\s+count)?");
        LABS.put("LYMPHOCYTES", "(?:absolute\\s+)?lymphocytes?(?:\\s+count)?|alc");
        LABS.put("AST", "aspartate\\s+amino\\s*transferase|aspartate\\s+transaminase|sgot|asat|ast");
        LABS.put("ALT", "alanine\\s+amino\\s*transferase|alanine\\s+transaminase|sgpt|alat|alt");
        LABS.put("ALP", "alkaline\\s+phosphatase|alp");
        LABS.put("ALBUMIN", "(?:serum\\s+)?albumin|alb");
        LABS.put("INR", "international\\s+normali[sz]ed\\s+ratio|inr");
        LABS.put(
                "APTT",
                "activated\\s+partial\\s+thromboplastin\\s+time|partial\\s+(?:thromboplastin|prothrombin)\\s+time|a?ptt");
        LABS.put("PT", "prothrombin\\s+time|pt");
        LABS.put("GLUCOSE", "(?:fasting\\s+)?(?:plasma\\s+|blood\\s+|serum\\s+)?glucose|fpg|fbg");
        LABS.put("POTASSIUM", "(?:serum\\s+)?potassium");
        LABS.put("SODIUM", "(?:serum\\s+)?sodium");
        LABS.put("CALCIUM", "(?:(?:albumin[\\s-]+)?corrected\\s+)?(?:serum\\s+)?calcium");
        LABS.put("MAGNESIUM", "(?:serum\\s+)?magnesium");
        LABS.put("LVEF", "left\\s+ventricular\\s+ejection\\s+fraction|lvef|(?:cardiac\\s+)?ejection\\s+fraction");
        LABS.put(
                "QTC",
                "qtc[fb]?|corrected\\s+qt(?:\\s+interval)?|qt\\s+interval\\s+corrected(?:\\s+for\\s+heart\\s+rate)?|qt\\s+interval\\s*\\(qtc[fb]?\\)(?:\\s+corrected\\s+by\\s+fridericia'?s\\s+formula)?");
        LABS.put("HBV_DNA", "hbv[\\s-]*dna");
        LABS.put("HCV_RNA", "hcv[\\s-]*rna");
        LABS.put("HIV_RNA", "(?:plasma\\s+)?hiv(?:-1)?[\\s-]*rna");
        LABS.put("CD4", "cd4\\+?(?:\\s+t[\\s-]*(?:cell|lymphocyte)s?)?(?:\\s+(?:cell\\s+)?count)?");
        LABS.put("TSH", "tsh|thyroid[\\s-]+stimulating\\s+hormone");
        LABS.put("LIPASE", "(?:serum\\s+)?lipase");
        LABS.put("AMYLASE", "(?:serum\\s+)?amylase");
        LABS.put("TRIGLYCERIDES", "(?:fasting\\s+)?(?:serum\\s+)?(?:triglycerides?|tg)");
        LABS.put("LDL", "ldl(?:-c)?(?:\\s+cholesterol)?|low[\\s-]+density\\s+lipoprotein(?:\\s+cholesterol)?");
        LABS.put("PSA", "(?:serum\\s+)?psa|prostate[\\s-]+specific\\s+antigen");
        LABS.put("TESTOSTERONE", "(?:serum\\s+)?(?:total\\s+)?testosterone");
        LABS.put("GGT", "gamma[\\s-]*glutamyl[\\s-]*(?:trans(?:ferase|peptidase))|gamma[\\s-]*gt|γ[\\s-]*gt|ggtp?");
        LABS.put("LDH", "(?:serum\\s+)?(?:lactate|lactic(?:\\s+acid)?)\\s+dehydrogenase|(?:serum\\s+)?ldh");
        LABS.put("BUN", "blood\\s+urea\\s+nitrogen|(?:serum\\s+)?urea\\s+nitrogen|bun");
        LABS.put("CRP", "(?:high[\\s-]*sensitivity\\s+)?c[\\s-]*reactive\\s+protein|(?:hs[\\s-]*)?crp");
        LABS.put("FREE_T4", "free\\s+(?:t[\\s-]*4|thyroxine)|ft4");
        LABS.put(
                "SPO2",
                "(?:peripheral\\s+|arterial\\s+)?(?:oxygen|o2)\\s+saturation(?:\\s+\\(spo2\\))?|sp\\s*o2|sao2|pulse\\s+oximetry");
        LABS.put("URINE_PROTEIN", "urine\\s+protein|proteinuria|urinary\\s+protein");
    }

    /** Diagnosis TERM → how it is written. */
    static final Map<String, String> DIAGNOSES = new LinkedHashMap<>();

    static {
        DIAGNOSES.put(
                "hiv",
                "hiv(?:-?[12])?(?:\\s*/\\s*aids)?(?:\\s+infection|\\s+positive|\\s+positivity|\\s+disease)?|human\\s+immunodeficiency\\s+virus(?:\\s*\\(hiv\\))?(?:\\s+infection)?|acquired\\s+immun[eo]\\s*deficiency\\s+syndrome(?:\\s*\\(aids\\))?|aids");
        DIAGNOSES.put(
                "hepatitis_b",
                "hepatitis\\s+b\\s+surface\\s+antigen(?:\\s*\\(hbsag\\))?(?:\\s+(?:test|positive|positivity))?|hepatitis\\s+b(?:\\s+virus)?(?:\\s*\\(hbv\\))?(?:\\s+infection)?|hbv(?:\\s+infection)?|hbsag[\\s-]*positive|positive\\s+hbsag|hepatitis\\s+b\\s+surface\\s+antigen(?:\\s*\\(hbsag\\))?(?:\\s+(?:test|positive|positivity))?|hbsag(?:\\s+test)?");
        DIAGNOSES.put(
                "hepatitis_c",
                "hepatitis\\s+c(?:\\s+virus)?(?:\\s*\\(hcv\\))?(?:\\s+infection)?|hcv(?:\\s+infection)?");
        DIAGNOSES.put("tuberculosis", "tuberculosis|\\btb\\b");
        DIAGNOSES.put("autoimmune_disease", "auto-?immune\\s+diseases?|auto-?immune\\s+disorders?");
        DIAGNOSES.put("ibd", "inflammatory\\s+bowel\\s+diseases?(?:\\s*\\(ibd\\))?|ibd");
        DIAGNOSES.put("interstitial_lung_disease", "interstitial\\s+lung\\s+diseases?(?:\\s*\\(ild\\))?|ild");
        DIAGNOSES.put("pneumonitis", "(?:non-?infectious\\s+)?pneumonitis|non-?infectious\\s+pneumonia");
        DIAGNOSES.put(
                "myocardial_infarction",
                "(?:acute\\s+)?myocardial\\s+infarctions?(?:\\s*\\(mi\\))?|heart\\s+attacks?|\\bami\\b|\\bmi\\b");
        DIAGNOSES.put("unstable_angina", "unstable\\s+angina(?:\\s+pectoris)?");
        DIAGNOSES.put("heart_failure", "(?:congestive\\s+)?(?:heart|cardiac)\\s+failure(?:\\s*\\(c?hf\\))?|\\bchf\\b");
        DIAGNOSES.put(
                "stroke",
                "strokes?|cerebrovascular\\s+accidents?(?:\\s*\\(cva\\))?|cerebral\\s+infarctions?|\\bcva\\b");
        DIAGNOSES.put(
                "thrombosis",
                "(?:deep\\s+ve(?:in|nous)|venous|arterial)\\s+thrombos[ie]s(?:\\s*\\(dvt\\))?|thrombos[ie]s|venous\\s+thromboembolism(?:\\s*\\(vte\\))?|thromboembolic\\s+events?|\\bdvt\\b|\\bvte\\b");
        DIAGNOSES.put("arrhythmia", "(?:cardiac\\s+|ventricular\\s+)?arr?h?ythmias?");
        DIAGNOSES.put(
                "uncontrolled_hypertension",
                "(?:uncontrolled|poorly\\s+controlled|inadequately\\s+controlled)\\s+(?:arterial\\s+)?(?:hypertension|high\\s+blood\\s+pressure)");
        DIAGNOSES.put(
                "second_malignancy",
                "(?:other|another|second(?:\\s+primary)?|additional|prior|previous|concurrent|concomitant)\\s+(?:primary\\s+)?(?:invasive\\s+)?(?:malignanc(?:y|ies)|cancers?|malignant\\s+(?:tumou?rs?|neoplasms?|diseases?))|history\\s+of\\s+(?:an?\\s+|any\\s+)?(?:invasive\\s+)?malignanc(?:y|ies)");
        DIAGNOSES.put(
                "type1_diabetes",
                "type\\s*(?:1|i)\\s+diabetes(?:\\s+mellitus)?|t1dm?|insulin[\\s-]+dependent\\s+diabetes(?:\\s+mellitus)?|diabetes\\s+mellitus\\s+type\\s*(?:1|i)\\b");
        DIAGNOSES.put(
                "type2_diabetes",
                "type\\s*(?:2|ii)\\s+diabetes(?:\\s+mellitus)?|t2dm?|non[\\s-]+insulin[\\s-]+dependent\\s+diabetes(?:\\s+mellitus)?|diabetes\\s+mellitus\\s+type\\s*(?:2|ii)\\b");
        DIAGNOSES.put("diabetes", "diabetes(?:\\s+mellitus)?");
        DIAGNOSES.put(
                "bleeding_disorder",
                "bleeding\\s+(?:disorders?|diathes[ie]s|tendency)|coagulopath(?:y|ies)|ha?emorrhagic\\s+diathes[ie]s");
        DIAGNOSES.put("seizure", "seizures?(?:\\s+disorders?)?|epilepsy|convulsions?");
        DIAGNOSES.put("dementia", "dementia");
        DIAGNOSES.put(
                "psychiatric_disorder",
                "psychiatric\\s+(?:disorders?|illness(?:es)?|diseases?|conditions?)|mental\\s+(?:illness(?:es)?|disorders?|abnormalit(?:y|ies)|diseases?)");
        DIAGNOSES.put(
                "substance_abuse",
                "(?:alcohol|drug|substance)(?:\\s+(?:and|or|and/or)\\s+(?:alcohol|drug|substance))?\\s+(?:abuse|dependence|addiction|use\\s+disorder)|alcoholism|alcoholics?|drug\\s+addicts?");
        DIAGNOSES.put(
                "allergy_to_study_drug",
                "(?:hypersensitivity|allerg(?:y|ies|ic)|allergic\\s+reactions?)\\s+(?:reactions?\\s+)?to\\s+(?:any\\s+(?:of\\s+)?)?(?:the\\s+)?(?:study|trial|investigational)\\s+(?:drugs?|medications?|products?|treatments?|agents?)(?:\\s+or\\s+(?:its|their)\\s+(?:components|excipients))?"
                        + "|(?:hypersensitivity|allerg(?:y|ies|ic))\\s+(?:reactions?\\s+)?to\\s+(?:any\\s+(?:of\\s+(?:the\\s+)?)?)?(?:components?|excipients?|ingredients?)(?:\\s+(?:or|and|and/or)\\s+(?:components?|excipients?|ingredients?))?\\s+of\\s+(?:the\\s+)?(?:study|trial|investigational)\\s+(?:drugs?|medications?|products?|treatments?|agents?)");
        DIAGNOSES.put("active_infection", "active\\s+infections?");
    }

    /** Metastatic site → how the site is written before "metastases". */
    static final Map<String, String> SITES = new LinkedHashMap<>();

    static {
        SITES.put("brain", "brain|cerebral");
        SITES.put("cns", "cns|central\\s+nervous\\s+system");
        SITES.put("liver", "liver|hepatic");
        SITES.put("bone", "bone|osseous|skeletal");
        SITES.put("lung", "lung|pulmonary");
        SITES.put("peritoneal", "peritoneal");
        SITES.put("distant", "distant|distal");
    }

    /** Prior therapy CLASS → how it is written. */
    static final Map<String, String> THERAPIES = new LinkedHashMap<>();

    static {
        THERAPIES.put(
                "immune_checkpoint_inhibitor",
                "(?:immune\\s+)?checkpoint\\s+inhibitors?(?:\\s+(?:therapy|treatment))?|\\bicis?\\b");
        THERAPIES.put("anti_pd1", "anti-?\\s*pd-?1(?:\\s+(?:antibod(?:y|ies)|therapy|agents?))?");
        THERAPIES.put("anti_pdl1", "anti-?\\s*pd-?l1(?:\\s+(?:antibod(?:y|ies)|therapy|agents?))?");
        THERAPIES.put("anti_ctla4", "anti-?\\s*ctla-?4(?:\\s+(?:antibod(?:y|ies)|therapy|agents?))?");
        THERAPIES.put("chemotherapy", "(?:cytotoxic\\s+)?chemotherap(?:y|ies)|chemo(?:therapeutic\\s+agents?)?\\b");
        THERAPIES.put(
                "radiotherapy",
                "radiotherap(?:y|ies)|radiation\\s+therap(?:y|ies)|radiation\\s+treatment|radiation(?!\\s+pneumonitis)|irradiation|radio-?therapy");
        THERAPIES.put("immunotherapy", "immunotherap(?:y|ies)");
        THERAPIES.put("targeted_therapy", "targeted\\s+(?:therap(?:y|ies)|agents?|drugs?)");
        THERAPIES.put("hormone_therapy", "(?:hormon(?:e|al)|endocrine)\\s+(?:therap(?:y|ies)|treatments?)");
        THERAPIES.put("surgery", "surgery|surgical\\s+(?:procedures?|interventions?|resection)");
        THERAPIES.put(
                "stem_cell_transplant",
                "(?:ha?ematopoietic|hematopoetic)\\s+(?:stem[\\s-]+cell\\s+)?transplant(?:ation|s)?|stem[\\s-]+cell\\s+transplant(?:ation|s)?|\\bhsct\\b|bone\\s+marrow\\s+transplant(?:ation|s)?");
        THERAPIES.put(
                "organ_transplant",
                "(?:solid\\s+)?organ\\s+transplant(?:ation|s)?|(?:liver|kidney|renal|heart|lung)\\s+transplant(?:ation|s)?");
        THERAPIES.put(
                "investigational_agent",
                "investigational\\s+(?:agents?|drugs?|products?|medicinal\\s+products?|therap(?:y|ies)|treatments?|medications?|compounds?)|experimental\\s+(?:drugs?|agents?|therap(?:y|ies)|treatments?|medications?)");
        THERAPIES.put(
                "systemic_therapy",
                "systemic\\s+(?:anti-?cancer\\s+|anti-?neoplastic\\s+|anti-?tumou?r\\s+)?(?:therap(?:y|ies)|treatments?)");
        THERAPIES.put(
                "live_vaccine",
                "live(?:\\s+attenuated|-attenuated|\\s+virus|-virus)?\\s+vaccines?(?:\\s+or\\s+live-attenuated\\s+vaccines?)?|live\\s+vaccination");
        THERAPIES.put(
                "corticosteroids",
                "(?:systemic\\s+)?(?:cortico)?steroids?(?:\\s+therapy)?|glucocorticoids?|corticosteroid\\s+medications?");
        THERAPIES.put(
                "immunosuppressants",
                "immuno-?suppressive\\s+(?:drugs?|agents?|therap(?:y|ies)|medications?|treatments?)|immuno-?suppressants?");
        THERAPIES.put(
                "anticoagulants",
                "anti-?coagula(?:nts?|tion)(?:\\s+therapy)?|anti-?coagulant\\s+(?:therapy|medications?)");
    }

    /** Named drugs (lower-case generic names) read as {@code therapy(drug:NAME)}. */
    static final List<String> DRUGS = List.of(
            "oxaliplatin",
            "cisplatin",
            "carboplatin",
            "fluorouracil",
            "capecitabine",
            "irinotecan",
            "bevacizumab",
            "pembrolizumab",
            "nivolumab",
            "atezolizumab",
            "durvalumab",
            "avelumab",
            "ipilimumab",
            "tremelimumab",
            "trastuzumab",
            "pertuzumab",
            "docetaxel",
            "paclitaxel",
            "gemcitabine",
            "cetuximab",
            "panitumumab",
            "rituximab",
            "methotrexate",
            "cyclophosphamide",
            "doxorubicin",
            "epirubicin",
            "temozolomide",
            "lenalidomide",
            "bortezomib",
            "ibrutinib",
            "venetoclax",
            "osimertinib",
            "erlotinib",
            "gefitinib",
            "imatinib",
            "sorafenib",
            "regorafenib",
            "lenvatinib",
            "olaparib",
            "enzalutamide",
            "abiraterone",
            "tamoxifen",
            "letrozole",
            "anastrozole",
            "warfarin",
            "heparin",
            "aspirin",
            "clopidogrel",
            "metformin",
            "sacubitril",
            "spironolactone",
            "semaglutide",
            "liraglutide",
            "dapagliflozin",
            "empagliflozin");

    static Pattern words(String alternatives) {
        return Pattern.compile("(?i)(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])");
    }
}
