package org.trialfinder.search.fields;

/**
 * What kind of value a catalog piece holds, as far as searching and sorting care.
 *
 * <p>ClinicalTrials.gov's metadata says the same with its {@code sourceType} and {@code type}
 * pair ({@link FieldDef#sourceType()}, {@link FieldDef#typeName()}); this is the compact form the
 * rest of Trialfinder switches on.
 */
public enum FieldType {
    /** Short text ({@code text}, {@code nct}); matched as words and phrases. */
    TEXT,
    /** Long CommonMark text ({@code markup}): summaries, descriptions, criteria. */
    MARKUP,
    /** One value of a closed vocabulary ({@link FieldDef#enumValues()}). */
    ENUM,
    /** A date, possibly partial: {@code 2024}, {@code 2024-05} or {@code 2024-05-17}. */
    DATE,
    /** A whole number (enrollment, counts). */
    INTEGER,
    /** A decimal number (BMI limits). */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An age with its unit, such as {@code "18 Years"} or {@code "6 Months"}. */
    AGE,
    /** A point {@code {"lat":…,"lon":…}}: a leaf for searching although it is an object in JSON. */
    GEO_POINT,
    /** A branch: a section, module or structure with children. */
    STRUCT;

    /** Whether {@code RANGE[…]} and {@code sort} apply (dates and numbers, ages included). */
    public boolean isOrdered() {
        return this == DATE || this == INTEGER || this == NUMBER || this == AGE;
    }

    /** Whether values are words to search (text and markup). */
    public boolean isText() {
        return this == TEXT || this == MARKUP;
    }
}
