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
import tech.tablesaw.api.Table;

/**
 * Reads a CSV file into a {@link RawTable}: a Tablesaw table with one text column per header name.
 * Every column is read as text, so a stray word deep in a numeric column cannot abort the read;
 * types are inferred afterwards from whole columns by {@link TypeInference}. The cells are split
 * by {@link CsvColumns}, which keeps each column's distinct texts once and hands Tablesaw the
 * finished dictionaries (Tablesaw's own reader made a string of every cell and hashed it again,
 * which read a million rows at half the speed of pandas).
 */
public final class CsvImporter {
    private static final Logger log = LoggerFactory.getLogger(CsvImporter.class);
    private static final int MAX_CHARS_PER_CELL = 1 << 20;
    private static final int MAX_COLUMNS = 20_000;
    private static final int HEADER_SAMPLE = 101;

    private CsvImporter() {
    }

    public static RawTable read(Path file) {
        return read(file, ImportProgress.NONE);
    }

    /** Reads the file, reporting the share read; an interrupted thread stops the read with a DataException. */
    public static RawTable read(Path file, ImportProgress progress) {
        long started = System.nanoTime();
        byte[] head = head(file);
        CsvFormat format = CsvSniffer.sniff(head, head.length < CsvSniffer.HEAD_BYTES);
        MemoryGuard.checkFits(file);
        int skip = format.byteOrderMark() ? 3 : 0;
        String text = new String(head, skip, head.length - skip, format.charset());
        List<List<String>> records = CsvRecords.first(text, format.delimiter(), HEADER_SAMPLE,
                head.length < CsvSniffer.HEAD_BYTES);
        if (records.isEmpty() && head.length < CsvSniffer.HEAD_BYTES) {
            throw new DataException("The file holds no rows; choose a CSV file with a header row and data rows.");
        }
        boolean headerless = firstRowIsData(records);
        List<String> header = new ArrayList<>();
        Table table = readTable(file, format, progress, !headerless, header);
        if (table.rowCount() == 0) {
            throw new DataException("The file has a header row but no data rows; add data rows or choose "
                    + "another file.");
        }
        List<ImportWarning> warnings = new ArrayList<>();
        if (headerless) {
            warnings.add(ImportWarning.ofFile("the first row holds numbers where the other rows do, so it is "
                    + "read as data; the columns are called column_1, column_2, ..."));
        }
        nameColumns(table, header, headerless, warnings);
        log.info("Read {}: {} rows, {} columns, {} delimited, {}{} in {} ms", file, table.rowCount(),
                table.columnCount(), format.delimiterName(), format.charset(),
                format.decimalComma() ? ", decimal comma" : "", (System.nanoTime() - started) / 1_000_000);
        return new RawTable(table, format, warnings);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(CsvSniffer.HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw new DataException("The file " + file + " does not exist; check the path.");
        } catch (IOException e) {
            throw new DataException("The file " + file + " cannot be read (" + e.getMessage()
                    + "); check that it exists and that you may read it.", e);
        }
    }

    /** Reads every record; with a header, its cells go into {@code headerCells}. */
    private static Table readTable(Path file, CsvFormat format, ImportProgress progress, boolean header,
                                   List<String> headerCells) {
        try (Reader reader = open(file, format, progress)) {
            List<CodedColumn> columns = CsvColumns.read(reader, format.delimiter(), header, MAX_CHARS_PER_CELL,
                    MAX_COLUMNS, headerCells);
            Table table = Table.create(file.getFileName().toString());
            for (int c = 0; c < columns.size(); c++) {
                // Placeholder names, unique as Tablesaw wants; nameColumns gives the header's names.
                table.addColumns(columns.get(c).toStringColumn("column " + (c + 1)));
            }
            return table;
        } catch (CsvColumns.ShapeException e) {
            // The reader knows the line exactly; the diagnosis re-reads the file with simpler rules.
            throw new DataException(e.getMessage(), e);
        } catch (DataException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (progress.cancelled() || Thread.currentThread().isInterrupted()
                    || hasCause(e, java.io.InterruptedIOException.class)) {
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
        return "The file cannot be read as CSV (" + e.getMessage() + "); check the delimiter and the quotes.";
    }

    /** Names the columns in place: the header's names made unique and non-empty, or column_N without a header. */
    private static void nameColumns(Table table, List<String> header, boolean headerless,
                                    List<ImportWarning> warnings) {
        Set<String> used = new HashSet<>();
        for (int c = 0; c < table.columnCount(); c++) {
            String given = headerless || c >= header.size() ? "column_" + (c + 1) : header.get(c).strip();
            table.column(c).setName(uniqueName(given, c, used, warnings));
        }
    }

    /** True when some column holds a number in its first record and numbers in the records below. */
    private static boolean firstRowIsData(List<List<String>> records) {
        if (records.size() < 2) {
            return false;
        }
        List<String> first = records.get(0);
        for (int c = 0; c < first.size(); c++) {
            if (Double.isNaN(Numbers.parse(first.get(c), false))) {
                continue;
            }
            int column = c;
            boolean numbersBelow = records.subList(1, records.size()).stream()
                    .allMatch(r -> column < r.size() && !Double.isNaN(Numbers.parse(r.get(column), false)));
            if (numbersBelow) {
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
