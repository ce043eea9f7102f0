package org.trialfinder.search.browse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slugs: one per name whatever its case, accents or punctuation; letters of any script kept. */
class BrowseSlugTest {
    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(BrowseSlug.of("Carcinoma, Non-Small-Cell Lung")).isEqualTo("carcinoma-non-small-cell-lung");
        assertThat(BrowseSlug.of("  Breast   Cancer "))
                .isEqualTo(BrowseSlug.of("breast cancer"))
                .isEqualTo("breast-cancer");
        assertThat(BrowseSlug.of("São Paulo")).isEqualTo("sao-paulo");
        assertThat(BrowseSlug.of("Île-de-France")).isEqualTo("ile-de-france");
        assertThat(BrowseSlug.of("Crohn's Disease")).isEqualTo("crohn-s-disease");
        assertThat(BrowseSlug.of("乳腺癌")).isEqualTo("乳腺癌");
        assertThat(BrowseSlug.of(" -- ")).isEmpty();
        assertThat(BrowseSlug.of(null)).isEmpty();
    }

    @Test
    void tellsSlugsFromOtherText() {
        assertThat(BrowseSlug.isSlug("sao-paulo")).isTrue();
        assertThat(BrowseSlug.isSlug("Sao-Paulo")).isFalse();
        assertThat(BrowseSlug.isSlug("a/b")).isFalse();
        assertThat(BrowseSlug.isSlug(BrowseSlug.NO_REGION)).isFalse();
        assertThat(BrowseSlug.isSlug("")).isFalse();
    }
}
