package org.trialfinder.store.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsConsumer;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * The store's codec for writing: exactly the delegate's format, under the delegate's name (so every
 * reader opens the segments with the standard codec), but faster to write. When a segment is
 * flushed or merged, the postings writer looks up the norm of every posting to record score impacts,
 * through a fresh norms iterator per term; for a field only some studies have (most of the catalog's
 * pieces) the norms are sparse, and each lookup scans its block from the start. Profiles of a bulk
 * ingest showed those scans at a fifth of all CPU time. Here a flush or merge reads each field's
 * norms once into arrays and answers the lookups by binary search; what is written does not change.
 */
final class WriteTimeNormsCodec extends FilterCodec {
    private final NormsFormat norms;

    WriteTimeNormsCodec(Codec delegate) {
        super(delegate.getName(), delegate);
        NormsFormat format = delegate.normsFormat();
        this.norms = new NormsFormat() {
            @Override
            public NormsConsumer normsConsumer(SegmentWriteState state) throws IOException {
                return format.normsConsumer(state);
            }

            @Override
            public NormsProducer normsProducer(SegmentReadState state) throws IOException {
                return new ForWriting(format.normsProducer(state));
            }
        };
    }

    @Override
    public NormsFormat normsFormat() {
        return norms;
    }

    /**
     * Reads as the delegate does, except through {@link #getMergeInstance()}, which flushes and
     * merges use (one thread, field after field): that instance keeps the current field's norms in
     * arrays, one field at a time, so memory stays at one field of one segment.
     */
    private static final class ForWriting extends NormsProducer {
        private final NormsProducer in;

        ForWriting(NormsProducer in) {
            this.in = in;
        }

        @Override
        public NumericDocValues getNorms(FieldInfo field) throws IOException {
            return in.getNorms(field);
        }

        @Override
        public void checkIntegrity() throws IOException {
            in.checkIntegrity();
        }

        @Override
        public NormsProducer getMergeInstance() {
            return new Cached(in.getMergeInstance());
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Cached extends NormsProducer {
        private final NormsProducer in;
        private int field = -1;
        private int[] docs = new int[0];
        private long[] values = new long[0];
        private int count;

        Cached(NormsProducer in) {
            this.in = in;
        }

        @Override
        public synchronized NumericDocValues getNorms(FieldInfo info) throws IOException {
            if (info.number != field) {
                load(info);
            }
            return new ArrayNorms(docs, values, count);
        }

        private void load(FieldInfo info) throws IOException {
            NumericDocValues source = in.getNorms(info);
            int n = 0;
            int[] d = new int[Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, source.cost()))];
            long[] v = new long[d.length];
            for (int doc = source.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = source.nextDoc()) {
                if (n == d.length) {
                    d = Arrays.copyOf(d, n * 2);
                    v = Arrays.copyOf(v, n * 2);
                }
                d[n] = doc;
                v[n] = source.longValue();
                n++;
            }
            // new arrays each time: iterators handed out for the previous field keep theirs
            docs = d;
            values = v;
            count = n;
            field = info.number;
        }

        @Override
        public void checkIntegrity() throws IOException {
            in.checkIntegrity();
        }

        @Override
        public NormsProducer getMergeInstance() {
            return this;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Norms of one field from arrays of its documents (ascending) and their values. */
    static final class ArrayNorms extends NumericDocValues {
        private final int[] docs;
        private final long[] values;
        private final int count;
        /** Index of the current document, or where the last target would be inserted. */
        private int index = -1;

        private int doc = -1;

        ArrayNorms(int[] docs, long[] values, int count) {
            this.docs = docs;
            this.values = values;
            this.count = count;
        }

        @Override
        public long longValue() {
            return values[index];
        }

        @Override
        public boolean advanceExact(int target) {
            int from = Math.max(0, index);
            int found = Arrays.binarySearch(docs, from, count, target);
            doc = target;
            if (found >= 0) {
                index = found;
                return true;
            }
            index = -found - 2; // the last document before the target (-1: none)
            return false;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return move(index + 1);
        }

        @Override
        public int advance(int target) {
            int found = Arrays.binarySearch(docs, Math.max(0, index), count, target);
            return move(found >= 0 ? found : -found - 1);
        }

        private int move(int to) {
            index = to;
            doc = to < count ? docs[to] : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public long cost() {
            return count;
        }
    }
}
