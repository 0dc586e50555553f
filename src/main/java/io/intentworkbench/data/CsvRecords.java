package io.intentworkbench.data;

import java.util.ArrayList;
import java.util.List;

/** Splits the first records of a CSV text into cells, as a CSV parser would (quotes, doubled quotes). */
final class CsvRecords {
    private CsvRecords() {
    }

    /**
     * Up to count records from the start of the text. A last record without a line end counts only
     * when the text is the whole file; otherwise it may be cut off, and is dropped.
     */
    static List<List<String>> first(String text, char delimiter, int count, boolean wholeText) {
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
        boolean pending = !record.isEmpty() || cell.length() > 0;
        if (wholeText && !quoted && pending && records.size() < count) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
