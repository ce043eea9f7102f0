package org.trialfinder.search.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code sort} accepts, after the official spec: "only date and numeric fields are allowed for
 * sorting", dates descending and numbers ascending by default, studies without a value last.
 *
 * <p>Every catalog leaf that is ordered ({@link FieldType#isOrdered()}: dates, integers, decimals,
 * ages) is sortable, by piece name, alternate name or path. So are list counts: ClinicalTrials.gov
 * sorts on indexed-only numbers such as {@code NumArmGroups} (the spec's own example {@code
 * EnrollmentCount:desc|NumArmGroups}); Trialfinder names one for every list of the data model by
 * the same convention, {@code Num} + the list's piece + {@code s} ({@code NumArmGroups}, {@code
 * NumLocations}, {@code NumConditions}), counted over the whole study, 0 when the list is absent.
 */
public final class SortablePieces {
    private static final SortablePieces STANDARD = new SortablePieces(FieldCatalog.standard());

    /** One sortable piece: its canonical name, the list it counts (for a {@code Num…s} piece), and its default direction. */
    public record Sortable(String piece, Optional<FieldDef> countOf, boolean descendingByDefault) {}

    private final FieldCatalog catalog;
    private final Map<String, FieldDef> counts = new LinkedHashMap<>();

    private SortablePieces(FieldCatalog catalog) {
        this.catalog = catalog;
        for (FieldDef f : catalog.all()) {
            String name = countName(f);
            if (f.isList() && catalog.byPiece(name).isEmpty()) {
                counts.putIfAbsent(name.toLowerCase(Locale.ROOT), f);
            }
        }
    }

    public static SortablePieces standard() {
        return STANDARD;
    }

    /** The sortable piece called {@code name} (any case), or empty when it cannot be sorted on. */
    public Optional<Sortable> resolve(String name) {
        Optional<FieldDef> field = catalog.resolve(name);
        if (field.isPresent()) {
            FieldDef f = field.get();
            return f.type().isOrdered()
                    ? Optional.of(new Sortable(f.piece(), Optional.empty(), f.type() == FieldType.DATE))
                    : Optional.empty();
        }
        FieldDef list = counts.get(name.trim().toLowerCase(Locale.ROOT));
        return list == null ? Optional.empty() : Optional.of(new Sortable(countName(list), Optional.of(list), false));
    }

    /** The lists that have a {@code Num…s} count piece, each once. */
    public List<FieldDef> countedLists() {
        return List.copyOf(counts.values());
    }

    /** {@code NumArmGroups} for {@code ArmGroup}. */
    public static String countName(FieldDef list) {
        return "Num" + list.piece() + "s";
    }
}
