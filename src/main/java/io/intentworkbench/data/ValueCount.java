package io.intentworkbench.data;

/** One of a column's most frequent values and how many rows hold it. */
public record ValueCount(String value, long count) {
}
