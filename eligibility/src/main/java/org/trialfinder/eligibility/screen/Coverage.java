package org.trialfinder.eligibility.screen;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much of a trial's criteria was decided for one patient: every answer says it, so "possibly eligible"
 * is never read as a promise and a ranking can prefer trials that were read further.
 *
 * @param criteria all criteria (the record's structured age, sex and healthy-volunteer fields and every item
 *     of the criteria text)
 * @param decided met or not met for this patient
 * @param unknown readable, but a fact the profile lacks would decide it
 * @param notRead about the patient's medical facts, but not read into a check: for the trial team to judge,
 *     and it keeps the answer from being "eligible"
 * @param procedural consent, willingness, availability and the like: for the trial team to settle, and they
 *     do not count against "eligible" ({@link ProceduralCriteria})
 */
public record Coverage(int criteria, int decided, int unknown, int notRead, int procedural) {

    public Coverage {
        if (criteria < 0 || decided < 0 || unknown < 0 || notRead < 0 || procedural < 0) {
            throw new IllegalArgumentException("criterion counts cannot be negative");
        }
        if (decided + unknown + notRead + procedural != criteria) {
            throw new IllegalArgumentException("the counts must add up to the " + criteria + " criteria");
        }
    }

    /** The criteria about the patient's medical facts: all but the procedural ones. */
    @JsonProperty("medical")
    public int medical() {
        return criteria - procedural;
    }

    /** The share of the medical criteria decided, 0..1 (1 when the trial has none). */
    @JsonProperty("decidedShare")
    public double decidedShare() {
        int medical = medical();
        return medical == 0 ? 1.0 : (double) decided / medical;
    }

    /** Every medical criterion was decided: nothing unknown, nothing left unread. */
    public boolean complete() {
        return unknown == 0 && notRead == 0;
    }
}
