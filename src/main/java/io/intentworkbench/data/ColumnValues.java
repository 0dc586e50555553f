package io.intentworkbench.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Typed access to the cells of a {@link RawTable}: numbers (NaN where missing or not a number)
 * and trimmed texts (null where missing), each parsed once per column and kept.
 */
public final class ColumnValues {
    private final RawTable raw;
    private final Map<String, double[]> numbers = new ConcurrentHashMap<>();
    private final Map<String, String[]> texts = new ConcurrentHashMap<>();

    public ColumnValues(RawTable raw) {
        this.raw = raw;
    }

    public int rowCount() {
        return raw.rowCount();
    }

    public boolean hasColumn(String column) {
        return raw.table().containsColumn(column);
    }

    /** The column's numbers; NaN where a cell is missing or not a number. */
    public double[] numbers(String column) {
        return numbers.computeIfAbsent(column, this::parseNumbers);
    }

    /** The column's trimmed texts; null where a cell is missing. */
    public String[] texts(String column) {
        return texts.computeIfAbsent(column, this::trimmedTexts);
    }

    /** The cell exactly as it stands in the file. */
    public String rawText(String column, int row) {
        return raw.table().stringColumn(column).get(row);
    }

    /** Each distinct cell is parsed once, then its number is spread over the rows that hold it. */
    private double[] parseNumbers(String column) {
        DistinctCells cells = DistinctCells.of(raw.table().stringColumn(column));
        boolean decimalComma = raw.format().decimalComma();
        double[] parsed = new double[cells.values.length];
        for (int i = 0; i < parsed.length; i++) {
            String text = cells.values[i];
            parsed[i] = MissingValues.isMissing(text) ? Double.NaN : Numbers.parse(text, decimalComma);
        }
        double[] values = new double[cells.codes.length];
        for (int row = 0; row < values.length; row++) {
            values[row] = parsed[cells.codes[row]];
        }
        return values;
    }

    private String[] trimmedTexts(String column) {
        DistinctCells cells = DistinctCells.of(raw.table().stringColumn(column));
        String[] trimmed = new String[cells.values.length];
        for (int i = 0; i < trimmed.length; i++) {
            String text = cells.values[i];
            trimmed[i] = MissingValues.isMissing(text) ? null : text.trim();
        }
        String[] values = new String[cells.codes.length];
        for (int row = 0; row < values.length; row++) {
            values[row] = trimmed[cells.codes[row]];
        }
        return values;
    }
}
