package org.trialfinder.eligibility.criterion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A diagnosis named by MeSH descriptors, written as the TERM of {@code diagnosis(TERM)}: {@code MESH:D029424} (the
 * patient has Pulmonary Disease, Chronic Obstructive or a condition under it in the MeSH hierarchy),
 * {@code MESH:D012140 other_than MESH:D001249} (a condition under Respiratory Tract Diseases that is not asthma nor
 * under it) and {@code any other_than MESH:D001249|MESH:D006973} (any condition that is neither). The descriptor
 * hierarchy, not the words, decides what counts, so a term is the same for every spelling of a condition.
 *
 * <p>Kept inside {@link DiagnosisCheck}'s term so that every reader of the notation and of compiled trials reads
 * it unchanged; {@link #canonical} orders the exceptions so that equal terms are equal strings.
 *
 * @param head the descriptor id ({@code D029424}); empty for "any condition"
 * @param otherThan descriptor ids whose conditions do not count, in id order; never empty when head is empty
 */
public record MeshTerm(Optional<String> head, List<String> otherThan) {

    public static final String PREFIX = "MESH:";
    public static final String ANY = "any";
    public static final String OTHER_THAN = " other_than ";

    private static final Pattern ID = Pattern.compile("D\\d{6,9}");

    public MeshTerm {
        otherThan = List.copyOf(new TreeSet<>(otherThan));
        if (head.isEmpty() && otherThan.isEmpty()) {
            throw new IllegalArgumentException("a MeSH diagnosis names a descriptor or what it is other than");
        }
    }

    /** Whether a TERM is written in this form (it may still be malformed: see {@link #parse}). */
    public static boolean isMeshTerm(String term) {
        return term != null && (term.startsWith(PREFIX) || term.startsWith(ANY + " "));
    }

    /**
     * Reads a TERM of this form.
     *
     * @throws IllegalArgumentException naming what is wrong, for a term that starts like one but is not
     */
    public static MeshTerm parse(String term) {
        String t = term.strip();
        String headPart = t;
        List<String> others = new ArrayList<>();
        int at = t.indexOf(OTHER_THAN.strip());
        if (at >= 0) {
            headPart = t.substring(0, at).strip();
            String rest = t.substring(at + OTHER_THAN.strip().length()).strip();
            for (String id : rest.split("\\|", -1)) {
                others.add(id(id.strip(), term));
            }
        }
        Optional<String> head = headPart.equals(ANY) ? Optional.empty() : Optional.of(id(headPart, term));
        if (head.isEmpty() && others.isEmpty()) {
            throw new IllegalArgumentException("'any' needs 'other_than MESH:D…' in " + term);
        }
        return new MeshTerm(head, others);
    }

    private static String id(String written, String term) {
        if (!written.startsWith(PREFIX)
                || !ID.matcher(written.substring(PREFIX.length())).matches()) {
            throw new IllegalArgumentException(
                    "expected MESH:D followed by the descriptor's digits, not '" + written + "', in " + term);
        }
        return written.substring(PREFIX.length());
    }

    /** The term in its one spelling (exceptions in id order). */
    public static String canonical(String term) {
        return isMeshTerm(term) ? parse(term).print() : term;
    }

    /** The TERM as written in the notation. */
    public String print() {
        StringBuilder sb = new StringBuilder(head.map(h -> PREFIX + h).orElse(ANY));
        if (!otherThan.isEmpty()) {
            sb.append(OTHER_THAN);
            for (int i = 0; i < otherThan.size(); i++) {
                sb.append(i == 0 ? "" : "|").append(PREFIX).append(otherThan.get(i));
            }
        }
        return sb.toString();
    }
}
