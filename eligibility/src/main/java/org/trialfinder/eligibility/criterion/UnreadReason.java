package org.trialfinder.eligibility.criterion;

/**
 * Why the criterion parser left an item, or a part of one, unread: one value per place where its reading stops.
 * Only a diagnostic (what to teach the parser next); the screening never depends on it.
 */
public enum UnreadReason {
    // each with what it means, as the benchmark prints it
    NOT_RECORDED("Made outside the criterion parser, or decoded from a stored trial: no reason kept"),
    EMPTY("Blank text"),
    ITEM_TOO_LONG("Longer than any real criterion item (hostile or broken text)"),
    UNFINISHED_SENTENCE("\"Female patients who:\": a sentence whose statement follows in items of its own"),
    PERMISSION("\"Pregnant women are eligible\": a permission, not a criterion"),
    NO_RECOGNISED_TERM("Nothing in the text the notation has a term for"),
    UNREAD_WORDS("Words left unread beside what was read, which could change its meaning"),
    EXCEPTION("\"Unless …\", \"except …\": an exception the notation cannot say"),
    SUSPECTED("\"Suspected X\", \"possible X\": weaker than X"),
    SUB_HEADING("\"Chemotherapy\" above \"* Not specified\": a short label heading the list below it"),
    OWN_OR_OTHER_CANCER("\"A previous cancer\" required: the trial's own or another, which the notation cannot say"),
    NARROWER_TERM("\"Heart transplant\", \"alcoholism\": narrower than the term it is read as"),
    NEGATED_NEGATION("\"Without a negative pregnancy test\": a negated negation"),
    DANGLING_NEGATION("A negation or \"suspected\" with no check after it to bind to"),
    WINDOW_WITHOUT_EVENT("A time window with no event in its reach to apply to"),
    WINDOW_ALONE("A time window standing alone between connectors, with no check of its own"),
    LIVER_METASTASIS_LIMITS("Lab limits tied to liver metastases in a shape not read exactly"),
    AND_WITHIN_OR("\"And\" and \"or\" mixed where which binds first is not clear"),
    MIXED_CLAUSE_JOINS("Clauses joined both by \"; or\" and by \";\""),
    UNREAD_NOT_ALTERNATIVE(
            "An unread part after a comma or slash, which may continue the sentence rather than offer an alternative"),
    UNREAD_ALTERNATIVE("An alternative offered by \"or\" that is not read (\"… or other immunodeficiency\")"),
    CONTRADICTORY_ALTERNATIVES("An or of a check and its negation: a restatement misread"),
    CONDITIONAL_NOT_READ(
            "The condition of an alternative or an allowance not read (\"≤ 5 × ULN (if …)\", \"in patients with Gilbert's syndrome\")"),
    GROUP_NOT_EXPRESSIBLE(
            "A group of people the notation has no check for (\"men\" beside \"women of childbearing potential\")"),
    PLANNED(
            "A plan or wish (a therapy to be given in the trial, planning to become pregnant): no state the notation has"),
    EXAMPLES("\"Such as …\": examples under a head the notation has no term for"),
    REQUIREMENT_IN_EXCLUSION(
            "\"Women of childbearing potential must use contraception\" under an exclusion heading: a requirement, whose breach excludes"),
    SHARE_OF_A_LIMIT("\"Exceeds 20 % of the upper limit\": a share of a limit, not a value in per cent");

    private final String meaning;

    UnreadReason(String meaning) {
        this.meaning = meaning;
    }

    /** What the reason means, in a few words. */
    public String meaning() {
        return meaning;
    }
}
