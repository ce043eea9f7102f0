package org.trialfinder.eligibility.parse;

/** How two neighbouring parts of an item are joined; SLASH ("AST/ALT", "chemotherapy/adjuvant") joins as "or" but is no explicit alternative. */
enum Joint {
    OR,
    SLASH,
    AND,
    COMMA,
    SEMI
}
