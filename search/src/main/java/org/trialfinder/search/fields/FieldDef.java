package org.trialfinder.search.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One node of the ClinicalTrials.gov study data model: a section, module, structure or leaf field,
 * with its piece name (what {@code fields}, {@code sort} and Essie's {@code AREA[…]} take), its
 * place in the v2 JSON and its type.
 *
 * <p>Paths are written two ways. {@link #path()} marks every list with {@code []}, e.g. {@code
 * protocolSection.contactsLocationsModule.locations[].city}; {@link #dottedPath()} is the same
 * without the marks, the form ClinicalTrials.gov accepts in {@code fields}
 * ({@code protocolSection.contactsLocationsModule.locations.city}).
 *
 * <p>Instances are immutable once the {@link FieldCatalog} that made them is built, and shared.
 */
public final class FieldDef {

    private final String name;
    private final String piece;
    private final String title;
    private final FieldType type;
    private final String typeName;
    private final boolean list;
    private final String enumType;
    private final Class<? extends Enum<?>> enumClass;
    private final List<String> enumValues;
    private final List<String> altPieceNames;
    private final boolean synonyms;
    private final Integer maxChars;
    private final boolean derivedPiece;

    // set once while the catalog is built
    private FieldDef parent;
    private List<FieldDef> children = new ArrayList<>();
    private String path;
    private String dottedPath;
    private String[] keys;
    private boolean[] listAt;

    FieldDef(
            String name,
            String piece,
            String title,
            FieldType type,
            String typeName,
            boolean list,
            String enumType,
            Class<? extends Enum<?>> enumClass,
            List<String> enumValues,
            List<String> altPieceNames,
            boolean synonyms,
            Integer maxChars,
            boolean derivedPiece) {
        this.name = name;
        this.piece = piece;
        this.title = title;
        this.type = type;
        this.typeName = typeName;
        this.list = list;
        this.enumType = enumType;
        this.enumClass = enumClass;
        this.enumValues = List.copyOf(enumValues);
        this.altPieceNames = List.copyOf(altPieceNames);
        this.synonyms = synonyms;
        this.maxChars = maxChars;
        this.derivedPiece = derivedPiece;
    }

    void attach(FieldDef parent) {
        this.parent = parent;
        int depth = parent == null ? 1 : parent.keys.length + 1;
        keys = new String[depth];
        listAt = new boolean[depth];
        if (parent != null) {
            System.arraycopy(parent.keys, 0, keys, 0, depth - 1);
            System.arraycopy(parent.listAt, 0, listAt, 0, depth - 1);
            parent.children.add(this);
        }
        keys[depth - 1] = name;
        listAt[depth - 1] = list;
        StringBuilder p = new StringBuilder();
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                p.append('.');
                d.append('.');
            }
            p.append(keys[i]);
            d.append(keys[i]);
            if (listAt[i]) p.append("[]");
        }
        path = p.toString();
        dottedPath = d.toString();
    }

    void freeze() {
        children = List.copyOf(children);
    }

    /** The JSON key of this node, e.g. {@code city}. */
    public String name() {
        return name;
    }

    /** The piece name, e.g. {@code LocationCity}; unique in the catalog. */
    public String piece() {
        return piece;
    }

    /** A short human label, e.g. {@code City}. */
    public String title() {
        return title;
    }

    public FieldType type() {
        return type;
    }

    /**
     * ClinicalTrials.gov's {@code type} of the node as its metadata writes it: {@code text}, {@code
     * markup}, {@code nct}, {@code PartialDate}, {@code NormalizedDate}, {@code NormalizedTime},
     * {@code integer}, {@code number}, {@code boolean}, {@code GeoPoint}, an enum type ({@code
     * Status}) or a structure type ({@code Location}); lists end with {@code []}.
     */
    public String typeName() {
        return list ? typeName + "[]" : typeName;
    }

    /** ClinicalTrials.gov's {@code sourceType}: STRUCT, TEXT, MARKUP, ENUM, DATE, NUMERIC, BOOLEAN or GEO_POINT. */
    public String sourceType() {
        return switch (type) {
            case STRUCT -> "STRUCT";
            case MARKUP -> "MARKUP";
            case ENUM -> "ENUM";
            case DATE -> "DATE";
            case INTEGER, NUMBER -> "NUMERIC";
            case BOOLEAN -> "BOOLEAN";
            case GEO_POINT -> "GEO_POINT";
            case TEXT, AGE -> "TEXT";
        };
    }

    /** Whether this node itself is a JSON array ({@code conditions}, {@code locations}). */
    public boolean isList() {
        return list;
    }

    /** Whether values of this piece may repeat in one study (it or an ancestor is a list). */
    public boolean isRepeated() {
        return listAncestor().isPresent();
    }

    /**
     * The nearest node, this one included, that is a list: {@code Location} ({@code locations[]})
     * for {@code LocationCity}, {@code Condition} itself for {@code Condition}; empty when the piece
     * occurs at most once per study.
     */
    public Optional<FieldDef> listAncestor() {
        for (FieldDef f = this; f != null; f = f.parent) {
            if (f.list) return Optional.of(f);
        }
        return Optional.empty();
    }

    public boolean isBranch() {
        return type == FieldType.STRUCT;
    }

    public boolean isLeaf() {
        return type != FieldType.STRUCT;
    }

    public boolean isEnum() {
        return type == FieldType.ENUM;
    }

    /** The API enum type, e.g. {@code Status} for {@code OverallStatus}; null unless {@link #isEnum()}. */
    public String enumType() {
        return enumType;
    }

    /** The model's enum class for this piece, when the model has one (results enums have none). */
    public Optional<Class<? extends Enum<?>>> enumClass() {
        return Optional.ofNullable(enumClass);
    }

    /** The allowed values of an enum piece, in the API's order; empty for other types. */
    public List<String> enumValues() {
        return enumValues;
    }

    /** Other names ClinicalTrials.gov accepts for this piece ({@code altPieceNames}), e.g. {@code NCT-ID}. */
    public List<String> altPieceNames() {
        return altPieceNames;
    }

    /** Whether searching this piece expands terms to their synonyms ({@code synonyms} in the metadata). */
    public boolean synonyms() {
        return synonyms;
    }

    /** The documented length limit, when there is one. */
    public Optional<Integer> maxChars() {
        return Optional.ofNullable(maxChars);
    }

    /**
     * True when the piece name was derived by ClinicalTrials.gov's naming convention rather than
     * read in a published copy of its metadata (see the package NOTICE).
     */
    public boolean isDerivedPiece() {
        return derivedPiece;
    }

    /** The enclosing node; null for a top-level section and {@code hasResults}. */
    public FieldDef parent() {
        return parent;
    }

    /** Child nodes in data-model order; empty for leaves. */
    public List<FieldDef> children() {
        return children;
    }

    /** All nodes below this one, depth first, in data-model order (not including this one). */
    public List<FieldDef> descendants() {
        List<FieldDef> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(FieldDef f, List<FieldDef> out) {
        for (FieldDef c : f.children) {
            out.add(c);
            collect(c, out);
        }
    }

    /** The leaves at or below this node. */
    public List<FieldDef> leaves() {
        if (isLeaf()) return List.of(this);
        List<FieldDef> out = new ArrayList<>();
        for (FieldDef d : descendants()) if (d.isLeaf()) out.add(d);
        return out;
    }

    /** The path with lists marked, e.g. {@code protocolSection.conditionsModule.conditions[]}. */
    public String path() {
        return path;
    }

    /** The path without list marks, e.g. {@code protocolSection.conditionsModule.conditions}. */
    public String dottedPath() {
        return dottedPath;
    }

    /** Whether {@code other} is this node or lies below it. */
    public boolean contains(FieldDef other) {
        for (FieldDef f = other; f != null; f = f.parent) if (f == this) return true;
        return false;
    }

    // precompiled steps for FieldValues / Projection
    String[] keys() {
        return keys;
    }

    boolean[] listAt() {
        return listAt;
    }

    @Override
    public String toString() {
        return piece + " (" + path + ")";
    }
}
