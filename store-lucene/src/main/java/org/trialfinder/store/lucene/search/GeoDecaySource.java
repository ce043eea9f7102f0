package org.trialfinder.store.lucene.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.trialfinder.search.GeoDecay;
import org.trialfinder.search.Haversine;
import org.trialfinder.store.lucene.index.IndexFields;

/**
 * {@code geoDecay}: a score factor from the distance between the searched point and a study's
 * nearest site (read from the sites' doc values), by the decay function the request names.
 */
final class GeoDecaySource extends DoubleValuesSource {
    private final double lat;
    private final double lon;
    private final GeoDecay decay;

    GeoDecaySource(double lat, double lon, GeoDecay decay) {
        this.lat = lat;
        this.lon = lon;
        this.decay = decay;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        SortedNumericDocValues points = DocValues.getSortedNumeric(ctx.reader(), IndexFields.GEO);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                double nearest = Double.POSITIVE_INFINITY;
                if (points.advanceExact(doc)) {
                    for (int i = 0; i < points.docValueCount(); i++) {
                        long encoded = points.nextValue();
                        double pLat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
                        double pLon = GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL));
                        nearest = Math.min(nearest, Haversine.km(lat, lon, pLat, pLon));
                    }
                }
                value = Double.isInfinite(nearest) ? 0 : decay.factor(nearest);
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
        return false;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lat, lon, decay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoDecaySource g && g.lat == lat && g.lon == lon && g.decay.equals(decay);
    }

    @Override
    public String toString() {
        return "geoDecay(" + lat + "," + lon + "," + decay + ")";
    }
}
