package org.trialfinder.search.stats;

import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.trialfinder.search.fields.FieldDef;

/**
 * Figures over every stored study that the statistics endpoints report, kept by the backend at
 * indexing so that answering them never reads the stored records: an embedded index from doc values,
 * a distributed engine from aggregations over the same per-study values.
 */
public interface StoreStatistics {
    /**
     * Visits each study of the last committed state with the size in bytes of its stored record, in
     * the order {@code StudyStore.forEach} visits them.
     */
    void forEachRecordSize(ObjIntConsumer<String> visitor);

    /**
     * For each list field (or field inside a list), how many studies hold it how many times (its
     * {@code FieldValues.sizeOf}), size 0 included when some study lacks it; one map per field, in
     * the fields' order, each in no promised order.
     */
    List<Map<Integer, Long>> listSizes(List<FieldDef> listFields);
}
