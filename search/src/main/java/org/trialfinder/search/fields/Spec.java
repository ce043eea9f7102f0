package org.trialfinder.search.fields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A node of the catalog as written in {@link StandardFields}, before it is built into a {@link FieldDef}. */
final class Spec {
    final String name;
    final String piece;
    final String title;
    final FieldType type;
    String typeName;
    boolean list;
    String enumType;
    Class<? extends Enum<?>> enumClass;
    List<String> enumValues = List.of();
    List<String> alt = new ArrayList<>();
    boolean synonyms;
    Integer maxChars;
    boolean derived;
    final List<Spec> children;

    Spec(String name, String piece, String title, FieldType type, String typeName, Spec... children) {
        this.name = name;
        this.piece = piece;
        this.title = title;
        this.type = type;
        this.typeName = typeName;
        this.children = Arrays.asList(children);
    }

    /** Marks the node as a JSON array. */
    Spec list() {
        list = true;
        return this;
    }

    /** Alternate piece names ClinicalTrials.gov accepts. */
    Spec alt(String... names) {
        alt.addAll(Arrays.asList(names));
        return this;
    }

    /** The field expands search terms to synonyms. */
    Spec syn() {
        synonyms = true;
        return this;
    }

    Spec max(int chars) {
        maxChars = chars;
        return this;
    }

    Spec type(String t) {
        typeName = t;
        return this;
    }

    /** The piece name was derived by convention, not read in a published copy of the metadata. */
    Spec derived() {
        derived = true;
        return this;
    }

    FieldDef build(FieldDef parent) {
        FieldDef f = new FieldDef(
                name,
                piece,
                title,
                type,
                typeName,
                list,
                enumType,
                enumClass,
                enumValues,
                alt,
                synonyms,
                maxChars,
                derived);
        f.attach(parent);
        for (Spec c : children) c.build(f);
        f.freeze();
        return f;
    }
}
