package org.trialfinder.store.lucene.search;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * {@code TILT[DateField]}: a score factor from 0.5 (20 or more years old, or no date) to 1.0 (today
 * or later), so recent studies rank higher without any being filtered out.
 */
final class RecencySource extends DoubleValuesSource {
    private static final double SPAN_DAYS = 20 * 365.25;
    private final String field;
    private final long today;

    RecencySource(String field, LocalDate today) {
        this.field = field;
        this.today = today.toEpochDay();
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        SortedNumericDocValues days = DocValues.getSortedNumeric(ctx.reader(), field);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (days.advanceExact(doc)) {
                    long latest = Long.MIN_VALUE;
                    for (int i = 0; i < days.docValueCount(); i++) {
                        latest = Math.max(latest, days.nextValue());
                    }
                    double age = Math.max(0, today - latest);
                    value = 0.5 + 0.5 * Math.max(0, 1 - age / SPAN_DAYS);
                } else {
                    value = 0.5;
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, field);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + Long.hashCode(today);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencySource r && r.field.equals(field) && r.today == today;
    }

    @Override
    public String toString() {
        return "recency(" + field + ")";
    }
}
