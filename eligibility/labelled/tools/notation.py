"""Syntax check of the criterion notation (README.md, "The criterion notation").

Only checks that a hand-written expression is well formed and uses the listed keys, terms, sites, classes,
units and time units; it never produces an expression.
"""
import os
import re

from common import REPO

TIME_UNITS = {"a", "mo", "wk", "d", "h"}
CMPS = ("<=", ">=", "<", ">", "=")
LAB_KEYS = set("""ANC PLATELETS HEMOGLOBIN WBC LYMPHOCYTES BILIRUBIN DIRECT_BILIRUBIN AST ALT ALP ALBUMIN CREATININE
CREATININE_CLEARANCE EGFR INR PT APTT HBA1C GLUCOSE POTASSIUM SODIUM CALCIUM MAGNESIUM LVEF QTC HBV_DNA HCV_RNA HIV_RNA
CD4 TSH LIPASE AMYLASE TRIGLYCERIDES LDL PSA TESTOSTERONE URINE_PROTEIN
GGT LDH BUN CRP FREE_T4 SPO2""".split())
UNITS = {"10*9/L", "10*3/uL", "/uL", "/mm3", "10*4/uL", "g/dL", "g/L", "mg/dL", "umol/L", "mmol/L", "mg/L", "U/L", "%",
         "mL/min", "mL/min/{1.73_m2}", "ms", "s", "[iU]/mL", "{copies}/mL", "10*6/L", "1", "ULN", "LLN",
         "ng/mL", "ng/dL", "nmol/L", "mmol/mol", "10*12/L", "mg/g", "g/(24.h)", "mg/(24.h)", "[iU]/L", "mU/L", "u[iU]/mL",
         "pmol/L", "/mL", "m[iU]/L", "g/d"}
TERMS = set("""hiv hepatitis_b hepatitis_c active_infection tuberculosis autoimmune_disease ibd interstitial_lung_disease
pneumonitis myocardial_infarction unstable_angina heart_failure stroke thrombosis arrhythmia uncontrolled_hypertension
second_malignancy diabetes type1_diabetes type2_diabetes organ_transplant bleeding_disorder seizure dementia
psychiatric_disorder substance_abuse allergy_to_study_drug""".split())
SITES = {"brain", "liver", "bone", "lung", "distant", "cns", "peritoneal", "any"}
CLASSES = set("""chemotherapy radiotherapy immunotherapy immune_checkpoint_inhibitor anti_pd1 anti_pdl1 anti_ctla4
targeted_therapy hormone_therapy surgery stem_cell_transplant organ_transplant investigational_agent systemic_therapy
live_vaccine corticosteroids immunosuppressants anticoagulants""".split())
# Test results (notation-12.md section 1): test(KEY) = positive | negative.
TEST_KEYS = {"HIV", "HBSAG", "ANTI_HBC", "HBV_DNA", "HCV_AB", "HCV_RNA", "TB", "PREGNANCY", "ANTI_HBS", "SYPHILIS",
             "SARS_COV_2"}
# Drug classes (notation-12.md section 2): therapy(class:ID) with ID a class id of the shared drug-class table
# without its prefix (CUR:EGFR_TKI -> EGFR_TKI, MESH:D056572 -> D056572). The table lives beside the repository;
# where it is absent (a clone without ../shared) any upper-case id is accepted.
CLASSES_TSV = os.path.join(REPO, "..", "shared", "data", "drugs", "classes.tsv")
FLAGS = {"pregnant", "lactating", "childbearing_potential", "contraception", "not_computable"}
SCALES = {"ecog", "who", "karnofsky", "lansky", "nyha"}
NUMBER = r"\d+(?:\.\d+)?"


class NotationError(Exception):
    pass


def _load_class_ids():
    if not os.path.exists(CLASSES_TSV):
        return None
    ids = set()
    with open(CLASSES_TSV, encoding="utf-8") as f:
        next(f, None)
        for line in f:
            class_id = line.split("\t", 1)[0].strip()
            if class_id:
                ids.add(class_id.split(":", 1)[-1])
    return ids


DRUG_CLASS_IDS = _load_class_ids()


class _Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def fail(self, what):
        raise NotationError(f"{what} at position {self.pos}: ...{self.text[self.pos:self.pos + 30]!r}")

    def match(self, pattern):
        self.ws()
        m = re.compile(pattern).match(self.text, self.pos)
        if not m:
            return None
        self.pos = m.end()
        return m

    def expect(self, pattern, what):
        m = self.match(pattern)
        if not m:
            self.fail(f"expected {what}")
        return m

    def cmp(self):
        return self.expect(r"<=|>=|<|>|=", "a comparator").group(0)

    def dur(self):
        self.expect(NUMBER, "a number")
        unit = self.expect(r"[a-z]+", "a time unit").group(0)
        if unit not in TIME_UNITS:
            self.fail(f"unknown time unit {unit!r}")

    def expr(self):
        m = self.match(r"(and|or)\(")
        if m:
            count = 0
            while True:
                self.expr()
                count += 1
                if self.match(r","):
                    continue
                self.expect(r"\)", "')'")
                break
            if count < 2:
                self.fail(f"{m.group(1)} needs two or more arguments")
            return
        if self.match(r"not\("):
            self.expr()
            self.expect(r"\)", "')'")
            return
        if self.match(r"if\("):
            self.expr()
            self.expect(r",", "','")
            self.expr()
            self.expect(r"\)", "')'")
            return
        if self.match(r"within\("):
            self.dur()
            self.expect(r",", "','")
            self.expr()
            self.expect(r"\)", "')'")
            return
        self.atom()

    def atom(self):
        if self.match(r"age\b"):
            self.cmp()
            self.dur()
            return
        if self.match(r"sex\b"):
            self.expect(r"=", "'='")
            self.expect(r"female\b|male\b", "female or male")
            return
        m = self.match(r"(ecog|who|karnofsky|lansky|nyha)\b")
        if m:
            if self.match(r"in\b"):
                self.expect(r"\{\s*\d+(\s*,\s*\d+)*\s*\}", "a list {0,1}")
                return
            self.cmp()
            self.expect(r"\d+\b", "an integer")
            return
        m = self.match(r"lab\(([A-Z0-9_]+)\)")
        if m:
            if m.group(1) not in LAB_KEYS:
                self.fail(f"unknown lab key {m.group(1)!r}")
            self.cmp()
            self.expect(NUMBER, "a number")
            # a unit may hold a bracketed part ("g/(24.h)"), so it ends at whitespace, ',' or an unmatched ')'
            unit = self.expect(r"(?:\([^()\s]*\)|[^\s,()])+", "a unit").group(0)
            if unit not in UNITS:
                self.fail(f"unknown unit {unit!r}")
            return
        m = self.match(r"diagnosis\(")
        if m:
            cond = self.match(r"COND:[^()]+(\([^()]*\)[^()]*)*(?=\))")
            # a diagnosis named by MeSH descriptors: MESH:D029424, MESH:D012893 other_than MESH:D007319,
            # any other_than MESH:D001249|MESH:D006973
            mesh = cond or self.match(r"(?:MESH:D\d{6,9}|any)(?: other_than MESH:D\d{6,9}(?:\|MESH:D\d{6,9})*)?(?=\))")
            if mesh and mesh.group(0) == "any":
                self.fail("'any' needs 'other_than MESH:D…'")
            if not cond and not mesh:
                term = self.expect(r"[a-z0-9_]+", "a diagnosis term").group(0)
                if term not in TERMS:
                    self.fail(f"unknown diagnosis term {term!r}")
            self.expect(r"\)", "')'")
            return
        m = self.match(r"metastasis\(([a-z]+)\)")
        if m:
            if m.group(1) not in SITES:
                self.fail(f"unknown site {m.group(1)!r}")
            return
        m = self.match(r"(therapy|lines)\((drug:[a-z0-9][a-z0-9 \-]*|class:[A-Z0-9_]+|[a-z_0-9]+)\)")
        if m:
            if m.group(2).startswith("class:"):
                if DRUG_CLASS_IDS is not None and m.group(2)[len("class:"):] not in DRUG_CLASS_IDS:
                    self.fail(f"unknown drug class id {m.group(2)!r} (not in {os.path.normpath(CLASSES_TSV)})")
            elif not m.group(2).startswith("drug:") and m.group(2) not in CLASSES:
                self.fail(f"unknown therapy class {m.group(2)!r}")
            if m.group(1) == "lines":
                self.cmp()
                self.expect(r"\d+\b", "an integer")
            return
        m = self.match(r"test\(([A-Z0-9_]+)\)")
        if m:
            if m.group(1) not in TEST_KEYS:
                self.fail(f"unknown test key {m.group(1)!r}")
            self.expect(r"=", "'='")
            self.expect(r"(positive|negative)\b", "positive or negative")
            return
        if self.match(r"life_expectancy\b"):
            self.cmp()
            self.dur()
            return
        if self.match(r"bmi\b"):
            self.cmp()
            self.expect(NUMBER, "a number")
            return
        m = self.match(r"[a-z_]+\b")
        if m and m.group(0) in FLAGS:
            return
        self.fail("expected an expression")


def check(expression):
    """Raises NotationError when the expression is not well formed."""
    p = _Parser(expression)
    p.expr()
    p.ws()
    if p.pos != len(expression):
        p.fail("unexpected text")


def is_computable(expression):
    """An item counts as computable when its expression has at least one atom other than not_computable."""
    stripped = re.sub(r"not_computable", "", expression)
    return re.search(r"[a-z]", re.sub(r"\b(and|or|not|if|within)\(", "", stripped)) is not None
