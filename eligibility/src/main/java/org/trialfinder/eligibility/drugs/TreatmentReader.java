package org.trialfinder.eligibility.drugs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the drugs a treatment names as people write it: generic, brand, salt or code name, any case,
 * with doses, routes and schedules around them ("Tagrisso 80 mg daily", "osimertinib (AZD9291)"),
 * several drugs in one line ("carboplatin/pemetrexed", "FOLFOX + bevacizumab") and the common
 * chemotherapy regimens by their acronym ("FOLFOX" = leucovorin, fluorouracil, oxaliplatin).
 *
 * <p>The longest run of words that is a spelling of {@link DrugClassTables} wins; a run never starts or
 * ends on a dose, unit, route or schedule word, so "80 mg" or "daily" is never a drug.
 */
public final class TreatmentReader {

    private TreatmentReader() {}

    /** One drug found: the words as written and the drug(s) of the table they name. */
    public record Mention(String written, List<DrugClassTables.Drug> drugs) {}

    private static final int LONGEST_SPELLING_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

    private static final Pattern NUMBER_OR_DOSE =
            Pattern.compile("\\d+(?:[.,]\\d+)?(?:mg|mcg|µg|ug|g|ml|iu|u|x|mg/m2|auc\\d*)?|x\\d+|q\\d+[dhw]|auc\\d*");

    /** Words around a drug name in a medication line, never part of a spelling's edge. */
    private static final Set<String> AROUND = Set.of(
            "mg",
            "mcg",
            "µg",
            "ug",
            "g",
            "ml",
            "iu",
            "units",
            "unit",
            "m2",
            "kg",
            "auc",
            "mg/kg",
            "mg/m2",
            "daily",
            "bid",
            "tid",
            "qid",
            "qd",
            "od",
            "qod",
            "qw",
            "prn",
            "po",
            "iv",
            "sc",
            "sq",
            "im",
            "oral",
            "orally",
            "intravenous",
            "intravenously",
            "subcutaneous",
            "subcutaneously",
            "intramuscular",
            "tablet",
            "tablets",
            "tab",
            "tabs",
            "capsule",
            "capsules",
            "cap",
            "caps",
            "injection",
            "injections",
            "infusion",
            "infusions",
            "dose",
            "doses",
            "dosing",
            "weekly",
            "monthly",
            "once",
            "twice",
            "every",
            "cycle",
            "cycles",
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "per",
            "a",
            "an",
            "the",
            "and",
            "or",
            "with",
            "plus",
            "then",
            "followed",
            "by",
            "of",
            "on",
            "in",
            "at",
            "for",
            "to",
            "from",
            "since",
            "until",
            "started",
            "stopped",
            "start",
            "stop",
            "ongoing",
            "current",
            "currently",
            "prior",
            "previous",
            "previously",
            "history",
            "treatment",
            "therapy",
            "regimen",
            "maintenance",
            "adjuvant",
            "neoadjuvant",
            "first",
            "second",
            "third",
            "line",
            "mg/day",
            "x",
            "h",
            "hours",
            "hour",
            "morning",
            "evening",
            "night",
            "nightly",
            "bedtime",
            "as",
            "needed",
            "twice-daily",
            "once-daily",
            "q3w",
            "q2w",
            "q4w",
            "q1w",
            "q3wk",
            "q2wk",
            "q4wk",
            "c1",
            "d1",
            "cr",
            "xr",
            "er",
            "sr");

    /**
     * Regimen acronyms and their drugs (by the tables' canonical names), written here from the regimens'
     * standard composition. Only acronyms with one accepted meaning.
     */
    private static final Map<String, List<String>> REGIMENS = Map.ofEntries(
            Map.entry("folfox", List.of("leucovorin", "fluorouracil", "oxaliplatin")),
            Map.entry("mfolfox6", List.of("leucovorin", "fluorouracil", "oxaliplatin")),
            Map.entry("folfiri", List.of("leucovorin", "fluorouracil", "irinotecan")),
            Map.entry("folfirinox", List.of("leucovorin", "fluorouracil", "irinotecan", "oxaliplatin")),
            Map.entry("mfolfirinox", List.of("leucovorin", "fluorouracil", "irinotecan", "oxaliplatin")),
            Map.entry("folfoxiri", List.of("leucovorin", "fluorouracil", "oxaliplatin", "irinotecan")),
            Map.entry("capox", List.of("capecitabine", "oxaliplatin")),
            Map.entry("xelox", List.of("capecitabine", "oxaliplatin")),
            Map.entry("capeox", List.of("capecitabine", "oxaliplatin")),
            Map.entry("xeliri", List.of("capecitabine", "irinotecan")),
            Map.entry("chop", List.of("cyclophosphamide", "doxorubicin", "vincristine", "prednisone")),
            Map.entry("r-chop", List.of("rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone")),
            Map.entry("abvd", List.of("doxorubicin", "bleomycin", "vinblastine", "dacarbazine")),
            Map.entry("flot", List.of("fluorouracil", "leucovorin", "oxaliplatin", "docetaxel")),
            Map.entry("bep", List.of("bleomycin", "etoposide", "cisplatin")),
            Map.entry("fcr", List.of("fludarabine", "cyclophosphamide", "rituximab")));

    /** The drugs the treatment text names, in the order written (empty when none is known). */
    public static List<Mention> read(String treatment) {
        String text =
                treatment.replace('‐', '-').replace('–', '-').replace('—', '-').replace('／', '/');
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String first = lower(text, words.get(i));
            if (isAround(first)) {
                i++;
                continue;
            }
            List<String> regimen = REGIMENS.get(first);
            if (regimen != null) {
                for (String drug : regimen) {
                    List<DrugClassTables.Drug> d = DrugClassTables.drugsNamed(drug);
                    if (!d.isEmpty()) {
                        out.add(new Mention(text.substring(words.get(i)[0], words.get(i)[1]), d));
                    }
                }
                i++;
                continue;
            }
            int matchedEnd = -1;
            List<DrugClassTables.Drug> found = List.of();
            for (int j = Math.min(words.size(), i + LONGEST_SPELLING_WORDS); j > i; j--) {
                if (j - 1 > i && isAround(lower(text, words.get(j - 1)))) {
                    continue;
                }
                String raw = DrugClassTables.key(text.substring(words.get(i)[0], words.get(j - 1)[1]));
                found = DrugClassTables.drugsNamed(raw);
                if (found.isEmpty()) {
                    found = DrugClassTables.drugsNamed(spaced(text, words, i, j));
                }
                if (!found.isEmpty()) {
                    matchedEnd = j;
                    break;
                }
            }
            if (matchedEnd < 0) {
                i++;
                continue;
            }
            out.add(new Mention(text.substring(words.get(i)[0], words.get(matchedEnd - 1)[1]), found));
            i = matchedEnd;
        }
        return out;
    }

    private static String lower(String text, int[] word) {
        return text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
    }

    private static boolean isAround(String word) {
        return AROUND.contains(word) || NUMBER_OR_DOSE.matcher(word).matches();
    }

    private static String spaced(String text, List<int[]> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(lower(text, words.get(k)));
        }
        return b.toString();
    }
}
