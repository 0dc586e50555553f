package io.intentworkbench.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV text straight into columns, each stored as its distinct cell texts and one code per
 * row. A behaviour file repeats few values per column (months, visitor types, page counts), so a
 * cell usually costs a hash of its characters and no new string, and everything downstream
 * (types, statistics, numbers) parses each distinct text once instead of once per row.
 *
 * <p>The dialect is that of the files the importer accepts: one delimiter, double quotes around a
 * cell that holds delimiters, quotes or line breaks, a doubled quote inside them for a quote, LF
 * line ends (the reader given has already turned CR and CRLF into LF), spaces around an unquoted
 * cell ignored, blank lines skipped. A row with more or fewer cells than the first, a quote never
 * closed, or a cell longer than the limit stops the read with a {@link ShapeException}, which the
 * importer turns into a sentence naming the line.
 */
final class CsvColumns {
    private static final int BUFFER = 1 << 16;

    /** Why the text cannot be read as a table; the importer explains it to the person. */
    static final class ShapeException extends RuntimeException {
        ShapeException(String message) {
            super(message);
        }
    }

    private final Reader in;
    private final char delimiter;
    private final int maxCellChars;
    private final int maxColumns;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private char[] cell = new char[256];
    private int line = 1;

    private CsvColumns(Reader in, char delimiter, int maxCellChars, int maxColumns) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxCellChars = maxCellChars;
        this.maxColumns = maxColumns;
    }

    /**
     * Reads every record: the first one's cells become the header when there is one, and the
     * columns hold the rest.
     *
     * @param header receives the header cells (left empty without a header)
     */
    static List<CodedColumn> read(Reader in, char delimiter, boolean hasHeader, int maxCellChars, int maxColumns,
                             List<String> header) throws IOException {
        return new CsvColumns(in, delimiter, maxCellChars, maxColumns).readAll(hasHeader, header);
    }

    private List<CodedColumn> readAll(boolean hasHeader, List<String> header) throws IOException {
        List<CodedColumn> columns = new ArrayList<>();
        List<String> first = new ArrayList<>();
        int firstLine = line;
        while (first.isEmpty() && fill()) {
            firstLine = line;
            readRecord(first);
            if (first.size() == 1 && first.get(0).isEmpty()) {
                first.clear();
            }
        }
        if (first.isEmpty()) {
            return columns;
        }
        for (int c = 0; c < first.size(); c++) {
            columns.add(new CodedColumn());
        }
        if (hasHeader) {
            header.addAll(first);
        } else {
            for (int c = 0; c < first.size(); c++) {
                char[] text = first.get(c).toCharArray();
                columns.get(c).add(text, 0, text.length, hash(text, 0, text.length));
            }
        }
        int width = first.size();
        while (fill()) {
            int recordLine = line;
            int cells = readRecord(columns, width);
            if (cells == -1) {
                continue;
            }
            if (cells != width) {
                throw new ShapeException("Line " + recordLine + " has " + cells + " fields but "
                        + (hasHeader ? "the header has " : "line " + firstLine + " has ") + width
                        + "; check the delimiter and the quotes on that line.");
            }
        }
        return columns;
    }

    /** Whether text remains (refilling the buffer when it is used up). */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        limit = in.read(buffer, 0, BUFFER);
        position = 0;
        while (limit == 0) {
            limit = in.read(buffer, 0, BUFFER);
        }
        return limit > 0;
    }

    /** The next character, or -1 at the end of the text. */
    private int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    /** Reads one record's cells into a list (the first record). */
    private void readRecord(List<String> cells) throws IOException {
        int end;
        do {
            end = readCell();
            cells.add(new String(cellChars, cellStart, cellLength));
            if (cells.size() > maxColumns) {
                throw tooManyColumns();
            }
        } while (end == delimiter);
    }

    /**
     * Reads one record's cells into the columns; returns how many cells it had, or -1 for a blank
     * line. A record with more cells than columns is counted but its extra cells are not kept.
     */
    private int readRecord(List<CodedColumn> columns, int width) throws IOException {
        int count = 0;
        int end;
        do {
            end = readCell();
            if (count == 0 && end != delimiter && cellLength == 0 && !cellQuoted) {
                return -1;
            }
            if (count < width) {
                columns.get(count).add(cellChars, cellStart, cellLength, cellHash);
            }
            count++;
        } while (end == delimiter);
        return count;
    }

    /** The last cell read: its characters (a slice of the read buffer, or of {@code cell}), their hash. */
    private char[] cellChars;
    private int cellStart;
    private int cellLength;
    private int cellHash;
    private boolean cellQuoted;

    /**
     * Reads one cell into {@code cell}; returns what ended it: the delimiter, '\n' or -1 (end of
     * text).
     */
    private int readCell() throws IOException {
        // Most cells are unquoted and lie inside the buffer: hash them where they are.
        if (position < limit && buffer[position] != '"' && !isSpace(buffer[position])) {
            int start = position;
            int hash = 0;
            int hashOfContent = 0;
            int contentEnd = start;
            for (int end = start; end < limit; end++) {
                char ch = buffer[end];
                if (ch == delimiter || ch == '\n') {
                    if (ch == '\n') {
                        line++;
                    }
                    position = end + 1;
                    cellChars = buffer;
                    cellStart = start;
                    cellLength = contentEnd - start;
                    cellHash = hashOfContent;
                    cellQuoted = false;
                    return ch;
                }
                hash = 31 * hash + ch;
                if (!isSpace(ch)) {
                    hashOfContent = hash;
                    contentEnd = end + 1;
                }
            }
        }
        int end = readCellSlowly();
        cellChars = cell;
        cellStart = 0;
        cellHash = hash(cell, 0, cellLength);
        return end;
    }

    static int hash(char[] text, int start, int length) {
        int hash = 0;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + text[i];
        }
        return hash;
    }

    /** Reads one cell into {@code cell}, whatever its form, refilling the buffer as needed. */
    private int readCellSlowly() throws IOException {
        int length = 0;
        int c = next();
        while (isSpace(c)) {
            c = next();
        }
        cellQuoted = c == '"';
        if (cellQuoted) {
            int quoteLine = line;
            while (true) {
                c = next();
                if (c == -1) {
                    throw new ShapeException("The quote opened on line " + quoteLine
                            + " is never closed; check the quotes from that line on.");
                }
                if (c == '"') {
                    c = next();
                    if (c != '"') {
                        break;
                    }
                } else if (c == '\n') {
                    line++;
                }
                length = append(length, (char) c);
            }
            while (isSpace(c)) {
                c = next();
            }
            if (c != delimiter && c != '\n' && c != -1) {
                // Text after the closing quote: the cell is read as it stands, quotes and all.
                char[] quotedPart = Arrays.copyOf(cell, length);
                length = append(0, '"');
                for (char q : quotedPart) {
                    length = append(length, q);
                }
                length = append(length, '"');
                cellQuoted = false;
                length = readUnquoted(length, c);
                cellLength = length;
                return lastEnd;
            }
        } else {
            length = readUnquoted(0, c);
            cellLength = length;
            return lastEnd;
        }
        if (c == '\n') {
            line++;
        }
        cellLength = length;
        return c;
    }

    private int lastEnd;

    /** Reads the rest of an unquoted cell from character c; trailing spaces are dropped. */
    private int readUnquoted(int length, int c) throws IOException {
        while (c != delimiter && c != '\n' && c != -1) {
            length = append(length, (char) c);
            // Copy the rest of the cell that lies in the buffer in one go.
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != delimiter && buffer[end] != '\n') {
                end++;
            }
            length = append(length, buffer, start, end - start);
            position = end;
            c = next();
        }
        if (c == '\n') {
            line++;
        }
        while (length > 0 && isSpace(cell[length - 1])) {
            length--;
        }
        lastEnd = c;
        return length;
    }

    /** Spaces and tabs around an unquoted cell are not part of it (unless they are the delimiter). */
    private boolean isSpace(int c) {
        return (c == ' ' || c == '\t') && c != delimiter;
    }

    private int append(int length, char[] from, int start, int count) {
        if (length + count > cell.length) {
            if (length + count > maxCellChars) {
                throw cellTooLong();
            }
            cell = Arrays.copyOf(cell, Math.min(maxCellChars, Math.max(length + count, length * 2)));
        }
        System.arraycopy(from, start, cell, length, count);
        return length + count;
    }

    private int append(int length, char c) {
        if (length == cell.length) {
            if (length >= maxCellChars) {
                throw cellTooLong();
            }
            cell = Arrays.copyOf(cell, Math.min(maxCellChars, length * 2));
        }
        cell[length] = c;
        return length + 1;
    }

    private ShapeException cellTooLong() {
        return new ShapeException("A cell on line " + line + " is longer than " + maxCellChars
                + " characters, which usually means a quote that is never closed; check the quotes in the file.");
    }

    private ShapeException tooManyColumns() {
        return new ShapeException("The file has more than " + maxColumns + " columns; check the delimiter.");
    }
}
