package org.trialfinder.eligibility.criterion;

/**
 * Why the criterion parser left an item, or a part of one, unread: one value per place where its reading stops.
 * Only a diagnostic (what to teach the parser next); the screening never depends on it.
 */
public enum UnreadReason {
    /** Made outside the criterion parser, or decoded from a stored trial: no reason kept. */
    NOT_RECORDED,
    /** Blank text. */
    EMPTY,
    /** Longer than any real criterion item (hostile or broken text). */
    ITEM_TOO_LONG,
    /** "Female patients who:": a sentence whose statement follows in items of its own. */
    UNFINISHED_SENTENCE,
    /** "Pregnant women are eligible": a permission, not a criterion. */
    PERMISSION,
    /** Nothing in the text the notation has a term for. */
    NO_RECOGNISED_TERM,
    /** Words left unread beside what was read, which could change its meaning. */
    UNREAD_WORDS,
    /** "Unless …", "except …": an exception the notation cannot say. */
    EXCEPTION,
    /** "Suspected X", "possible X": weaker than X. */
    SUSPECTED,
    /** "Without a negative pregnancy test": a negated negation. */
    NEGATED_NEGATION,
    /** A negation or "suspected" with no check after it to bind to. */
    DANGLING_NEGATION,
    /** A time window with no event in its reach to apply to. */
    WINDOW_WITHOUT_EVENT,
    /** A time window standing alone between connectors, with no check of its own. */
    WINDOW_ALONE,
    /** Lab limits tied to liver metastases in a shape not read exactly. */
    LIVER_METASTASIS_LIMITS,
    /** "And" and "or" mixed where which binds first is not clear. */
    AND_WITHIN_OR,
    /** Clauses joined both by "; or" and by ";". */
    MIXED_CLAUSE_JOINS,
    /** An unread part after a comma or slash, which may continue the sentence rather than offer an alternative. */
    UNREAD_NOT_ALTERNATIVE,
    /** An alternative offered by "or" that is not read ("… or other immunodeficiency"). */
    UNREAD_ALTERNATIVE,
    /** An or of a check and its negation: a restatement misread. */
    CONTRADICTORY_ALTERNATIVES,
    /** An alternative whose condition in brackets is not read ("≤ 5 × ULN (if …)"). */
    CONDITIONAL_NOT_READ,
    /** A group of people the notation has no check for ("men" beside "women of childbearing potential"). */
    GROUP_NOT_EXPRESSIBLE,
    /** "Exceeds 20 % of the upper limit": a share of a limit, not a value in per cent. */
    SHARE_OF_A_LIMIT
}
