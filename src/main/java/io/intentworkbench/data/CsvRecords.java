package io.intentworkbench.data;

import java.util.ArrayList;
import java.util.List;

/** Splits the first records of a CSV text into cells, as a CSV parser would (quotes, doubled quotes). */
final class CsvRecords {
    private CsvRecords() {
    }

    /** Up to count complete records from the start of the text; a record cut off at the end is dropped. */
    static List<List<String>> first(String text, char delimiter, int count) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        int i = 0;
        while (i < text.length() && records.size() < count) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                }
                record = new ArrayList<>();
                cellStart = true;
            } else {
                cell.append(c);
                cellStart = false;
            }
            i++;
        }
        return records;
    }
}
