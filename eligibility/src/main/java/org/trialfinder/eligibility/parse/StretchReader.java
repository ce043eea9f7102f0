package org.trialfinder.eligibility.parse;

import java.util.List;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;

/**
 * Reads a stretch of an item's text left to right, in stages: {@link ElementReader} (tokens and the words
 * between as elements), {@link LiverMetastasisLimits}, {@link ExampleLists}, {@link LabTrees}, then
 * {@link ClauseJoiner} (clauses, each by {@link ClauseReader}).
 */
final class StretchReader {

    private StretchReader() {}

    static Reading read(String text, int from, int to, Section section) {
        List<Element> els = ElementReader.read(text, from, to, section);
        if (els.stream().noneMatch(e -> e instanceof Element.Piece || e instanceof Element.Labs)) {
            return Reading.notRead(UnreadReason.NO_RECOGNISED_TERM);
        }
        if (!LiverMetastasisLimits.apply(els, section)) {
            return Reading.notRead(UnreadReason.LIVER_METASTASIS_LIMITS);
        }
        ExampleLists.apply(els);
        LabTrees.apply(els, section);
        return ClauseJoiner.read(els, new Stretch(text, from, to, section));
    }
}
