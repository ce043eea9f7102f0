package org.trialfinder.eligibility.screen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The patient groups of a trial (cohorts, arms, parts …) as alternatives: a patient enrols through one of
 * them, so a criterion written for one group applies only to the patients of that group, never to everyone.
 *
 * <p>Each criterion carries the groups it applies to as paths of group keys: {@code "cohort 2"}, or {@code
 * "group 2/part 1"} for a part named inside a group; none when it applies to everyone. The alternatives are
 * the paths no other path extends (the leaves): with "group 1", "group 2", "group 2/part 1" and "group
 * 2/part 2" they are "group 1", "group 2/part 1" and "group 2/part 2". A criterion applies to an alternative
 * when one of its paths is the alternative or leads to it ("group 2" applies to "group 2/part 1"). When the
 * criteria name a single group, the patients outside it are an alternative of their own ({@link #OUTSIDE}):
 * the trial may have other groups that the criteria do not name.
 */
public final class PatientGroups {
    /** The alternative of the patients in none of the named groups (when only one is named). */
    public static final String OUTSIDE = "";

    private final List<String> alternatives;

    private PatientGroups(List<String> alternatives) {
        this.alternatives = List.copyOf(alternatives);
    }

    /** The groups named by these criteria's group paths. */
    public static PatientGroups of(Collection<List<String>> groupsOfEachCriterion) {
        Set<String> paths = new LinkedHashSet<>();
        for (List<String> groups : groupsOfEachCriterion) {
            paths.addAll(groups);
        }
        List<String> leaves = new ArrayList<>();
        for (String p : paths) {
            boolean extended = false;
            for (String q : paths) {
                if (q.startsWith(p + "/")) {
                    extended = true;
                    break;
                }
            }
            if (!extended) {
                leaves.add(p);
            }
        }
        if (leaves.size() == 1) {
            leaves.add(OUTSIDE);
        }
        return new PatientGroups(leaves);
    }

    /** Whether the trial names patient groups at all. */
    public boolean any() {
        return !alternatives.isEmpty();
    }

    /** The alternatives, in the order the criteria name them ({@link #OUTSIDE} last when present). */
    public List<String> alternatives() {
        return alternatives;
    }

    /** Whether a criterion with these group paths applies to the patients of an alternative. */
    public static boolean applies(List<String> groups, String alternative) {
        if (groups.isEmpty()) {
            return true;
        }
        for (String g : groups) {
            if (alternative.equals(g) || alternative.startsWith(g + "/")) {
                return true;
            }
        }
        return false;
    }

    /** How an alternative is shown: "Cohort 2", "Group 2 / Part 1", "patients outside Cohort 2". */
    public String name(String alternative) {
        if (alternative.equals(OUTSIDE)) {
            List<String> named = new ArrayList<>();
            for (String a : alternatives) {
                if (!a.equals(OUTSIDE)) {
                    named.add(display(a));
                }
            }
            return "patients outside " + String.join(", ", named);
        }
        return display(alternative);
    }

    static String display(String path) {
        List<String> parts = new ArrayList<>();
        for (String key : path.split("/")) {
            parts.add(key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1));
        }
        return String.join(" / ", parts);
    }
}
