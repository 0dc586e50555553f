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

    /** Walks the records as a CSV parser would, counting fields per record. */
    static Optional<String> scan(BufferedReader reader, char delimiter) throws IOException {
        int headerFields = -1;
        int fields = 1;
        int record = 0;
        int line = 1;
        int quoteOpenedOnLine = 0;
        boolean quoted = false;
        int c;
        int previous = -1;
        while ((c = reader.read()) >= 0) {
            if (c == '"') {
                if (!quoted) {
                    quoteOpenedOnLine = line;
                }
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields++;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                if (!(c == '\n' && previous == '\r') && previous != -1) {
                    String problem = check(record, fields, headerFields, line);
                    if (problem != null) {
                        return Optional.of(problem);
                    }
                    headerFields = headerFields < 0 ? fields : headerFields;
                    record++;
                }
                fields = 1;
            }
            if (c == '\n' || (c == '\r')) {
                line += c == '\n' && previous == '\r' ? 0 : 1;
            }
            previous = c;
        }
        if (quoted) {
            return Optional.of("A quote (\") opened on line " + quoteOpenedOnLine + " is never closed, so the rest of "
                    + "the file reads as one cell; close the quote or remove it.");
        }
        return Optional.ofNullable(previous == '\n' || previous == '\r' ? null
                : check(record, fields, headerFields, line));
    }

    private static String check(int record, int fields, int headerFields, int line) {
        if (record == 0 || fields == headerFields) {
            return null;
        }
        return "Line " + line + " has " + fields + (fields == 1 ? " field" : " fields") + " but the header has "
                + headerFields + "; check the delimiter and the quotes on that line.";
    }
}
