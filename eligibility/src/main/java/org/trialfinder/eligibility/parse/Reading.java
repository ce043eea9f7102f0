package org.trialfinder.eligibility.parse;

import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.model.text.TextSpan;

/** What a stage of the criterion parser made of its input: a tree, or the reason it could not read it. */
sealed interface Reading {

    /** A tree (which may hold unread parts of its own). */
    record Read(Criterion tree) implements Reading {}

    /** Nothing read, and why. */
    record NotRead(UnreadReason reason) implements Reading {}

    static Reading read(Criterion tree) {
        return new Read(tree);
    }

    static Reading notRead(UnreadReason reason) {
        return new NotRead(reason);
    }

    /** The tree, or the whole text unread with the reason. */
    default Criterion orUnread(String text, TextSpan span) {
        return switch (this) {
            case Read r -> r.tree();
            case NotRead n -> new NotComputable(text, span, n.reason());
        };
    }

    /** The tree read, or null when this is no tree; for stages whose callers only try a shape. */
    default Criterion treeOrNull() {
        return this instanceof Read r ? r.tree() : null;
    }
}
