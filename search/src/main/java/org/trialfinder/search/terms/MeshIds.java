package org.trialfinder.search.terms;

/**
 * MeSH descriptor ids in their two spellings. MeSH writes the older descriptors with six digits
 * ({@code D007172}) and the newer ones with nine ({@code D000073818}); ClinicalTrials.gov writes
 * some older ones zero-padded to nine digits ({@code D000007172}). Both denote the same
 * descriptor, so ids are compared by their numeric value.
 */
public final class MeshIds {

    private MeshIds() {}

    /**
     * The numeric value of a descriptor id ({@code "D007172"}, {@code "d000007172"}, surrounding
     * blanks allowed), or -1 when it is not a descriptor id (e.g. a supplementary concept {@code
     * C000657245}, or null).
     */
    public static long number(String id) {
        if (id == null) {
            return -1;
        }
        String s = id.strip();
        if (s.length() < 2 || s.length() > 12 || (s.charAt(0) != 'D' && s.charAt(0) != 'd')) {
            return -1;
        }
        long v = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** True when both are descriptor ids of the same value ({@code D007172} = {@code D000007172}). */
    public static boolean same(String a, String b) {
        long x = number(a);
        return x >= 0 && x == number(b);
    }
}
