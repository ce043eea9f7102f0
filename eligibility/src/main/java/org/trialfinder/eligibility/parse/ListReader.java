package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.MetastasisCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PerformanceCheck;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.Respan;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * Reads an item that holds a list ("Adequate organ function: ANC ≥ 1.5×10⁹/L; platelets ≥ 100×10⁹/L; …",
 * "Any of the following: (1) … (2) …") part by part, when the item as a whole could not be read: each part
 * is read on its own (and split again when it holds a list of its own), keeps its own span, and the parts
 * join as the lead-in says ("any of" → or, "all of" → and, "none of" → not(or)), else as the section's bare
 * list (all of them for an inclusion, any of them for an exclusion). An unread part stays a
 * {@code not_computable} part of the tree, so under three-valued logic it never decides alone: an inclusion
 * still fails on a required part read and not met, an exclusion's "any of" is still met by a part read and
 * met.
 *
 * <p>Never stronger than the text: the list is left unread when a part may change another (a part that
 * continues the one before, "; or …", "; ≤ 5 × ULN if liver metastases", is read with it; two parts about
 * the same lab, "AST ≤ 2.5 × ULN; AST ≤ 5 × ULN with liver metastases", or an unread part that relaxes or
 * refers to the others, "the above may be waived", leave the list unread), when the lead-in narrows what
 * the parts say, or when it names a time ("within 14 days before enrollment") over parts that are not lab
 * values.
 */
public final class ListReader {

    /** How deep lists nest inside parts ("1. Hematological: ANC …; platelets …; 2. Hepatic: …"). */
    static final int MAX_DEPTH = 3;

    private ListReader() {}

    // A part that does not stand on its own: it continues the part before ("; or CrCl ≥ 60", "; ≤ 5 × ULN if …").
    private static final Pattern CONTINUES = Pattern.compile("(?i)^(?:"
            + "or\\b|and\\s*/\\s*or\\b|nor\\b|if\\b|unless\\b|except\\b|excluding\\b|but\\b|however\\b|provided\\b"
            + "|including\\b|such\\s+as\\b|e\\.\\s?g\\.|i\\.\\s?e\\.|which\\b|who\\b|that\\b|than\\b|respectively\\b"
            + "|when\\b|where\\b|whichever\\b|in\\s+(?:case|the\\s+(?:case|presence|absence)|patients|subjects|participants"
            + "|those|people|men|women|males|females)\\b|for\\s+(?:patients|subjects|participants|those|men|women|males"
            + "|females)\\b|with(?:out)?\\b|otherwise\\b|then\\b|[<>≤≥=≦≧＜＞]|\\d|\\()");
    private static final Pattern AND_START = Pattern.compile("(?i)^and\\b\\s*");
    // An unread part that may relax or refer to the other parts.
    private static final Pattern REFERS_TO_OTHERS = Pattern.compile("(?i)\\b(?:"
            + "above|aforementioned|preceding|these\\s+(?:criteria|values|parameters|requirements|limits|tests)"
            + "|this\\s+criterion|the\\s+(?:criteria|values|limits)\\s+(?:above|listed)|waive[ds]?|waiver|discretion"
            + "|exceptions?|regardless|otherwise|alternatively|instead|may\\s+(?!be\\s+(?:calculated|measured|estimated"
            + "|assessed|determined|used|obtained|performed|derived|repeated|done))|can\\s+be\\s+(?:enrolled|included"
            + "|eligible)|allowed|permitted|acceptable|(?:in)?eligible|excluded|included|enrolled|participate|considered|regarded"
            + "|not\\s+(?:be\\s+)?(?:required|applicable|counted)|(?:does|do|will)\\s+not\\s+(?:apply|count))\\b");

    // "creatinine exceeds 20% of the upper limit of normal": a share of a limit, not a value in per cent.
    private static final Pattern SHARE_OF_A_LIMIT =
            Pattern.compile("(?i)%\\s*(?:of|above|below|over|under|higher|lower|greater|more|less)\\b");
    // An unread part that may go on in the parts after it.
    private static final Pattern OPENS_DEFINITION = Pattern.compile(
            "(?i)\\b(?:defined|definition|as\\s+follows|the\\s+following|includ(?:e|es|ing)|such\\s+as|e\\.\\s?g\\.?"
                    + "|for\\s+example)\\b|:\\s*$");

    /** The item read as a list, or null when it holds none this reads exactly. */
    static Criterion read(String text, Section section) {
        // without a heading, an item's polarity is a guess: a list is only read where the section is known
        return section == Section.UNSPECIFIED ? null : read(text, 0, text.length(), section, 0);
    }

    private static Criterion read(String text, int from, int to, Section section, int depth) {
        if (depth >= MAX_DEPTH) {
            return null;
        }
        ItemList list = ListSplitter.find(text, from, to);
        if (list == null) {
            return null;
        }
        ListLeadIn lead = list.leadIn().known() ? ListLeadIn.of(list.leadIn().of(text)) : ListLeadIn.NONE_GIVEN;
        if (lead == null) {
            return null;
        }
        List<TextSpan> parts = new ArrayList<>(list.parts());
        // "Adequate organ function as evidenced by the following; ANC …; …": the first part is the lead-in
        if (!list.leadIn().known() && parts.size() > 2) {
            String first = parts.get(0).of(text);
            ListLeadIn promoted = ListLeadIn.introduces(first) ? ListLeadIn.of(first) : null;
            if (promoted != null) {
                lead = promoted;
                parts.remove(0);
            }
        }
        parts = joinContinuations(text, parts);
        for (TextSpan part : parts) {
            if (colonAfter(text, part.end(), to)) {
                // "… Female participants:": a part introducing what the list does not hold
                return null;
            }
        }
        List<Criterion> trees = new ArrayList<>();
        for (TextSpan part : parts) {
            trees.add(readPart(text, part, section, depth));
        }
        return combine(lead, section, partTexts(text, parts), trees, new TextSpan(from, to));
    }

    /**
     * Parts joined as a lead-in says, for the sub-items of a parent item as for an inline list: null when the
     * lead-in is not one that only introduces, when a part may change another, or when nothing is read.
     *
     * @param leadIn the parent's words ("Adequate organ function defined as:")
     * @param partTexts each part as written (a sub-item with its own sub-items and notes)
     * @param parts each part's tree
     * @param span the span of the whole
     */
    public static Criterion subItems(
            String leadIn, Section section, List<String> partTexts, List<Criterion> parts, TextSpan span) {
        ListLeadIn lead = ListLeadIn.of(leadIn);
        return lead == null ? null : combine(lead, section, partTexts, parts, span);
    }

    private static Criterion combine(
            ListLeadIn lead, Section section, List<String> texts, List<Criterion> trees, TextSpan span) {
        if (trees.isEmpty() || trees.stream().noneMatch(Criterion::computable)) {
            return null;
        }
        if (lead.examples() && section != Section.EXCLUSION) {
            return null;
        }
        if (lead.window() && !trees.stream().allMatch(t -> !t.computable() || labValues(t))) {
            return null;
        }
        if (!independent(texts, trees) || !polarityKept(section, texts, trees) || trailingWindow(trees)) {
            return null;
        }
        if (trees.size() == 1) {
            return trees.get(0);
        }
        int ors = orBetween(texts);
        if (ors > 0) {
            // "Renal: * Creatinine less than 1.5 times ULN OR * Creatinine clearance greater than 60 mL/min": the
            // parts are alternatives when "or" stands between every two of them, else how they join is unclear
            if (ors < texts.size() - 1 || lead.join() == ListLeadIn.Join.ALL) {
                return null;
            }
            return lead.join() == ListLeadIn.Join.NONE
                    ? new Not(joined(trees, false, span), span)
                    : joined(trees, false, span);
        }
        return switch (lead.join()) {
            case ALL -> joined(trees, true, span);
            case ANY -> joined(trees, false, span);
            case NONE -> new Not(joined(trees, false, span), span);
            case DEFAULT -> joined(trees, section != Section.EXCLUSION, span);
        };
    }

    private static final Pattern OR_AFTER = Pattern.compile("(?i)\\bor\\s*[.,;:]?\\s*$");
    private static final Pattern OR_BEFORE = Pattern.compile("(?i)^\\W*or\\b");

    /** How many of the gaps between parts hold an "or" (closing a part or opening the next). */
    private static int orBetween(List<String> texts) {
        int ors = 0;
        for (int i = 0; i + 1 < texts.size(); i++) {
            if (OR_AFTER.matcher(texts.get(i)).find()
                    || OR_BEFORE.matcher(texts.get(i + 1)).find()) {
                ors++;
            }
        }
        return ors;
    }

    /**
     * and/or of the parts as the notation writes it: nested and/or of the same kind flattened, the unread
     * parts merged into one not_computable (covering their spans), a single part alone.
     */
    private static Criterion joined(List<Criterion> trees, boolean and, TextSpan span) {
        List<Criterion> flat = new ArrayList<>();
        NotComputable unread = null;
        List<Criterion> queue = new ArrayList<>(trees);
        for (int i = 0; i < queue.size(); i++) {
            Criterion t = queue.get(i);
            if (and && t instanceof And a) {
                queue.addAll(i + 1, a.parts());
            } else if (!and && t instanceof Or o) {
                queue.addAll(i + 1, o.parts());
            } else if (t instanceof NotComputable n) {
                unread = unread == null
                        ? n
                        : new NotComputable(
                                unread.text() + " " + n.text(), unread.span().cover(n.span()), unread.reason());
            } else {
                flat.add(t);
            }
        }
        if (unread != null) {
            flat.add(unread);
        }
        return flat.size() == 1 ? flat.get(0) : and ? new And(flat, span) : new Or(flat, span);
    }

    /** A part read as a whole, else as a list of its own, else unread with its own span. */
    private static Criterion readPart(String text, TextSpan part, Section section, int depth) {
        int start = part.start();
        String own = text.substring(start, part.end());
        Criterion whole = AND_START.matcher(own).lookingAt() ? null : CriterionParser.parseWhole(own, section);
        if (whole != null
                && whole.computable()
                && !unreadAlternative(whole)
                && !SHARE_OF_A_LIMIT.matcher(own).find()) {
            return Respan.map(whole, s -> new TextSpan(s.start() + start, s.end() + start));
        }
        Criterion nested = read(text, part.start(), part.end(), section, depth + 1);
        if (nested != null) {
            return nested;
        }
        var and = AND_START.matcher(own);
        if (and.lookingAt()) {
            // "…; and platelets ≥ 100": the last part of the list, its "and" only closes it
            int skip = and.end();
            Criterion rest = CriterionParser.parseWhole(own.substring(skip), section);
            if (rest.computable()) {
                return Respan.map(rest, s -> new TextSpan(s.start() + start + skip, s.end() + start + skip));
            }
            return new NotComputable(own, part, Trees.firstReason(rest, UnreadReason.NO_RECOGNISED_TERM));
        }
        return new NotComputable(own, part, whyUnread(whole));
    }

    /** Why a part read as a whole is left unread in the list. */
    private static UnreadReason whyUnread(Criterion whole) {
        if (!whole.computable()) {
            return Trees.firstReason(whole, UnreadReason.NO_RECOGNISED_TERM);
        }
        return unreadAlternative(whole) ? UnreadReason.UNREAD_ALTERNATIVE : UnreadReason.SHARE_OF_A_LIMIT;
    }

    /**
     * A part read as "x, or something unread" ("QTcF ≥ 450 ms for males or ≥ 470 ms for females", "local
     * radiotherapy or palliative radiotherapy"): acceptable for a whole item, whose other alternatives are then
     * read with it, but inside a list the unread words are as likely a qualifier of x the reading dropped: such
     * a part is left unread.
     */
    private static boolean unreadAlternative(Criterion c) {
        return c instanceof Or o && o.parts().stream().anyMatch(p -> p instanceof NotComputable);
    }

    private static boolean colonAfter(String text, int at, int to) {
        int i = at;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < to && (text.charAt(i) == ':' || text.charAt(i) == '：');
    }

    /** Each part that does not stand on its own joined to the one before it. */
    private static List<TextSpan> joinContinuations(String text, List<TextSpan> parts) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan p : parts) {
            if (!out.isEmpty() && CONTINUES.matcher(p.of(text)).lookingAt()) {
                out.set(out.size() - 1, out.get(out.size() - 1).cover(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> partTexts(String text, List<TextSpan> parts) {
        List<String> out = new ArrayList<>();
        for (TextSpan p : parts) {
            out.add(p.of(text));
        }
        return out;
    }

    /**
     * No part may change another: no lab is named in two parts (the second is then an exception or an
     * alternative to the first), and no part left unread refers to the others or relaxes them, or opens a
     * definition the parts after it may belong to.
     */
    private static boolean independent(List<String> texts, List<Criterion> trees) {
        if (!labsOnce(texts, trees)) {
            return false;
        }
        for (int i = 0; i < texts.size(); i++) {
            if (trees.get(i).partlyNotComputable()
                    && REFERS_TO_OTHERS.matcher(texts.get(i)).find()) {
                return false;
            }
            // "Unstable brain metastases were defined as …; …; …": the parts after an unread definition may
            // belong to it; a part ending with a colon introduces what is not in the list
            if (trees.get(i).partlyNotComputable()
                    && (i + 1 < texts.size()
                                    && OPENS_DEFINITION.matcher(texts.get(i)).find()
                            || texts.get(i).strip().endsWith(":"))) {
                return false;
            }
        }
        return true;
    }

    // A requirement stated inside an exclusion list ("…; females must not be pregnant") or an exclusion inside an
    // inclusion list: the part's polarity is the other section's, and read in this one it would say the opposite.
    private static final Pattern REQUIREMENT =
            Pattern.compile("(?i)\\b(?:must|should|shall|required\\s+to|needs?\\s+to|ha(?:s|ve)\\s+to)\\b");
    private static final Pattern EXCLUDES = Pattern.compile(
            "(?i)\\b(?:excluded|exclusion|ineligible|not\\s+(?:be\\s+)?eligible|not\\s+(?:be\\s+)?enrolled)\\b");

    private static boolean polarityKept(Section section, List<String> texts, List<Criterion> trees) {
        for (int i = 0; i < texts.size(); i++) {
            if (!trees.get(i).computable()) {
                continue;
            }
            Pattern other = section == Section.EXCLUSION ? REQUIREMENT : EXCLUDES;
            if (other.matcher(texts.get(i)).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Any of the following: myocardial infarction; stroke; unstable angina within 6 months": a window closing
     * the last part may apply to every part, so the parts before it that name an event without a window of
     * their own are not read apart from it.
     */
    private static boolean trailingWindow(List<Criterion> trees) {
        if (trees.size() < 2 || !hasWindow(trees.get(trees.size() - 1))) {
            return false;
        }
        for (int i = 0; i < trees.size() - 1; i++) {
            if (eventWithoutWindow(trees.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWindow(Criterion c) {
        return switch (c) {
            case Within w -> true;
            case And a -> a.parts().stream().anyMatch(ListReader::hasWindow);
            case Or o -> o.parts().stream().anyMatch(ListReader::hasWindow);
            case Not n -> hasWindow(n.part());
            case Conditional k -> hasWindow(k.condition()) || hasWindow(k.then());
            default -> false;
        };
    }

    private static boolean eventWithoutWindow(Criterion c) {
        return switch (c) {
            case Within w -> false;
            case DiagnosisCheck d -> true;
            case PriorTherapyCheck t -> true;
            case MetastasisCheck m -> true;
            case And a -> a.parts().stream().anyMatch(ListReader::eventWithoutWindow);
            case Or o -> o.parts().stream().anyMatch(ListReader::eventWithoutWindow);
            case Not n -> eventWithoutWindow(n.part());
            case Conditional k -> eventWithoutWindow(k.condition()) || eventWithoutWindow(k.then());
            default -> false;
        };
    }

    /**
     * Whether no lab is named in two parts: "a. AST ≤ 2.5 × ULN b. AST ≤ 5 × ULN with liver metastases" are
     * an exception to one another, not two requirements.
     */
    public static boolean labsOnce(List<String> texts, List<Criterion> trees) {
        Set<String> labs = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            Set<String> own = new HashSet<>();
            for (Token t : Recognizer.tokens(texts.get(i))) {
                if (t instanceof Token.Labs l) {
                    own.addAll(l.keys());
                }
            }
            collectLabKeys(trees.get(i), own);
            for (String key : own) {
                if (!labs.add(key)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void collectLabKeys(Criterion c, Set<String> keys) {
        switch (c) {
            case LabCheck l -> keys.add(l.key());
            case And a -> a.parts().forEach(p -> collectLabKeys(p, keys));
            case Or o -> o.parts().forEach(p -> collectLabKeys(p, keys));
            case Not n -> collectLabKeys(n.part(), keys);
            case Conditional k -> {
                collectLabKeys(k.condition(), keys);
                collectLabKeys(k.then(), keys);
            }
            default -> {}
        }
    }

    /** Lab values and performance status, whose time of measurement a lead-in may give. */
    private static boolean labValues(Criterion c) {
        return switch (c) {
            case LabCheck l -> true;
            case PerformanceCheck p -> true;
            case NotComputable n -> true;
            case And a -> a.parts().stream().allMatch(ListReader::labValues);
            case Or o -> o.parts().stream().allMatch(ListReader::labValues);
            case Conditional k -> labValues(k.then());
            default -> false;
        };
    }
}
