package io.intentworkbench.data;

/**
 * Something about the data that a person may want to act on.
 *
 * @param column the column it concerns, or null for the whole file
 * @param row    the data row (counted from 1, header excluded), or null when it is not about one row
 */
public record ImportWarning(String column, Integer row, String message) {
    public static ImportWarning ofColumn(String column, String message) {
        return new ImportWarning(column, null, message);
    }

    public static ImportWarning ofFile(String message) {
        return new ImportWarning(null, null, message);
    }

    @Override
    public String toString() {
        String where = column == null ? "" : "column '" + column + "'" + (row == null ? "" : ", row " + row);
        return where.isEmpty() ? message : where + ": " + message;
    }
}
