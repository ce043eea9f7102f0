package org.trialfinder.api.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF or LF, cells may be quoted,
 * quotes inside quoted cells are doubled. Anything else (a quote inside a bare cell, text after
 * a closing quote, an unclosed quote) fails the test.
 */
final class CsvReader {

    private CsvReader() {}

    static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean atRecordStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                if (cell.length() > 0) {
                    throw new AssertionError("quote inside a bare cell at " + i);
                }
                i++;
                while (true) {
                    if (i >= n) {
                        throw new AssertionError("unclosed quote");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        cell.append(q);
                        i++;
                    }
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new AssertionError("text after a closing quote at " + i);
                }
                atRecordStart = false;
                continue;
            }
            if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                i++;
                atRecordStart = false;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                        throw new AssertionError("bare CR at " + i);
                    }
                    i++;
                }
                i++;
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                atRecordStart = true;
                continue;
            }
            cell.append(c);
            i++;
            atRecordStart = false;
        }
        if (!atRecordStart) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
