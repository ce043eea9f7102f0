package org.trialfinder.eligibility.intake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fallback search words of a note in which no condition was recognised: the content words of its
 * first sentence (where a note names what the patient has or comes for: "anxiety.", "A 30-year-old
 * woman with trouble sleeping and constant worry."), or of the whole note when the first sentence
 * has none; at most {@link #MAX_WORDS}, in note order.
 *
 * <p>Each word is searched on its own and the words are ORed, so a trial matching any of them gets a
 * relevance (a lossy search: better some order than none). Dropped: English function words, words a
 * note uses about any patient (age, sex, "presents", "history"), numbers and words shorter than three
 * letters. These words are search terms only, never conditions of the patient's profile.
 */
public final class NoteWords {
    public static final int MAX_WORDS = 8;
    /**
     * The most note words that rank the trials found: a note opens with what the patient has and comes for,
     * and the cap bounds the cost of the search that scores them (each word may expand to MeSH synonyms).
     */
    public static final int MAX_RELEVANCE_WORDS = 64;
    /**
     * A longer "word" is no word of a note (the longest medical words have about 45 letters) and is not searched:
     * 64 of them stay well within the search expression's 10,000 characters.
     */
    static final int MAX_WORD_LETTERS = 50;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n](?=\\s|$)");
    // a word starts after no letter, digit, hyphen or apostrophe: "30-year-old" yields no "year-old"
    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}'-])(?:\\p{L}[\\p{L}\\p{N}'-]*\\p{L}|\\p{L})");
    private static final Set<String> STOP = Set.of(
            // function words
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "nor",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "from",
            "by",
            "with",
            "without",
            "into",
            "onto",
            "over",
            "under",
            "about",
            "after",
            "before",
            "since",
            "during",
            "than",
            "then",
            "that",
            "this",
            "these",
            "those",
            "there",
            "here",
            "which",
            "who",
            "whom",
            "whose",
            "what",
            "when",
            "where",
            "why",
            "how",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "having",
            "does",
            "did",
            "doing",
            "done",
            "will",
            "would",
            "can",
            "could",
            "may",
            "might",
            "shall",
            "should",
            "must",
            "not",
            "yes",
            "also",
            "very",
            "some",
            "any",
            "all",
            "each",
            "other",
            "such",
            "more",
            "most",
            "less",
            "few",
            "her",
            "his",
            "him",
            "she",
            "he",
            "they",
            "them",
            "their",
            "its",
            "it",
            "our",
            "we",
            "you",
            "your",
            "my",
            "me",
            "i",
            "per",
            "via",
            "due",
            "because",
            // words a note uses about any patient
            "patient",
            "patients",
            "pt",
            "year",
            "years",
            "yr",
            "yrs",
            "old",
            "month",
            "months",
            "week",
            "weeks",
            "day",
            "days",
            "age",
            "aged",
            "man",
            "men",
            "woman",
            "women",
            "male",
            "female",
            "boy",
            "girl",
            "gentleman",
            "lady",
            "child",
            "infant",
            "mr",
            "mrs",
            "ms",
            "presents",
            "presented",
            "presenting",
            "comes",
            "came",
            "come",
            "seen",
            "visit",
            "clinic",
            "today",
            "reports",
            "reported",
            "complains",
            "complaining",
            "history",
            "past",
            "medical",
            "known",
            "new",
            "recent",
            "recently",
            "currently",
            "current",
            "previous",
            "previously",
            "prior",
            "now",
            "well",
            "feels",
            "normal",
            "none",
            "unknown",
            "diagnosis",
            "definitive",
            "diagnosed");

    private NoteWords() {}

    /** The fallback words of a note; empty when it has no content word. */
    public static List<String> of(String note) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        List<String> words = contentWords(note.substring(0, firstSentenceEnd(note)));
        return words.isEmpty() ? contentWords(note) : words;
    }

    /** Where the note's first sentence ends (the note's length when it is one sentence). */
    public static int firstSentenceEnd(String note) {
        Matcher end = SENTENCE_END.matcher(note);
        return end.find() ? end.start() : note.length();
    }

    /** The content words of a text (the same rules), at most {@link #MAX_WORDS}. */
    public static List<String> contentWords(String text) {
        return contentWords(text, MAX_WORDS);
    }

    /**
     * The words of a whole note that rank the trials found for it, beside its conditions: its first
     * {@link #MAX_RELEVANCE_WORDS} distinct content words, in note order.
     */
    public static List<String> relevanceWords(String note) {
        return note == null ? List.of() : contentWords(note, MAX_RELEVANCE_WORDS, MAX_WORD_LETTERS);
    }

    private static List<String> contentWords(String text, int max) {
        return contentWords(text, max, Integer.MAX_VALUE);
    }

    private static List<String> contentWords(String text, int max, int maxLetters) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < max) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && w.length() <= maxLetters && !STOP.contains(w) && !w.matches(".*\\d.*")) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }
}
