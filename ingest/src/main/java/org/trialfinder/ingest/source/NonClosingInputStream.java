package org.trialfinder.ingest.source;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Lets a reader consume one zip entry without closing the zip stream under it. */
final class NonClosingInputStream extends FilterInputStream {
    NonClosingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // The zip stream moves on to its next entry; closing it here would end the whole zip.
    }
}
