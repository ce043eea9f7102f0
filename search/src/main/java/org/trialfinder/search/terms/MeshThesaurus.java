package org.trialfinder.search.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * The MeSH thesaurus for search: descriptors of the branches C (diseases), F (psychiatry and
 * psychology) and M (named groups) with their entry terms (synonyms) and their place in the MeSH
 * hierarchy, from the resource {@code descriptors.tsv.gz} built by {@link MeshResourceBuilder}
 * (MeSH 2026 terms, MeSH 2019 tree; see {@code NOTICE.md}).
 *
 * <p>Phrases are compared after {@link MeshText#fold folding} (case, diacritics, hyphens and
 * punctuation ignored); when a phrase matches no term exactly, its plural-stripped form ({@link
 * MeshText#stem}: plural stripped, British spelling made American) is compared with the
 * stripped terms, so "heart attacks" finds
 * Myocardial Infarction. Short all-capital acronyms among the entry terms (at most four letters,
 * e.g. "AIDS", "SID", "ARC") are matched case-insensitively by {@link #lookup} (a whole query
 * phrase) but case-sensitively by {@link #findIn} (free text, where "aids" is a word).
 *
 * <p>Besides MeSH's entry terms, {@link #loadDefault()} indexes a few hand-written lay terms from
 * {@code extra-terms.tsv} ("diabetes" → Diabetes Mellitus, "Alzheimer's" → Alzheimer Disease,
 * "flu" → Influenza, Human): {@link #lookup} and {@link #findIn} find them, but they are not among
 * the descriptor's {@link Descriptor#entryTerms()} nor its {@link #synonyms}.
 *
 * <p>Immutable and thread-safe. {@link #loadDefault()} loads the shipped resource once (about
 * 6,500 descriptors and 76,000 terms, a few hundred milliseconds).
 */
public final class MeshThesaurus {

    /** Class-path location of the shipped resource. */
    public static final String RESOURCE = "/org/trialfinder/search/terms/" + MeshResourceBuilder.DESCRIPTORS_FILE;

    /** Class-path location of the hand-written lay terms indexed beside MeSH's entry terms. */
    public static final String EXTRA_TERMS_RESOURCE = "/org/trialfinder/search/terms/extra-terms.tsv";

    private static final int MAX_ACRONYM_LETTERS = 4;

    /** A term of a descriptor, stored at the trie node of its plural-stripped tokens. */
    private record Entry(Descriptor descriptor, String exactKey, String acronym, boolean isName) {}

    private final List<Descriptor> descriptors;
    private final Map<Long, Descriptor> byNumber;
    private final NavigableMap<String, Descriptor> byTree;
    // trie over plural-stripped token ids: node 0 is the root
    private final Map<String, Integer> vocabulary;
    private final LongIntMap edges;
    private final Entry[][] terminals;
    private final int maxDepth;

    private MeshThesaurus(List<Descriptor> list, Map<String, List<String>> extraTerms) {
        this.descriptors = List.copyOf(list);
        Map<Long, Descriptor> num = new HashMap<>(list.size() * 2);
        TreeMap<String, Descriptor> tree = new TreeMap<>();
        for (Descriptor d : list) {
            num.put(MeshIds.number(d.id()), d);
            for (String t : d.treeNumbers()) {
                tree.putIfAbsent(t, d);
            }
        }
        this.byNumber = num;
        this.byTree = Collections.unmodifiableNavigableMap(tree);

        Map<String, Integer> vocab = new HashMap<>();
        LongIntMap edgeMap = new LongIntMap(1 << 12);
        List<List<Entry>> terms = new ArrayList<>();
        terms.add(null); // root
        int depthMax = 0;
        for (Descriptor d : list) {
            List<String> all = new ArrayList<>(1 + d.entryTerms().size());
            all.add(d.name());
            all.addAll(d.entryTerms());
            all.addAll(extraTerms.getOrDefault(d.id(), List.of()));
            for (int k = 0; k < all.size(); k++) {
                String term = all.get(k);
                List<MeshText.Token> tokens = MeshText.tokens(term);
                if (tokens.isEmpty()) {
                    continue;
                }
                int node = 0;
                StringBuilder exact = new StringBuilder();
                for (MeshText.Token t : tokens) {
                    String stem = MeshText.stem(t.folded());
                    Integer id = vocab.get(stem);
                    if (id == null) {
                        id = vocab.size();
                        vocab.put(stem, id);
                    }
                    long key = edgeKey(node, id);
                    int child = edgeMap.get(key);
                    if (child < 0) {
                        child = terms.size();
                        terms.add(null);
                        edgeMap.put(key, child);
                    }
                    node = child;
                    if (!exact.isEmpty()) {
                        exact.append(' ');
                    }
                    exact.append(t.folded());
                }
                depthMax = Math.max(depthMax, tokens.size());
                String acronym = isAcronym(term) ? MeshText.foldKeepCase(term) : null;
                List<Entry> at = terms.get(node);
                if (at == null) {
                    at = new ArrayList<>(2);
                    terms.set(node, at);
                }
                String exactKey = exact.toString();
                boolean dup = false;
                for (Entry e : at) {
                    if (e.descriptor() == d && e.exactKey().equals(exactKey) && Objects.equals(e.acronym(), acronym)) {
                        dup = true;
                        break;
                    }
                    if (e.exactKey().equals(exactKey)) {
                        exactKey = e.exactKey(); // share the string
                    }
                }
                if (!dup) {
                    at.add(new Entry(d, exactKey, acronym, k == 0));
                }
            }
        }
        Entry[][] arr = new Entry[terms.size()][];
        for (int i = 0; i < arr.length; i++) {
            List<Entry> at = terms.get(i);
            if (at != null) {
                // names first, so that a descriptor whose name is the phrase comes first
                at.sort(Comparator.comparing((Entry e) -> !e.isName()));
                arr[i] = at.toArray(new Entry[0]);
            }
        }
        this.vocabulary = vocab;
        this.edges = edgeMap;
        this.terminals = arr;
        this.maxDepth = depthMax;
    }

    // ---------------------------------------------------------------- loading

    private static final class Holder {
        static final MeshThesaurus DEFAULT = loadResource();
    }

    /** The thesaurus of the shipped resource, loaded on first use and shared. */
    public static MeshThesaurus loadDefault() {
        return Holder.DEFAULT;
    }

    private static MeshThesaurus loadResource() {
        InputStream in = MeshThesaurus.class.getResourceAsStream(RESOURCE);
        InputStream extra = MeshThesaurus.class.getResourceAsStream(EXTRA_TERMS_RESOURCE);
        if (in == null || extra == null) {
            throw new IllegalStateException("missing class-path resource " + RESOURCE + " or " + EXTRA_TERMS_RESOURCE);
        }
        try (in;
                Reader r = new InputStreamReader(extra, StandardCharsets.UTF_8)) {
            return load(in, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a gzipped descriptor TSV in the format written by {@link MeshResourceBuilder} and,
     * optionally (null for none), extra terms in the format of {@code extra-terms.tsv}.
     */
    public static MeshThesaurus load(InputStream gzipped, Reader extraTerms) throws IOException {
        List<Descriptor> list = new ArrayList<>(7000);
        BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IOException("bad descriptor line: " + line);
            }
            list.add(new Descriptor(f[0], f[1], split(f[4], '|'), split(f[3], '|'), split(f[2], ',')));
        }
        Map<String, List<String>> extra = new HashMap<>();
        if (extraTerms != null) {
            Map<Long, String> ids = new HashMap<>();
            for (Descriptor d : list) {
                ids.put(MeshIds.number(d.id()), d.id());
            }
            BufferedReader er = new BufferedReader(extraTerms);
            for (String line; (line = er.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String id = f.length == 2 ? ids.get(MeshIds.number(f[1])) : null;
                if (id == null) {
                    throw new IOException("bad extra term line (term<TAB>known descriptor id): " + line);
                }
                extra.computeIfAbsent(id, k -> new ArrayList<>()).add(f[0].strip());
            }
        }
        return new MeshThesaurus(list, extra);
    }

    /** A thesaurus of the given descriptors (for tests and other vocabularies). */
    public static MeshThesaurus of(List<Descriptor> descriptors) {
        return new MeshThesaurus(descriptors, Map.of());
    }

    private static List<String> split(String s, char sep) {
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, from)) {
            out.add(s.substring(from, i));
            from = i + 1;
        }
        out.add(s.substring(from));
        return out;
    }

    // ---------------------------------------------------------------- descriptors

    /** All descriptors, by id. */
    public List<Descriptor> descriptors() {
        return descriptors;
    }

    public int size() {
        return descriptors.size();
    }

    /**
     * The descriptor of an id, in MeSH's form ({@code D007172}) or ClinicalTrials.gov's zero-padded
     * one ({@code D000007172}); empty for unknown ids and for supplementary concepts ({@code C…}).
     */
    public Optional<Descriptor> byId(String id) {
        long n = MeshIds.number(id);
        return n < 0 ? Optional.empty() : Optional.ofNullable(byNumber.get(n));
    }

    /** The descriptor at a tree number ({@code C14.280.647.500}), if any. */
    public Optional<Descriptor> byTreeNumber(String treeNumber) {
        return Optional.ofNullable(byTree.get(treeNumber));
    }

    /** Name and entry terms, the name first. */
    public Set<String> synonyms(Descriptor d) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(d.name());
        out.addAll(d.entryTerms());
        return Collections.unmodifiableSet(out);
    }

    // ---------------------------------------------------------------- hierarchy

    /**
     * All descendants of a descriptor under any of its tree numbers, without duplicates and without
     * the descriptor itself: children first, then grandchildren and so on (each level in tree-number
     * order). Empty for descriptors without tree number.
     */
    public List<Descriptor> narrower(Descriptor d) {
        return descendants(d, Integer.MAX_VALUE);
    }

    /** The direct children of a descriptor. */
    public List<Descriptor> children(Descriptor d) {
        return descendants(d, 1);
    }

    private List<Descriptor> descendants(Descriptor d, int maxLevels) {
        Map<Descriptor, Integer> level = new LinkedHashMap<>();
        Map<Descriptor, String> firstTree = new HashMap<>();
        for (String t : own(d).treeNumbers()) {
            int base = dots(t);
            for (Map.Entry<String, Descriptor> e :
                    byTree.subMap(t + ".", true, t + "/", false).entrySet()) {
                Descriptor x = e.getValue();
                if (x.equals(d)) {
                    continue;
                }
                int lv = dots(e.getKey()) - base;
                if (lv > maxLevels) {
                    continue;
                }
                Integer old = level.get(x);
                if (old == null || lv < old) {
                    level.put(x, lv);
                    firstTree.put(x, e.getKey());
                }
            }
        }
        List<Descriptor> out = new ArrayList<>(level.keySet());
        out.sort(Comparator.comparing((Descriptor x) -> level.get(x)).thenComparing(firstTree::get));
        return Collections.unmodifiableList(out);
    }

    /**
     * The nearest broader descriptors: for each tree number, the descriptor at its parent tree
     * number (or, when no descriptor of this vocabulary sits there any more, at the nearest
     * ancestor that has one). Empty at the top of a branch and for descriptors without tree number.
     */
    public List<Descriptor> broader(Descriptor d) {
        LinkedHashSet<Descriptor> out = new LinkedHashSet<>();
        for (String t : own(d).treeNumbers()) {
            for (String p = parent(t); p != null; p = parent(p)) {
                Descriptor x = byTree.get(p);
                if (x != null) {
                    if (!x.equals(d)) {
                        out.add(x);
                    }
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** All broader descriptors up to the top of each branch, nearest first. */
    public List<Descriptor> ancestors(Descriptor d) {
        Map<Descriptor, Integer> dist = new LinkedHashMap<>();
        for (String t : own(d).treeNumbers()) {
            int i = 0;
            for (String p = parent(t); p != null; p = parent(p)) {
                i++;
                Descriptor x = byTree.get(p);
                if (x != null && !x.equals(d)) {
                    dist.merge(x, i, Math::min);
                }
            }
        }
        List<Descriptor> out = new ArrayList<>(dist.keySet());
        out.sort(Comparator.comparing(dist::get));
        return Collections.unmodifiableList(out);
    }

    /** This thesaurus's own instance of a descriptor (a caller may pass one built elsewhere). */
    private Descriptor own(Descriptor d) {
        Descriptor x = byNumber.get(MeshIds.number(d.id()));
        return x != null ? x : d;
    }

    private static String parent(String tree) {
        int dot = tree.lastIndexOf('.');
        return dot < 0 ? null : tree.substring(0, dot);
    }

    private static int dots(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '.') {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- phrases

    /**
     * The descriptors whose name or an entry term equals the phrase after folding, those whose name
     * matched first; when none does, the same with plural stripping on both sides. Empty when the
     * phrase names no descriptor.
     */
    public List<Descriptor> lookup(String phrase) {
        List<MeshText.Token> tokens = MeshText.tokens(phrase);
        if (tokens.isEmpty() || tokens.size() > maxDepth) {
            return List.of();
        }
        int node = 0;
        for (MeshText.Token t : tokens) {
            Integer id = vocabulary.get(MeshText.stem(t.folded()));
            if (id == null) {
                return List.of();
            }
            node = edges.get(edgeKey(node, id));
            if (node < 0) {
                return List.of();
            }
        }
        Entry[] at = terminals[node];
        if (at == null) {
            return List.of();
        }
        String exact = join(tokens, 0, tokens.size());
        LinkedHashSet<Descriptor> out = new LinkedHashSet<>();
        for (Entry e : at) {
            if (e.exactKey().equals(exact)) {
                out.add(e.descriptor());
            }
        }
        if (out.isEmpty()) {
            for (Entry e : at) {
                if (e.acronym() == null) {
                    out.add(e.descriptor());
                }
            }
        }
        return List.copyOf(out);
    }

    /** {@link #findIn(String, Predicate)} accepting every descriptor. */
    public List<Match> findIn(String text) {
        return findIn(text, d -> true);
    }

    /**
     * The phrases of a free text that name descriptors, left to right, without overlaps: at each
     * token the longest phrase (up to the longest entry term, 14 tokens) that equals an entry term
     * of an accepted descriptor after folding (else after plural stripping) is taken, and the scan
     * goes on after it. Time is linear in the length of the text. For example "heart attack in women
     * over 60" gives "heart attack" (Myocardial Infarction) and "women" (Women, a named group: pass
     * {@link Descriptor#isCondition} as the filter to keep diseases only).
     */
    public List<Match> findIn(String text, Predicate<? super Descriptor> accept) {
        List<MeshText.Token> tokens = MeshText.tokens(text);
        int n = tokens.size();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            Integer id = vocabulary.get(MeshText.stem(tokens.get(i).folded()));
            ids[i] = id == null ? -1 : id;
        }
        List<Match> out = new ArrayList<>();
        int[] ends = new int[maxDepth];
        int[] nodes = new int[maxDepth];
        int i = 0;
        while (i < n) {
            int found = 0;
            int node = 0;
            for (int j = i; j < n && j - i < maxDepth && ids[j] >= 0; j++) {
                node = edges.get(edgeKey(node, ids[j]));
                if (node < 0) {
                    break;
                }
                if (terminals[node] != null) {
                    ends[found] = j + 1;
                    nodes[found] = node;
                    found++;
                }
            }
            Match m = null;
            int k = found - 1;
            for (; k >= 0; k--) {
                m = matchAt(text, tokens, i, ends[k], terminals[nodes[k]], accept);
                if (m != null) {
                    break;
                }
            }
            if (m != null) {
                out.add(m);
                i = ends[k];
            } else {
                i++;
            }
        }
        return out;
    }

    private static Match matchAt(
            String text,
            List<MeshText.Token> tokens,
            int from,
            int to,
            Entry[] at,
            Predicate<? super Descriptor> accept) {
        String exact = join(tokens, from, to);
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String keepCase = null;
        LinkedHashSet<Descriptor> hits = new LinkedHashSet<>();
        for (Entry e : at) {
            if (!e.exactKey().equals(exact) || hits.contains(e.descriptor())) {
                continue;
            }
            if (e.acronym() != null) {
                if (keepCase == null) {
                    keepCase = MeshText.foldKeepCase(text.substring(start, end));
                }
                if (!e.acronym().equals(keepCase)) {
                    continue;
                }
            }
            if (accept.test(e.descriptor())) {
                hits.add(e.descriptor());
            }
        }
        boolean isExact = !hits.isEmpty();
        if (!isExact) {
            for (Entry e : at) {
                if (e.acronym() == null && accept.test(e.descriptor())) {
                    hits.add(e.descriptor());
                }
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        return new Match(start, end, text.substring(start, end), List.copyOf(hits), isExact);
    }

    private static String join(List<MeshText.Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).folded();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).folded());
        }
        return sb.toString();
    }

    /** A short single-token all-capital term: "AIDS", "SID", but not "COVID-19" or "HSAN2". */
    static boolean isAcronym(String term) {
        String s = term.strip();
        if (s.length() < 2 || s.length() > MAX_ACRONYM_LETTERS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static long edgeKey(int node, int tokenId) {
        return ((long) node << 32) | (tokenId & 0xffffffffL);
    }

    /** Open-addressing map from long keys to non-negative ints; get returns -1 when absent. */
    private static final class LongIntMap {
        private long[] keys;
        private int[] values;
        private int size;
        private int mask;

        LongIntMap(int capacity) {
            int cap = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
            keys = new long[cap];
            values = new int[cap];
            Arrays.fill(values, -1);
            mask = cap - 1;
        }

        int get(long key) {
            int i = mix(key) & mask;
            while (true) {
                int v = values[i];
                if (v < 0) {
                    return -1;
                }
                if (keys[i] == key) {
                    return v;
                }
                i = (i + 1) & mask;
            }
        }

        void put(long key, int value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int i = mix(key) & mask;
            while (values[i] >= 0) {
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            size++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(values, -1);
            mask = keys.length - 1;
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] >= 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(long key) {
            // murmur3 fmix64: every key bit reaches the low bits used as the slot
            long h = key;
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return (int) h;
        }
    }
}
