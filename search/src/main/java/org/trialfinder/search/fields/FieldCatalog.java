package org.trialfinder.search.fields;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pieces of the ClinicalTrials.gov API v2 study data model: every section, module, structure
 * and leaf field, by piece name ({@code NCTId}, {@code LocationCity}, {@code EligibilityModule}),
 * by alternate name ({@code NCT-ID}) and by JSON path, with its type.
 *
 * <p>Lookups are case-insensitive and take paths with or without list marks ({@code
 * protocolSection.contactsLocationsModule.locations.city} or {@code …locations[].city}). A branch
 * ({@code IdentificationModule}, {@code Location}) is returned like any piece; its {@link
 * FieldDef#descendants()} are the fields below it.
 *
 * <p>Where the names come from: leaf piece names and titles follow ClinicalTrials.gov's {@code
 * GET /studies/metadata} as copied in public code; pieces marked {@link FieldDef#isDerivedPiece()}
 * are named by its convention. Details in {@code NOTICE.md} beside this class.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is built once.
 */
public final class FieldCatalog {

    private static final class Holder {
        static final FieldCatalog STANDARD = new FieldCatalog(StandardFields.roots());
    }

    private final List<FieldDef> roots;
    private final List<FieldDef> all;
    private final List<FieldDef> leaves;
    private final Map<String, FieldDef> byPiece = new HashMap<>();
    private final Map<String, FieldDef> byAlt = new HashMap<>();
    private final Map<String, FieldDef> byPath = new HashMap<>();
    private final Map<String, FieldDef> byPathLower = new HashMap<>();

    private FieldCatalog(List<Spec> specs) {
        List<FieldDef> r = new ArrayList<>();
        for (Spec s : specs) r.add(s.build(null));
        roots = List.copyOf(r);
        List<FieldDef> a = new ArrayList<>();
        for (FieldDef root : roots) {
            a.add(root);
            a.addAll(root.descendants());
        }
        all = List.copyOf(a);
        List<FieldDef> l = new ArrayList<>();
        for (FieldDef f : all) {
            if (f.isLeaf()) l.add(f);
            String key = f.piece().toLowerCase(Locale.ROOT);
            FieldDef prev = byPiece.put(key, f);
            if (prev != null)
                throw new IllegalStateException("duplicate piece " + f.piece() + ": " + prev.path() + ", " + f.path());
            byPath.put(f.dottedPath(), f);
            byPath.put(f.path(), f);
            byPathLower.put(f.dottedPath().toLowerCase(Locale.ROOT), f);
        }
        for (FieldDef f : all) {
            for (String alt : f.altPieceNames()) {
                String key = alt.toLowerCase(Locale.ROOT);
                // a piece name always wins over an alternate name (ClinicalTrials.gov's doc lists
                // COLLABORATOR for CollaboratorName although Collaborator is the structure's piece)
                if (!byPiece.containsKey(key)) byAlt.putIfAbsent(key, f);
            }
        }
        leaves = List.copyOf(l);
    }

    /** The ClinicalTrials.gov API v2 data model. */
    public static FieldCatalog standard() {
        return Holder.STANDARD;
    }

    /** The top-level nodes: {@code protocolSection}, {@code resultsSection}, {@code annotationSection}, {@code documentSection}, {@code derivedSection}, {@code hasResults}. */
    public List<FieldDef> roots() {
        return roots;
    }

    /** Every node, depth first in data-model order. */
    public List<FieldDef> all() {
        return all;
    }

    /** Every leaf (non-STRUCT) node, in data-model order. */
    public List<FieldDef> leaves() {
        return leaves;
    }

    /**
     * The node with this piece name or alternate piece name, ignoring case: {@code
     * byPiece("locationcity")}, {@code byPiece("NCT-ID")}, {@code byPiece("EligibilityModule")}.
     */
    public Optional<FieldDef> byPiece(String piece) {
        if (piece == null) return Optional.empty();
        String key = piece.trim().toLowerCase(Locale.ROOT);
        FieldDef f = byPiece.get(key);
        if (f == null) f = byAlt.get(key);
        return Optional.ofNullable(f);
    }

    /**
     * The node at this JSON path, with or without {@code []} marks; an exact match first, then
     * ignoring case: {@code byPath("protocolSection.identificationModule.briefTitle")}.
     */
    public Optional<FieldDef> byPath(String path) {
        if (path == null) return Optional.empty();
        String p = path.trim();
        FieldDef f = byPath.get(p);
        if (f == null) {
            String plain = p.replace("[]", "");
            f = byPath.get(plain);
            if (f == null) f = byPathLower.get(plain.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(f);
    }

    /** A piece name, alternate name or path, in that order; what {@code fields} and {@code AREA[…]} accept. */
    public Optional<FieldDef> resolve(String nameOrPath) {
        Optional<FieldDef> f = byPiece(nameOrPath);
        return f.isPresent() ? f : byPath(nameOrPath);
    }

    /**
     * The deepest node whose path is a prefix of (or equal to) the given JSON path, e.g. {@code
     * LocationGeoPoint} for {@code protocolSection.contactsLocationsModule.locations[].geoPoint.lat}
     * (a geo point is one leaf). Empty when not even the first key is known.
     */
    public Optional<FieldDef> covering(String path) {
        String plain = path.replace("[]", "");
        while (true) {
            FieldDef f = byPath.get(plain);
            if (f != null) return Optional.of(f);
            int dot = plain.lastIndexOf('.');
            if (dot < 0) return Optional.empty();
            plain = plain.substring(0, dot);
        }
    }

    /**
     * Up to {@code max} piece names and paths close to {@code name}, best first, for "did you mean"
     * messages: same prefix, contained, or a small edit distance.
     */
    public List<String> suggestions(String name, int max) {
        String q = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return List.of();
        record Scored(String text, int score) {}
        List<Scored> scored = new ArrayList<>();
        for (FieldDef f : all) {
            String piece = f.piece();
            String p = piece.toLowerCase(Locale.ROOT);
            int d = distance(q, p);
            boolean related = p.startsWith(q) || q.startsWith(p) || p.contains(q) || q.contains(p);
            if (d <= Math.max(2, q.length() / 3) || related) scored.add(new Scored(piece, 2 * d - (related ? 1 : 0)));
        }
        scored.sort((a, b) -> a.score != b.score ? Integer.compare(a.score, b.score) : a.text.compareTo(b.text));
        List<String> out = new ArrayList<>();
        for (Scored s : scored) {
            if (out.size() >= max) break;
            out.add(s.text);
        }
        return Collections.unmodifiableList(out);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    @Override
    public String toString() {
        return "FieldCatalog[" + all.size() + " pieces, " + leaves.size() + " leaves]";
    }
}
