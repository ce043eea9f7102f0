package org.trialfinder.eligibility.screen;

import java.util.List;

/**
 * How a patient fares in one patient group of a trial (a cohort, an arm, a part): the verdict over that group's
 * criteria and the ones for everyone.
 *
 * @param group the group as the criteria name it ("Cohort 2", "Group 2 / Part 1", "patients outside Cohort 2")
 * @param failed the criteria that rule the patient out of this group ("inclusion 5.2", "exclusion 3")
 */
public record GroupVerdict(String group, Verdict verdict, List<String> failed, Coverage coverage) {
    public GroupVerdict {
        failed = List.copyOf(failed);
    }
}
