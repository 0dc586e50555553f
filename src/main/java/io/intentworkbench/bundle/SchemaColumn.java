package io.intentworkbench.bundle;

import io.intentworkbench.data.ColumnRole;
import io.intentworkbench.data.ColumnType;

/** A column of the file a model was trained on. */
public record SchemaColumn(String name, ColumnType type, ColumnRole role) {
}
