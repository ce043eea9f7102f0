package org.trialfinder.eligibility.intake;

/** Reads a free-text patient note into a profile and condition phrases (the note extractor, with rules). */
@FunctionalInterface
public interface NoteReader {
    NoteReading read(String note);
}
