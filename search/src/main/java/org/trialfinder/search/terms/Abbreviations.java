package org.trialfinder.search.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Abbreviations common in clinical-trial records and queries ("NSCLC", "T2DM", "HFpEF", "MS"),
 * from the hand-curated table {@code abbreviations.tsv} (see its header for the format), each with
 * one or more senses: an expansion and, for conditions, a MeSH descriptor id.
 *
 * <p><b>Case.</b> An abbreviation of at most three characters without a digit is matched exactly
 * as written, because in lower case it is usually an English word or something else ("MS" is
 * multiple sclerosis, "ms" milliseconds; "ALL" a leukaemia, "all" a word). Longer abbreviations,
 * and those with a digit, are matched in any case ("nsclc", "AFIB", "t2dm"). The table can
 * override this per abbreviation: flag {@code ci} makes a short one case-insensitive ("hiv",
 * "copd"-like ones that are no words), {@code cs} a long one case-sensitive ("POTS" but not
 * "pots"). A case-sensitive spelling that is listed wins over a case-insensitive one.
 *
 * <p><b>Tokens.</b> The token is stripped of blanks and of surrounding punctuation ("(NSCLC)",
 * "NSCLC," and "NSCLC." are NSCLC); inner punctuation must match ("COVID-19", "ME/CFS").
 *
 * <p><b>Ambiguity.</b> Ambiguous abbreviations list several senses, the one most common in trial
 * records first: "ED" is erectile dysfunction and emergency department, "PE" pulmonary embolism,
 * pre-eclampsia, premature ejaculation and pleural effusion. Callers decide what to do with the
 * others ({@link ConceptExpander} keeps every sense that is a condition and flags the expansion
 * as ambiguous).
 *
 * <p>Immutable and thread-safe.
 */
public final class Abbreviations {

    /** Class-path location of the shipped table. */
    public static final String RESOURCE = "/org/trialfinder/search/terms/abbreviations.tsv";

    /**
     * One sense of an abbreviation.
     *
     * @param abbreviation as written in the table ("NSCLC", "HFrEF")
     * @param expansion its expansion in words ("non-small cell lung cancer")
     * @param meshId the MeSH descriptor id of the condition, or null when the sense is not one
     * @param caseSensitive whether the abbreviation is matched only as written
     */
    public record Sense(String abbreviation, String expansion, String meshId, boolean caseSensitive) {

        /** The MeSH descriptor id, if the sense is a condition in MeSH. */
        public Optional<String> mesh() {
            return Optional.ofNullable(meshId);
        }
    }

    private final List<Sense> all;
    private final Map<String, List<Sense>> exact;
    private final Map<String, List<Sense>> folded;
    private final Map<Long, List<Sense>> byMesh;

    private Abbreviations(List<Sense> senses) {
        this.all = List.copyOf(senses);
        Map<String, List<Sense>> ex = new LinkedHashMap<>();
        Map<String, List<Sense>> fo = new HashMap<>();
        Map<Long, List<Sense>> bm = new HashMap<>();
        for (Sense s : senses) {
            ex.computeIfAbsent(s.abbreviation(), k -> new ArrayList<>()).add(s);
            if (!s.caseSensitive()) {
                fo.computeIfAbsent(s.abbreviation().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(s);
            }
            if (s.meshId() != null) {
                bm.computeIfAbsent(MeshIds.number(s.meshId()), k -> new ArrayList<>())
                        .add(s);
            }
        }
        ex.replaceAll((k, v) -> List.copyOf(v));
        fo.replaceAll((k, v) -> List.copyOf(v));
        bm.replaceAll((k, v) -> List.copyOf(v));
        this.exact = Collections.unmodifiableMap(ex);
        this.folded = fo;
        this.byMesh = bm;
    }

    private static final class Holder {
        static final Abbreviations DEFAULT = loadResource();
    }

    /** The shipped table, loaded on first use and shared. */
    public static Abbreviations loadDefault() {
        return Holder.DEFAULT;
    }

    private static Abbreviations loadResource() {
        InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + RESOURCE);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses a table in the format of {@code abbreviations.tsv}. */
    public static Abbreviations parse(Reader reader) throws IOException {
        List<Sense> senses = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IOException("abbreviations line " + lineNo + ": expected abbreviation<TAB>expansion");
            }
            String abbr = f[0].strip();
            String mesh = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
            String flags = f.length > 3 ? f[3].strip() : "";
            boolean cs;
            if (flags.equals("ci")) {
                cs = false;
            } else if (flags.equals("cs")) {
                cs = true;
            } else if (flags.isEmpty()) {
                cs = abbr.length() <= 3 && abbr.chars().noneMatch(Character::isDigit);
            } else {
                throw new IOException("abbreviations line " + lineNo + ": unknown flags " + flags);
            }
            senses.add(new Sense(abbr, f[1].strip(), mesh, cs));
        }
        return new Abbreviations(senses);
    }

    /** The senses of a token (see the class comment for case and punctuation), most common first. */
    public List<Sense> senses(String token) {
        String t = strip(token);
        if (t.isEmpty()) {
            return List.of();
        }
        List<Sense> s = exact.get(t);
        if (s != null) {
            // an exact spelling of a case-sensitive or case-insensitive entry
            return s;
        }
        s = folded.get(t.toUpperCase(Locale.ROOT));
        return s == null ? List.of() : s;
    }

    /** The expansions of a token, most common first; empty when it is no known abbreviation. */
    public List<String> expand(String token) {
        List<Sense> s = senses(token);
        List<String> out = new ArrayList<>(s.size());
        for (Sense x : s) {
            out.add(x.expansion());
        }
        return out;
    }

    /** The most common sense of a token, if it is a known abbreviation. */
    public Optional<Sense> primary(String token) {
        List<Sense> s = senses(token);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    /** True when the token is a known abbreviation with more than one sense. */
    public boolean isAmbiguous(String token) {
        return senses(token).size() > 1;
    }

    /** The senses that name a MeSH descriptor (both id forms accepted), e.g. D009203 → MI, AMI. */
    public List<Sense> forMeshId(String meshId) {
        List<Sense> s = byMesh.get(MeshIds.number(meshId));
        return s == null ? List.of() : s;
    }

    /** Every abbreviation of the table, as written, in table order. */
    public Set<String> abbreviations() {
        return exact.keySet();
    }

    /** Every sense of the table, in table order. */
    public List<Sense> all() {
        return all;
    }

    private static String strip(String token) {
        if (token == null) {
            return "";
        }
        int a = 0;
        int b = token.length();
        while (a < b && !Character.isLetterOrDigit(token.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(token.charAt(b - 1))) {
            b--;
        }
        return token.substring(a, b);
    }
}
