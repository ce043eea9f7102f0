package org.trialfinder.app.seo;

import java.time.LocalDate;
import java.util.Arrays;
import org.trialfinder.model.NctId;
import org.trialfinder.store.StudyStore;

/**
 * Every stored study's NCT id and last update date, in id order, packed in one {@code long[]}: what the trial
 * sitemaps list, 8 bytes a study (4.8 MB at 600,000), read from {@link StudyStore#forEachLastUpdate} without a
 * record. The id order keeps a trial in the same sitemap file from one data version to the next.
 */
final class StudyUpdates {
    /** The low half of an entry when the record gives no date. */
    private static final int NO_DATE = Integer.MIN_VALUE;

    private final long[] entries;

    private StudyUpdates(long[] entries) {
        this.entries = entries;
    }

    static StudyUpdates read(StudyStore store) {
        long[][] buffer = {new long[1024]};
        int[] size = {0};
        store.forEachLastUpdate((id, date) -> {
            if (!NctId.isCanonical(id)) {
                return; // a stored record always has the canonical form; nothing else has a page to list
            }
            if (size[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], buffer[0].length * 2);
            }
            long number = Long.parseLong(id, 3, id.length(), 10);
            int day = date == null ? NO_DATE : Math.toIntExact(date.toEpochDay());
            buffer[0][size[0]++] = number << 32 | (day & 0xFFFF_FFFFL);
        });
        long[] entries = Arrays.copyOf(buffer[0], size[0]);
        Arrays.sort(entries); // by id: the number is in the high half, and numbers are positive and distinct
        return new StudyUpdates(entries);
    }

    int size() {
        return entries.length;
    }

    /** The NCT id of the entry at {@code index} (in id order). */
    String id(int index) {
        String digits = Long.toString(entries[index] >>> 32);
        return "NCT" + "00000000".substring(digits.length()) + digits;
    }

    /** The last update date of the entry at {@code index}, or null when its record gives none. */
    LocalDate lastUpdate(int index) {
        int day = (int) entries[index];
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /** The newest last update date among the entries {@code from} (inclusive) to {@code to} (exclusive), or null. */
    LocalDate newest(int from, int to) {
        int newest = NO_DATE;
        for (int i = from; i < to; i++) {
            newest = Math.max(newest, (int) entries[i]);
        }
        return newest == NO_DATE ? null : LocalDate.ofEpochDay(newest);
    }
}
