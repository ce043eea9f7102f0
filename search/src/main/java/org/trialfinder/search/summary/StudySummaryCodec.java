package org.trialfinder.search.summary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link StudySummary} as compact bytes, for a backend to keep per trial: each text as a varint
 * (UTF-8 length + 1, 0 for null) and its bytes, each list as a varint count and its items, sites last.
 * The first byte is the format's version, so bytes of another format are refused, not misread.
 */
public final class StudySummaryCodec {
    private static final int FORMAT = 1;

    private StudySummaryCodec() {}

    public static byte[] encode(StudySummary s) {
        Out out = new Out();
        out.varint(FORMAT);
        out.text(s.nctId());
        out.text(s.briefTitle());
        out.text(s.officialTitle());
        out.text(s.overallStatus());
        out.texts(s.phases());
        out.text(s.studyType());
        out.texts(s.conditions());
        out.text(s.leadSponsor());
        out.varint(s.sites().size());
        for (StudySummary.Site site : s.sites()) {
            if (site == null) {
                out.varint(0);
                continue;
            }
            out.varint(1);
            out.text(site.facility());
            out.text(site.city());
            out.text(site.state());
            out.text(site.country());
            out.text(site.status());
            out.text(site.cityKey());
        }
        return out.toByteArray();
    }

    public static StudySummary decode(byte[] bytes, int offset, int length) {
        In in = new In(bytes, offset, offset + length);
        int format = in.varint();
        if (format != FORMAT) {
            throw new IllegalArgumentException("a study summary in format " + format + ", not " + FORMAT);
        }
        String nctId = in.text();
        String briefTitle = in.text();
        String officialTitle = in.text();
        String status = in.text();
        List<String> phases = in.texts();
        String studyType = in.text();
        List<String> conditions = in.texts();
        String sponsor = in.text();
        int n = in.varint();
        List<StudySummary.Site> sites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sites.add(
                    in.varint() == 0
                            ? null
                            : new StudySummary.Site(in.text(), in.text(), in.text(), in.text(), in.text(), in.text()));
        }
        return new StudySummary(
                nctId,
                briefTitle,
                officialTitle,
                status,
                phases,
                studyType,
                conditions,
                sponsor,
                Collections.unmodifiableList(sites));
    }

    private static final class Out extends ByteArrayOutputStream {
        Out() {
            super(256);
        }

        void varint(int v) {
            while ((v & ~0x7F) != 0) {
                write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write(v);
        }

        void text(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length + 1);
            write(b, 0, b.length);
        }

        void texts(List<String> list) {
            varint(list.size());
            list.forEach(this::text);
        }
    }

    private static final class In {
        private final byte[] bytes;
        private final int end;
        private int pos;

        In(byte[] bytes, int offset, int end) {
            this.bytes = bytes;
            this.pos = offset;
            this.end = end;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                if (pos >= end) {
                    throw new IllegalArgumentException("a study summary ends early");
                }
                byte b = bytes[pos++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        String text() {
            int n = varint();
            if (n == 0) {
                return null;
            }
            String s = new String(bytes, pos, n - 1, StandardCharsets.UTF_8);
            pos += n - 1;
            return s;
        }

        List<String> texts() {
            int n = varint();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(text());
            }
            return Collections.unmodifiableList(out);
        }
    }
}
