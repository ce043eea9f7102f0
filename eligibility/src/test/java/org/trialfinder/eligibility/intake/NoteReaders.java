package org.trialfinder.eligibility.intake;

import java.time.Clock;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.MeshThesaurus;

/** The note reader as the product builds it: the shipped MeSH thesaurus and abbreviations, dating by today. */
public final class NoteReaders {
    private NoteReaders() {}

    public static NoteReader shipped() {
        return new NoteReader(
                new NoteExtractor(MeshThesaurus.loadDefault(), Abbreviations.loadDefault(), Clock.systemDefaultZone()));
    }
}
