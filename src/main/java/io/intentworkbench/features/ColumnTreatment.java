package io.intentworkbench.features;

/**
 * How one feature column is prepared, as chosen by a person (or the defaults).
 *
 * @param missingIndicator add a 0/1 column that says the value was missing (when the training rows have gaps)
 */
public record ColumnTreatment(String column, FeatureKind kind, Scaling scaling, boolean missingIndicator) {
    public static ColumnTreatment numeric(String column) {
        return new ColumnTreatment(column, FeatureKind.NUMERIC, Scaling.AUTO, true);
    }

    public static ColumnTreatment categorical(String column) {
        return new ColumnTreatment(column, FeatureKind.CATEGORICAL, Scaling.NONE, true);
    }

    public ColumnTreatment withScaling(Scaling newScaling) {
        return new ColumnTreatment(column, kind, newScaling, missingIndicator);
    }
}
