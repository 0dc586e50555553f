package io.intentworkbench.features;

/** How a feature column is encoded: scaled as a number, or one-hot over its values. */
public enum FeatureKind {
    NUMERIC, CATEGORICAL
}
