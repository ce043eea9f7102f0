package org.trialfinder.eligibility.drugs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.model.text.TextSpan;

/**
 * Drug classes named in criteria text ("any EGFR tyrosine kinase inhibitor", "HDAC inhibitors", "drugs
 * targeting MET", "anti-PD-1/PD-L1", "GLP-1 receptor agonists") read as {@code therapy(class:ID)}, by the
 * synonyms of {@link DrugClassTables} (the classes whose synonyms include the ways criteria write them:
 * the curated classes and the MeSH classes the curated layer gave such synonyms; see notation-12 §2).
 *
 * <p>A class the notation already names is read as that class ("PD-1 inhibitors" → {@code
 * therapy(anti_pd1)}, "anti-PD-1/PD-L1" → {@code or(therapy(anti_pd1), therapy(anti_pdl1))}). Those
 * phrases are offered in a second pass ({@link #NOTATION_CLASSES}), after the parser's own vocabulary,
 * so what it read before stays read the same way.
 */
public final class ClassPhrases {

    /**
     * One class phrase found in a text; {@code dose}: the not-computable dose written after it ("> 10 mg/day
     * prednisone equivalent") or strength written before it ("strong CYP3A4 inhibitors"), its own part of the
     * item (notation-12 §2), or null.
     */
    public record Hit(int start, int end, Criterion criterion, NotComputable dose) {}

    /** The notation's classes that a table class stands for. */
    private static final Map<String, String> NOTATION_ATOM = Map.of(
            "CUR:ANTI_PD1", "anti_pd1",
            "CUR:ANTI_PDL1", "anti_pdl1",
            "CUR:ANTI_CTLA4", "anti_ctla4",
            "CUR:SYSTEMIC_CORTICOSTEROID", "corticosteroids",
            "MESH:D005938", "corticosteroids",
            "MESH:D007166", "immunosuppressants",
            "MESH:D000925", "anticoagulants",
            "CUR:LIVE_VACCINE", "live_vaccine");

    private static final String PD1_OR_PDL1 = "CUR:ANTI_PD1_PDL1";

    /**
     * Synonyms never read alone: they name a drug the parser reads as {@code drug:NAME} ("heparin",
     * "metformin"), or also something else than a treatment ("platinum-sensitive", "insulin resistance",
     * "stimulant laxative", "antithrombin III deficiency", "anti-Xa level", "androgen deprivation therapy",
     * "androgen effect").
     */
    private static final Set<String> NOT_READ = Set.of(
            "platinum",
            "insulin",
            "metformin",
            "heparin",
            "stimulant",
            "antithrombin",
            "anti-xa",
            "androgen",
            "androgen effect",
            "androgen effects");

    /** What follows a class name when the text speaks of a disease state or a test, not of a treatment. */
    private static final Pattern NOT_A_TREATMENT_AFTER = Pattern.compile(
            "(?i)^[\\s-]*(?:intoleran|resistan|sensitiv|refractor|na[iï]ve|status|expression|levels?\\b|free\\b|responsive"
                    + "|dependent|allerg|hypersensitiv|mutat|amplif|positive|negative|deficien)");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Classes the notation lacks, and "anti-PD-1/PD-L1": read before the parser's own vocabulary. */
    public static final ClassPhrases NEW_CLASSES = new ClassPhrases(false);

    /** Further spellings of the notation's own classes ("PD-1 inhibitors"): read after it. */
    public static final ClassPhrases NOTATION_CLASSES = new ClassPhrases(true);

    /** {@code withDoseOnly}: a notation class's name, read in the first pass only with a dose after it. */
    private record Synonym(String classId, String written, Pattern pattern, boolean withDoseOnly) {}

    /** The synonyms by their first word (lower case), longest first. */
    private final Map<String, List<Synonym>> byFirstWord = new HashMap<>();

    /** The CYP3A phrases ({@link CypPhrases}) are read with the classes the notation lacks. */
    private final boolean readsCyp;

    private ClassPhrases(boolean notationClasses) {
        this.readsCyp = !notationClasses;
        for (DrugClassTables.DrugClass c : DrugClassTables.classes()) {
            boolean notationClass = NOTATION_ATOM.containsKey(c.id());
            // the first pass takes a notation class with its dose ("systemic corticosteroids > 10 mg/day"),
            // before the parser's vocabulary reads the class alone and leaves the dose unread
            if (!c.read() || notationClasses && !notationClass) {
                continue;
            }
            boolean withDoseOnly = !notationClasses && notationClass;
            for (String s : c.synonyms()) {
                String lower = s.toLowerCase(Locale.ROOT).strip();
                if (lower.length() < 3 || lower.contains(", ") || NOT_READ.contains(lower)) {
                    continue;
                }
                Synonym synonym = new Synonym(c.id(), s, Pattern.compile("(?i)" + regex(lower)), withDoseOnly);
                byFirstWord
                        .computeIfAbsent(firstWord(lower), k -> new ArrayList<>())
                        .add(synonym);
                if (lower.matches("anti\\p{L}.*")) {
                    // written "anti-depressants" its first word is "anti"
                    byFirstWord.computeIfAbsent("anti", k -> new ArrayList<>()).add(synonym);
                }
            }
        }
        // the longest spelling first, so "EGFR tyrosine kinase inhibitor" wins over "EGFR inhibitor"
        byFirstWord
                .values()
                .forEach(l -> l.sort(
                        Comparator.comparingInt((Synonym s) -> -s.written().length())));
    }

    /** The class phrases of a text, left to right, not overlapping. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        List<Hit> cyp = readsCyp ? CypPhrases.find(text) : List.of();
        Matcher word = WORD.matcher(text);
        int from = 0;
        while (from < text.length() && word.find(from)) {
            int start = word.start();
            from = word.end();
            Hit enzyme = cypAt(cyp, start);
            if (enzyme != null) {
                int head = enzyme.dose() == null
                        ? enzyme.start()
                        : enzyme.dose().span().start();
                // "hypersensitivity to strong CYP3A4 inhibitors": named, but not as something the patient had
                hits.add(
                        aboutPriorUse(text, head)
                                ? enzyme
                                : new Hit(
                                        head,
                                        enzyme.end(),
                                        new NotComputable(
                                                text.substring(head, enzyme.end()), new TextSpan(head, enzyme.end())),
                                        null));
                from = enzyme.end();
                continue;
            }
            List<Synonym> candidates = byFirstWord.get(word.group().toLowerCase(Locale.ROOT));
            if (candidates == null
                    || AFTER_ANTI
                            .matcher(text)
                            .useTransparentBounds(true)
                            .region(Math.max(0, start - 6), start)
                            .find()) {
                // "anti-androgens" is not "androgens"
                continue;
            }
            for (Synonym s : candidates) {
                Matcher m = s.pattern().matcher(text).region(start, text.length());
                if (!m.lookingAt()) {
                    continue;
                }
                Matcher after = AFTER.matcher(text).region(m.end(), text.length());
                int end = after.lookingAt() ? after.end() : m.end();
                if (NOT_A_TREATMENT_AFTER
                        .matcher(text)
                        .region(end, text.length())
                        .lookingAt()) {
                    continue;
                }
                int doseEnd = DoseQualifier.doseEnd(text, end);
                if (s.withDoseOnly() && doseEnd < 0) {
                    continue;
                }
                int head = headStart(
                        text, start, hits.isEmpty() ? 0 : hits.getLast().end());
                if (!aboutPriorUse(text, head)) {
                    // "hypersensitivity to ARBs", "to be treated with PD-1 inhibitors": the class is named,
                    // but not as something the patient had; left unread
                    hits.add(new Hit(
                            head, end, new NotComputable(text.substring(head, end), new TextSpan(head, end)), null));
                    from = end;
                    break;
                }
                NotComputable dose = doseEnd < 0
                        ? null
                        : new NotComputable(text.substring(end, doseEnd).strip(), new TextSpan(end, doseEnd));
                hits.add(new Hit(head, end, criterion(s.classId(), new TextSpan(head, end)), dose));
                from = doseEnd < 0 ? end : doseEnd;
                break;
            }
        }
        return hits;
    }

    /** A CYP3A phrase that starts at or covers this word. */
    private static Hit cypAt(List<Hit> cyp, int wordStart) {
        for (Hit h : cyp) {
            if (h.start() <= wordStart && wordStart < h.end()) {
                return h;
            }
        }
        return null;
    }

    /** A word right after "anti-" or "anti ": the class named is what the drug acts against. */
    private static final Pattern AFTER_ANTI = Pattern.compile("(?i)(?<![\\p{L}\\d])anti[\\s\\-‐–]?$");

    /** Before a class name: an allergy to it, or a treatment still to come. */
    private static final Pattern NOT_PRIOR_USE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:hypersensitiv\\w*|allerg\\w*|intoleran\\w*|contra-?indicat\\w*|anaphyla\\w*)\\b[^.;]{0,80}"
                    + "|\\b(?:to|will|would|shall|planned\\s+to|scheduled\\s+to|going\\s+to)\\s+be\\s+(?:treated|given|started|initiated)"
                    + "\\s+(?:with|on)\\s+(?:an?\\s+|the\\s+)?"
                    + "|\\b(?:will|to)\\s+(?:receive|start|initiate|begin)\\s+(?:an?\\s+|the\\s+)?(?:treatment\\s+with\\s+)?)$");

    /** Whether what stands before the class name (in its sentence) lets it be a therapy the patient had. */
    private static boolean aboutPriorUse(String text, int start) {
        return !NOT_PRIOR_USE_BEFORE
                .matcher(text)
                .region(Math.max(0, start - 120), start)
                .find();
    }

    /** Words after a class name that are part of it: "EGFR-TKI therapy", "PD-1 inhibitor treatment started". */
    private static final Pattern AFTER =
            Pattern.compile("(?i)(?:[\\s-]+(?:based|containing))?(?:\\s+(?:monoclonal\\s+)?antibod(?:y|ies))?"
                    + "(?:\\s+(?:chemo)?(?:therap(?:y|ies)|treatments?|agents?|drugs?|medications?"
                    + "|regimens?|exposure|use|monotherapy))?(?:\\s+(?:started|initiated|begun))?(?![\\p{L}\\p{N}])");

    /** Words before a class name that are part of it: "therapy with any kind of EGFR TKI". */
    private static final Pattern HEAD =
            Pattern.compile("(?i)(?:(?:therap(?:y|ies)|treatments?)\\s+(?:with|by)\\s+(?:(?:an?|any|the)\\s+)?)?"
                    + "(?:(?:kinds?|types?|forms?)\\s+of\\s+(?:(?:an?|any|the)\\s+)?)?$");

    /** Where the phrase starts once the words before it that belong to it are taken in. */
    private static int headStart(String text, int start, int notBefore) {
        int from = Math.max(notBefore, start - 60);
        Matcher m = HEAD.matcher(text).region(from, start);
        // the shortest-from-the-left match that ends at start and begins at a word start
        for (int i = from; i < start; i++) {
            if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && m.region(i, start).matches()
                    && m.end() > m.start()) {
                return i;
            }
        }
        return start;
    }

    /** The notation's reading of a class: its own atom where it has one, else {@code therapy(class:ID)}. */
    static Criterion criterion(String classId, TextSpan span) {
        if (classId.equals(PD1_OR_PDL1)) {
            return new Or(
                    List.of(new PriorTherapyCheck("anti_pd1", span), new PriorTherapyCheck("anti_pdl1", span)), span);
        }
        String atom = NOTATION_ATOM.get(classId);
        if (atom != null) {
            return new PriorTherapyCheck(atom, span);
        }
        return new PriorTherapyCheck(
                DrugClassTables.drugClass(classId).orElseThrow().notationId(), span);
    }

    private static String firstWord(String synonym) {
        Matcher m = WORD.matcher(synonym);
        return m.find() ? m.group() : synonym;
    }

    /** Spaces and hyphens interchangeable or absent ("EGFR-TKI", "EGFR TKI"), "/" with spaces, plurals. */
    private static String regex(String synonym) {
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("[\\s\\-‐–]+|/|[^\\s\\-‐–/]+").matcher(synonym);
        while (m.find()) {
            String part = m.group();
            if (part.isBlank() || part.matches("[\\-‐–\\s]+")) {
                b.append("[\\s\\-‐–]*");
            } else if (part.equals("/")) {
                b.append("\\s*/\\s*");
            } else if (part.equals("antibody")) {
                b.append("antibod(?:y|ies)");
            } else {
                b.append(Pattern.quote(part));
            }
        }
        String tail = synonym.matches(".*\\p{L}$") ? "(?:s|es)?" : "";
        if (synonym.matches("anti\\p{L}.*")) {
            // "antidepressants", "anti-depressants"
            b.insert("\\Qanti".length(), "\\E[\\s\\-]?\\Q");
        }
        return b + tail + "(?![\\p{L}\\p{N}])";
    }
}
