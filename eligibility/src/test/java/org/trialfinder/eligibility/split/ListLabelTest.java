package org.trialfinder.eligibility.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which unmarked items head the list after them, on split text as the records write it. */
class ListLabelTest {
    private static List<CriterionItem> items(String text) {
        return CriteriaSplitter.split(text).items();
    }

    @Test
    void aPdqSubHeadingWithoutAColonHeadsTheBulletsBelowIt() {
        // NCT00057759 (repository sample), PRIOR CONCURRENT THERAPY
        List<CriterionItem> items = items(
                "PRIOR CONCURRENT THERAPY:\n\nBiologic therapy\n\n* Not specified\n\nChemotherapy\n\n* Not specified\n\n"
                        + "Surgery\n\n* No prior penile implant\n* No prior bilateral orchiectomy");
        assertThat(items).extracting(CriterionItem::text).contains("Chemotherapy", "Surgery", "Biologic therapy");
        for (int i = 0; i < items.size(); i++) {
            CriterionItem item = items.get(i);
            CriterionItem next = i + 1 < items.size() ? items.get(i + 1) : null;
            boolean label =
                    List.of("Biologic therapy", "Chemotherapy", "Surgery").contains(item.text());
            assertThat(ListLabel.heads(item, next)).as(item.text()).isEqualTo(label);
        }
    }

    @Test
    void aSentenceANumberAColonOrAListItemIsNoLabel() {
        assertNoLabel("Platelets 100 or more\n\n* Not specified");
        assertNoLabel("Patients must have measurable disease.\n\n* RECIST 1.1");
        assertNoLabel("No prior chemotherapy within four weeks of enrolment\n\n* Not specified");
        assertNoLabel("* Chemotherapy\n* Not specified");
        // the last item heads nothing, and a paragraph followed by a paragraph is no label
        assertNoLabel("Chemotherapy");
        assertNoLabel("Chemotherapy\n\nRadiotherapy");
    }

    private static void assertNoLabel(String text) {
        List<CriterionItem> items = items(text);
        CriterionItem first = items.get(0);
        assertThat(ListLabel.heads(first, items.size() > 1 ? items.get(1) : null))
                .as(text)
                .isFalse();
    }
}
