package io.intentworkbench.ui.features;

import io.intentworkbench.features.FeatureKind;
import io.intentworkbench.features.Scaling;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One candidate feature: whether it is used, how it is encoded and scaled, and whether gaps are flagged. */
public final class FeatureRow {
    private final String column;
    private final BooleanProperty used;
    private final ObjectProperty<FeatureKind> kind;
    private final ObjectProperty<Scaling> scaling;
    private final BooleanProperty missingIndicator;

    FeatureRow(String column, boolean used, FeatureKind kind, Scaling scaling, boolean missingIndicator) {
        this.column = column;
        this.used = new SimpleBooleanProperty(used);
        this.kind = new SimpleObjectProperty<>(kind);
        this.scaling = new SimpleObjectProperty<>(scaling);
        this.missingIndicator = new SimpleBooleanProperty(missingIndicator);
    }

    public String column() {
        return column;
    }

    public BooleanProperty usedProperty() {
        return used;
    }

    public ObjectProperty<FeatureKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Scaling> scalingProperty() {
        return scaling;
    }

    public BooleanProperty missingIndicatorProperty() {
        return missingIndicator;
    }
}
