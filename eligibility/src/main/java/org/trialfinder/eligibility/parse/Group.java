package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.criterion.Criterion;

/**
 * What stands together in a clause without a connector ("severe heart failure within 6 months"): checks and
 * time windows, all of which hold; {@code weak} when "suspected" or "possible" stands before it. The members
 * are rewritten in place while windows are placed.
 */
record Group(List<Member> members, boolean weak) {

    Group {
        members = new ArrayList<>(members);
    }

    /** A member of a group. */
    sealed interface Member {

        /** A check (or an unread part). */
        record Check(Criterion c) implements Member {}

        /** A time window not yet placed on the events it applies to. */
        record Window(Token.Time token) implements Member {}

        /** A window placed on its events: dropped from its group once the group is done. */
        record Placed() implements Member {}
    }
}
