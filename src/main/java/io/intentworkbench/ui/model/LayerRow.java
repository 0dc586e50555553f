package io.intentworkbench.ui.model;

import io.intentworkbench.model.Activation;
import io.intentworkbench.model.LayerSpec;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One hidden layer in the layer table, editable in place. */
public final class LayerRow {
    private final IntegerProperty units;
    private final ObjectProperty<Activation> activation;
    private final DoubleProperty dropout;

    LayerRow(LayerSpec spec) {
        units = new SimpleIntegerProperty(spec.units());
        activation = new SimpleObjectProperty<>(spec.activation());
        dropout = new SimpleDoubleProperty(spec.dropout());
    }

    public IntegerProperty unitsProperty() {
        return units;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public DoubleProperty dropoutProperty() {
        return dropout;
    }

    /** The layer, or an IllegalArgumentException that says what is wrong with it. */
    LayerSpec toSpec() {
        return new LayerSpec(units.get(), activation.get(), dropout.get());
    }
}
