package io.intentworkbench.data;

/** What a column is used for when a model is trained. */
public enum ColumnRole {
    TARGET, FEATURE, ID, IGNORE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ColumnRole parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
