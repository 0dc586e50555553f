package io.intentworkbench.data;

/** What the values of a column are, as inferred from the whole column. */
public enum ColumnType {
    NUMERIC, CATEGORICAL, BOOLEAN, DATE, TEXT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
