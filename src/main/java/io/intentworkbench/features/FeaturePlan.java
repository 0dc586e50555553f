package io.intentworkbench.features;

import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.ColumnType;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.Dataset;
import java.util.List;

/** The treatment of every feature column, in the dataset's column order. */
public record FeaturePlan(List<ColumnTreatment> columns) {
    public FeaturePlan {
        columns = List.copyOf(columns);
    }

    /** Numbers are scaled (log for skewed ones), categories, codes and yes/no values are one-hot encoded. */
    public static FeaturePlan defaults(Dataset dataset, ColumnRoles roles) {
        List<ColumnTreatment> columns = roles.features(dataset).stream()
                .map(column -> roles.typeOf(column) == ColumnType.NUMERIC
                        ? ColumnTreatment.numeric(column) : ColumnTreatment.categorical(column))
                .toList();
        if (columns.isEmpty()) {
            throw new DataException("No column is left to learn from: every column is the target, an id or "
                    + "ignored. Mark at least one column as a feature.");
        }
        return new FeaturePlan(columns);
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnTreatment::column).toList();
    }
}
