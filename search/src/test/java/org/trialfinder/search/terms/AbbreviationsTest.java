package org.trialfinder.search.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    private static final Abbreviations ABBR = Abbreviations.loadDefault();
    private static final MeshThesaurus MESH = MeshThesaurus.loadDefault();

    @Test
    void tableIsLargeAndEveryMeshIdResolvesToACondition() {
        assertThat(ABBR.abbreviations().size()).isGreaterThanOrEqualTo(150);
        for (Abbreviations.Sense s : ABBR.all()) {
            assertThat(s.expansion()).isNotBlank();
            if (s.meshId() != null) {
                assertThat(MESH.byId(s.meshId())).as(s.toString()).isPresent();
                assertThat(MESH.byId(s.meshId()).orElseThrow().isCondition())
                        .as(s.toString())
                        .isTrue();
            }
        }
        assertThat(ABBR.abbreviations())
                .contains(
                        "NSCLC",
                        "SCLC",
                        "CRC",
                        "HCC",
                        "RCC",
                        "AML",
                        "ALL",
                        "CLL",
                        "CML",
                        "MDS",
                        "DLBCL",
                        "HNSCC",
                        "GBM",
                        "TNBC",
                        "mCRPC",
                        "T2DM",
                        "T1DM",
                        "DM",
                        "MI",
                        "AMI",
                        "CHF",
                        "HF",
                        "HFrEF",
                        "HFpEF",
                        "AF",
                        "AFib",
                        "CAD",
                        "CKD",
                        "ESRD",
                        "HTN",
                        "PAD",
                        "VTE",
                        "DVT",
                        "PE",
                        "NASH",
                        "MASH",
                        "NAFLD",
                        "MS",
                        "ALS",
                        "PD",
                        "AD",
                        "TBI",
                        "SMA",
                        "HIV",
                        "HBV",
                        "HCV",
                        "TB",
                        "RSV",
                        "COVID-19",
                        "SARS-CoV-2",
                        "COPD",
                        "IBD",
                        "UC",
                        "RA",
                        "SLE",
                        "OSA",
                        "ADHD",
                        "PTSD",
                        "ED",
                        "BPH",
                        "OAB",
                        "GERD");
    }

    @Test
    void expandsCommonAbbreviations() {
        assertThat(ABBR.expand("NSCLC")).containsExactly("non-small cell lung cancer");
        assertThat(ABBR.primary("NSCLC").flatMap(Abbreviations.Sense::mesh)).contains("D002289");
        assertThat(ABBR.primary("MI").flatMap(Abbreviations.Sense::mesh)).contains("D009203");
        assertThat(ABBR.expand("(NSCLC),")).containsExactly("non-small cell lung cancer");
        assertThat(ABBR.expand("COVID-19")).containsExactly("COVID-19");
    }

    @Test
    void caseRules() {
        // short ones exactly as written
        assertThat(ABBR.expand("MS")).startsWith("multiple sclerosis");
        assertThat(ABBR.expand("ms")).isEmpty();
        assertThat(ABBR.expand("Ms")).isEmpty();
        assertThat(ABBR.expand("all")).isEmpty();
        assertThat(ABBR.expand("ALL")).containsExactly("acute lymphoblastic leukemia");
        // long ones and ones with digits in any case
        assertThat(ABBR.expand("nsclc")).containsExactly("non-small cell lung cancer");
        assertThat(ABBR.expand("afib")).containsExactly("atrial fibrillation");
        assertThat(ABBR.expand("HFREF")).containsExactly("heart failure with reduced ejection fraction");
        assertThat(ABBR.expand("t2d")).containsExactly("type 2 diabetes");
        // flags
        assertThat(ABBR.expand("hiv")).containsExactly("HIV infection");
        assertThat(ABBR.expand("pots")).isEmpty();
        assertThat(ABBR.expand("POTS")).containsExactly("postural orthostatic tachycardia syndrome");
    }

    @Test
    void ambiguousAbbreviationsListEverySense() {
        assertThat(ABBR.expand("ED")).containsExactly("erectile dysfunction", "emergency department");
        assertThat(ABBR.isAmbiguous("ED")).isTrue();
        assertThat(ABBR.senses("ED").get(1).mesh()).isEmpty();
        assertThat(ABBR.expand("PE"))
                .containsExactly("pulmonary embolism", "pre-eclampsia", "premature ejaculation", "pleural effusion");
        assertThat(ABBR.expand("AD")).containsExactly("Alzheimer's disease", "atopic dermatitis");
        assertThat(ABBR.isAmbiguous("NSCLC")).isFalse();
    }

    @Test
    void unknownTokens() {
        assertThat(ABBR.expand("XYZQ")).isEmpty();
        assertThat(ABBR.expand("")).isEmpty();
        assertThat(ABBR.expand(null)).isEmpty();
        assertThat(ABBR.primary("XYZQ")).isEmpty();
        assertThat(ABBR.isAmbiguous("XYZQ")).isFalse();
    }

    @Test
    void reverseLookupByMeshId() {
        assertThat(ABBR.forMeshId("D000009203"))
                .extracting(Abbreviations.Sense::abbreviation)
                .contains("MI", "AMI");
    }

    @Test
    void parseRejectsBadLines() {
        assertThatThrownBy(() -> Abbreviations.parse(new StringReader("NSCLC\n")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Abbreviations.parse(new StringReader("A\tb\t\tzz\n")))
                .isInstanceOf(IOException.class);
    }
}
