package io.intentworkbench.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvReader;

/**
 * Reads a CSV file into a {@link RawTable} with Tablesaw. Every column is read as text, so a
 * stray word deep in a numeric column cannot abort the read (Tablesaw guesses types from a
 * sample of rows); types are inferred afterwards from whole columns by {@link TypeInference}.
 */
public final class CsvImporter {
    private static final Logger log = LoggerFactory.getLogger(CsvImporter.class);
    private static final int MAX_CHARS_PER_CELL = 1 << 20;
    private static final int MAX_COLUMNS = 20_000;

    private CsvImporter() {
    }

    public static RawTable read(Path file) {
        return read(file, ImportProgress.NONE);
    }

    /** Reads the file, reporting the share read; an interrupted thread stops the read with a DataException. */
    public static RawTable read(Path file, ImportProgress progress) {
        long started = System.nanoTime();
        CsvFormat format = sniff(file);
        MemoryGuard.checkFits(file);
        Table table = readTable(file, format, progress);
        List<ImportWarning> warnings = new ArrayList<>();
        Table named = applyHeader(table, warnings);
        log.info("Read {}: {} rows, {} columns, {} delimited, {}{} in {} ms", file, named.rowCount(),
                named.columnCount(), format.delimiterName(), format.charset(),
                format.decimalComma() ? ", decimal comma" : "", (System.nanoTime() - started) / 1_000_000);
        return new RawTable(named, format, warnings);
    }

    private static CsvFormat sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(CsvSniffer.HEAD_BYTES);
            return CsvSniffer.sniff(head, in.read() < 0);
        } catch (NoSuchFileException e) {
            throw new DataException("The file " + file + " does not exist; check the path.");
        } catch (IOException e) {
            throw new DataException("The file " + file + " cannot be read (" + e.getMessage()
                    + "); check that it exists and that you may read it.", e);
        }
    }

    private static Table readTable(Path file, CsvFormat format, ImportProgress progress) {
        try (Reader reader = open(file, format, progress)) {
            CsvReadOptions options = CsvReadOptions.builder(reader)
                    .separator(format.delimiter())
                    .header(false)
                    .lineEnding("\n")
                    .columnTypes(name -> ColumnType.STRING)
                    .maxCharsPerColumn(MAX_CHARS_PER_CELL)
                    .maxNumberOfColumns(MAX_COLUMNS)
                    .missingValueIndicator(new String[0])
                    .build();
            return new CsvReader().read(options);
        } catch (DataException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || hasCause(e, java.io.InterruptedIOException.class)) {
                throw new DataException("The import was cancelled; nothing was read.", e);
            }
            if (e instanceof IOException) {
                throw new DataException("The file " + file + " cannot be read (" + e.getMessage() + ").", e);
            }
            throw new DataException(CsvDiagnosis.explain(file, format).orElseGet(() -> describeParseFailure(e)), e);
        }
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Reader open(Path file, CsvFormat format, ImportProgress progress) throws IOException {
        InputStream in = new BufferedInputStream(new CountingInputStream(Files.newInputStream(file), Files.size(file),
                progress), 1 << 16);
        if (format.byteOrderMark()) {
            in.skipNBytes(3);
        }
        return new LineEndingReader(new InputStreamReader(in, format.charset()));
    }

    private static String describeParseFailure(Exception e) {
        String detail = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (detail.contains("maxcharspercolumn") || detail.contains("length of parsed input")) {
            return "A cell is longer than " + MAX_CHARS_PER_CELL + " characters, which usually means a quote"
                    + " that is never closed; check the quotes in the file.";
        }
        if (detail.contains("maxcolumns") || detail.contains("columns")) {
            return "The file has more columns than can be read (at most " + MAX_COLUMNS
                    + ") or rows of different lengths; check the delimiter and the quotes.";
        }
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("row (\\d+)").matcher(detail);
        return (row.find() ? "Row " + row.group(1) + " of the file" : "The file")
                + " cannot be read as CSV: it has more or fewer fields than the header, or a quote that is not "
                + "closed; check the delimiter and the quotes there.";
    }

    /** Uses the first row as header names, making them unique and non-empty. */
    private static Table applyHeader(Table table, List<ImportWarning> warnings) {
        if (table.rowCount() == 0 || table.columnCount() == 0) {
            throw new DataException("The file holds no rows; choose a CSV file with a header row and data rows.");
        }
        if (table.rowCount() == 1) {
            throw new DataException("The file has a header row but no data rows; add data rows or choose "
                    + "another file.");
        }
        boolean headerless = firstRowIsData(table);
        if (headerless) {
            warnings.add(ImportWarning.ofFile("the first row holds numbers where the other rows do, so it is "
                    + "read as data; the columns are called column_1, column_2, ..."));
        }
        Set<String> used = new HashSet<>();
        Table named = Table.create(table.name());
        Table body = headerless ? table : table.dropRange(1);
        for (int c = 0; c < table.columnCount(); c++) {
            String header = headerless ? "column_" + (c + 1) : table.stringColumn(c).get(0).strip();
            String name = uniqueName(header, c, used, warnings);
            StringColumn column = body.stringColumn(c).copy();
            column.setName(name);
            named.addColumns(column);
        }
        return named;
    }

    /** True when some column holds a number in its first row and numbers below it. */
    private static boolean firstRowIsData(Table table) {
        int sample = Math.min(table.rowCount(), 101);
        for (int c = 0; c < table.columnCount(); c++) {
            StringColumn column = table.stringColumn(c);
            if (Double.isNaN(Numbers.parse(column.get(0), false))) {
                continue;
            }
            int numeric = 0;
            for (int r = 1; r < sample; r++) {
                numeric += Double.isNaN(Numbers.parse(column.get(r), false)) ? 0 : 1;
            }
            if (sample > 1 && numeric == sample - 1) {
                return true;
            }
        }
        return false;
    }

    private static String uniqueName(String header, int index, Set<String> used, List<ImportWarning> warnings) {
        String name = header.isEmpty() ? "column_" + (index + 1) : header;
        if (header.isEmpty()) {
            warnings.add(ImportWarning.ofColumn(name, "column " + (index + 1) + " has no header name; it is called '"
                    + name + "'"));
        }
        String base = name;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        if (!name.equals(base)) {
            warnings.add(ImportWarning.ofColumn(name, "the header name '" + base + "' appears more than once; "
                    + "this column is called '" + name + "'"));
        }
        return name;
    }
}
