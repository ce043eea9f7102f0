package org.trialfinder.store.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.trialfinder.model.Study;
import org.trialfinder.store.StudyAttachment;

/**
 * The {@link StudyAttachment}s of a store as binary doc values ({@code attachment.<name>}), one per study
 * that has one: kept column-wise apart from the stored record, so reading every attachment (all the
 * compiled criteria of the recruiting trials) decompresses no record JSON.
 */
final class AttachmentFields {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9.]+");
    private static final String PREFIX = "attachment.";

    private final List<StudyAttachment> attachments;

    AttachmentFields(List<StudyAttachment> attachments) {
        for (StudyAttachment a : attachments) {
            if (!NAME.matcher(a.name()).matches()) {
                throw new IllegalArgumentException("attachment names are letters, digits and dots: " + a.name());
            }
        }
        if (attachments.stream().map(StudyAttachment::name).distinct().count() != attachments.size()) {
            throw new IllegalArgumentException("attachment names must be unique");
        }
        this.attachments = List.copyOf(attachments);
    }

    /** What the documents' attachments were derived with: part of the store's schema stamp. */
    String versions() {
        return attachments.stream().map(a -> a.name() + "=" + a.version()).collect(Collectors.joining(","));
    }

    void addTo(Document d, Study study) {
        for (StudyAttachment a : attachments) {
            Optional<byte[]> bytes = a.derive(study);
            bytes.ifPresent(b -> d.add(new BinaryDocValuesField(PREFIX + a.name(), new BytesRef(b))));
        }
    }

    /** The attachment of one document of a leaf; empty when it has none. */
    static Optional<byte[]> read(LeafReader leaf, int doc, String name) throws IOException {
        BinaryDocValues values = leaf.getBinaryDocValues(PREFIX + name);
        if (values == null || !values.advanceExact(doc)) {
            return Optional.empty();
        }
        return Optional.of(BytesRef.deepCopyOf(values.binaryValue()).bytes);
    }

    /** Every live document's attachment of this name with its NCT id. */
    static void forEach(DirectoryReader reader, String name, BiConsumer<String, byte[]> visitor) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader lr = leaf.reader();
            BinaryDocValues values = lr.getBinaryDocValues(PREFIX + name);
            SortedDocValues ids = lr.getSortedDocValues(StudyFields.ID);
            if (values == null || ids == null) {
                continue;
            }
            Bits live = lr.getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    visitor.accept(
                            ids.lookupOrd(ids.ordValue()).utf8ToString(),
                            BytesRef.deepCopyOf(values.binaryValue()).bytes);
                }
            }
        }
    }
}
