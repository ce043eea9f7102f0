package org.trialfinder.api.format;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV read back by a CSV library's parser (Jackson's CSV reader, without a schema: every record as
 * its array of cells), beside the strict hand-written {@link CsvReader}: output must satisfy both.
 */
final class LibraryCsvReader {

    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private LibraryCsvReader() {}

    static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(text)) {
            while (it.hasNext()) {
                records.add(List.of(it.next()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
