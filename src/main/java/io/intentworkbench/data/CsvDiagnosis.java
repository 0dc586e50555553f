package io.intentworkbench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds why a CSV file could not be parsed, so the message can name the line: a quote that is
 * never closed, or a row with more or fewer fields than the header. Only run after a failure.
 */
final class CsvDiagnosis {
    private CsvDiagnosis() {
    }

    static Optional<String> explain(Path file, CsvFormat format) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                format.charset()))) {
            return scan(reader, format.delimiter());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Walks the records as a CSV parser would: a quote opens a quoted cell only at the start of a
     * cell, and two quotes inside one stand for a quote. Counts fields per record.
     */
    static Optional<String> scan(BufferedReader reader, char delimiter) throws IOException {
        int headerFields = -1;
        int fields = 1;
        int record = 0;
        int line = 1;
        int quoteOpenedOnLine = 0;
        boolean quoted = false;
        boolean cellStart = true;
        boolean empty = true;
        int c = reader.read();
        while (c >= 0) {
            int next = reader.read();
            if (quoted) {
                if (c == '"' && next == '"') {
                    next = reader.read();
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"' && cellStart) {
                quoted = true;
                quoteOpenedOnLine = line;
            } else if (c == delimiter) {
                fields++;
                cellStart = true;
                c = next;
                continue;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && next == '\n') {
                    next = reader.read();
                }
                if (!empty) {
                    String problem = check(record, fields, headerFields, line);
                    if (problem != null) {
                        return Optional.of(problem);
                    }
                    headerFields = headerFields < 0 ? fields : headerFields;
                    record++;
                }
                fields = 1;
                empty = true;
                cellStart = true;
                line++;
                c = next;
                continue;
            }
            if (c == '\n' || c == '\r') {
                line++;
            }
            empty = false;
            cellStart = false;
            c = next;
        }
        if (quoted) {
            return Optional.of("A quote (\") opened on line " + quoteOpenedOnLine + " is never closed, so the rest of "
                    + "the file reads as one cell; close the quote or remove it.");
        }
        return Optional.ofNullable(empty ? null : check(record, fields, headerFields, line));
    }

    private static String check(int record, int fields, int headerFields, int line) {
        if (record == 0 || fields == headerFields) {
            return null;
        }
        return "Line " + line + " has " + fields + (fields == 1 ? " field" : " fields") + " but the header has "
                + headerFields + "; check the delimiter and the quotes on that line.";
    }
}
