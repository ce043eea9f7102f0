package org.trialfinder.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a stream into lines of bytes ({@code \n} or {@code \r\n} ended), without decoding them: a
 * JSON Lines record goes to a worker as the bytes it came as, so the one reading thread does not
 * spend its time turning UTF-8 into characters and back (at 10,000 records a second that thread
 * is the limit). Lines may be as long as memory allows.
 */
final class ByteLines {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the input. */
    byte[] next() throws IOException {
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < end; i++) {
                if (buf[i] == '\n') {
                    byte[] line = copy(start, i);
                    start = i + 1;
                    return line;
                }
            }
            if (eof) {
                if (start == end) {
                    return null;
                }
                byte[] line = copy(start, end);
                start = end;
                return line;
            }
            int scanned = end - start;
            fill(); // may move the line to the front of the buffer
            scanFrom = start + scanned;
        }
    }

    /** Reads more input after {@code end}, moving or growing the buffer so the current line fits. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    private byte[] copy(int from, int to) {
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        return Arrays.copyOfRange(buf, from, to);
    }

    /** Whether a line holds only white space (it is skipped, as blank lines between records are). */
    static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b < 0 || !Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
