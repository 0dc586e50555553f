package io.intentworkbench.ui.model;

import io.intentworkbench.data.ColumnProfile;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.features.ColumnTreatment;
import io.intentworkbench.features.FeatureKind;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.model.LayerSpec;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.model.Optimizer;
import io.intentworkbench.training.ClassWeights;
import io.intentworkbench.training.StopOn;
import io.intentworkbench.training.TrainingSpec;
import io.intentworkbench.ui.WorkbenchState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The model screen's state: the layer table and the training form as text, each field's problem
 * (null when its value is usable), and the network and training specs they make once all are valid.
 */
public final class ModelViewModel {
    /** Form fields that hold text typed by a person. */
    public enum Field { LEARNING_RATE, L1, L2, BATCH, EPOCHS, PATIENCE, SEED, TRAIN, VALIDATION, TEST, LAYERS }

    private final WorkbenchState state;
    private final ObservableList<LayerRow> layers = FXCollections.observableArrayList(
            row -> new Observable[] {row.unitsProperty(), row.activationProperty(), row.dropoutProperty()});
    private final Map<Field, StringProperty> text = new LinkedHashMap<>();
    private final ObservableMap<Field, String> problems = FXCollections.observableHashMap();
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>();
    private final ObjectProperty<ClassWeights> classWeights = new SimpleObjectProperty<>();
    private final BooleanProperty earlyStopping = new SimpleBooleanProperty(true);
    private final ObjectProperty<StopOn> stopOn = new SimpleObjectProperty<>();
    private final IntegerProperty inputs = new SimpleIntegerProperty();
    private final LongProperty parameters = new SimpleLongProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();

    public ModelViewModel(WorkbenchState state) {
        this.state = state;
        for (Field field : Field.values()) {
            StringProperty property = new SimpleStringProperty("");
            property.addListener((obs, old, value) -> apply());
            text.put(field, property);
        }
        show(state.networkProperty().get(), state.trainingProperty().get());
        layers.addListener((javafx.collections.ListChangeListener<LayerRow>) c -> apply());
        optimizer.addListener((obs, old, value) -> apply());
        classWeights.addListener((obs, old, value) -> apply());
        earlyStopping.addListener((obs, old, value) -> apply());
        stopOn.addListener((obs, old, value) -> apply());
        state.planProperty().addListener((obs, old, plan) -> countInputs());
        countInputs();
    }

    /** Fills the form from specs (the defaults, or a run being repeated). */
    public void show(NetworkSpec network, TrainingSpec training) {
        layers.setAll(network.layers().stream().map(LayerRow::new).toList());
        optimizer.set(network.optimizer());
        text(Field.LEARNING_RATE).set(plain(network.learningRate()));
        text(Field.L1).set(plain(network.l1()));
        text(Field.L2).set(plain(network.l2()));
        text(Field.BATCH).set(String.valueOf(training.batchSize()));
        text(Field.EPOCHS).set(String.valueOf(training.maxEpochs()));
        earlyStopping.set(training.patience() > 0);
        stopOn.set(training.stopOn());
        text(Field.PATIENCE).set(String.valueOf(training.patience() > 0 ? training.patience()
                : TrainingSpec.defaults().patience()));
        classWeights.set(training.classWeights());
        text(Field.SEED).set(String.valueOf(training.seed()));
        text(Field.TRAIN).set(plain(training.trainShare() * 100));
        text(Field.VALIDATION).set(plain(training.validationShare() * 100));
        text(Field.TEST).set(plain(training.testShare() * 100));
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }

    public void addLayer() {
        LayerRow last = layers.isEmpty() ? null : layers.get(layers.size() - 1);
        int units = last == null ? 32 : Math.max(4, last.unitsProperty().get() / 2);
        layers.add(new LayerRow(LayerSpec.relu(units, last == null ? 0.1 : last.dropoutProperty().get())));
    }

    public void removeLayer(int index) {
        if (index >= 0 && index < layers.size() && layers.size() > 1) {
            layers.remove(index);
        }
    }

    public void moveLayer(int index, int by) {
        int target = index + by;
        if (index >= 0 && index < layers.size() && target >= 0 && target < layers.size()) {
            LayerRow row = layers.remove(index);
            layers.add(target, row);
        }
    }

    /** Parses every field; where all are usable, the specs go to the shared state. */
    private void apply() {
        if (optimizer.get() == null || classWeights.get() == null || stopOn.get() == null) {
            return;
        }
        problems.clear();
        NetworkSpec network = network();
        TrainingSpec training = training();
        if (network != null) {
            state.networkProperty().set(network);
        }
        if (training != null) {
            state.trainingProperty().set(training);
        }
        state.settingsValidProperty().set(problems.isEmpty());
        countInputs();
    }

    private NetworkSpec network() {
        List<LayerSpec> specs = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            try {
                specs.add(layers.get(i).toSpec());
            } catch (IllegalArgumentException e) {
                problems.put(Field.LAYERS, "Layer " + (i + 1) + ": " + e.getMessage() + ".");
            }
        }
        Double rate = number(Field.LEARNING_RATE, Double::parseDouble, 1e-6, 10, "a learning rate from 0.000001 to 10");
        Double l1 = number(Field.L1, Double::parseDouble, 0, 1, "an L1 penalty from 0 to 1");
        Double l2 = number(Field.L2, Double::parseDouble, 0, 1, "an L2 penalty from 0 to 1");
        if (specs.size() != layers.size() || specs.isEmpty() || rate == null || l1 == null || l2 == null) {
            return null;
        }
        return new NetworkSpec(specs, optimizer.get(), rate, l1, l2);
    }

    private TrainingSpec training() {
        Double batch = number(Field.BATCH, Double::parseDouble, 1, 100_000, "a whole number of rows from 1");
        Double epochs = number(Field.EPOCHS, Double::parseDouble, 1, 10_000, "a whole number of epochs from 1");
        Double patience = number(Field.PATIENCE, Double::parseDouble, 1, 1000, "a whole number of epochs from 1");
        Double seed = number(Field.SEED, Double::parseDouble, 0, 1e15, "a whole number from 0");
        Double train = number(Field.TRAIN, Double::parseDouble, 1, 98, "a percentage from 1 to 98");
        Double validation = number(Field.VALIDATION, Double::parseDouble, 1, 98, "a percentage from 1 to 98");
        Double test = number(Field.TEST, Double::parseDouble, 1, 98, "a percentage from 1 to 98");
        wholeNumbers(batch, Field.BATCH, epochs, Field.EPOCHS, patience, Field.PATIENCE, seed, Field.SEED);
        if (train != null && validation != null && test != null && Math.abs(train + validation + test - 100) > 1e-6) {
            problems.put(Field.TEST, String.format(Locale.ROOT, "The three parts add up to %.4g %%, not 100 %%.",
                    train + validation + test));
        }
        if (problems.keySet().stream().anyMatch(f -> f != Field.LAYERS && f.ordinal() >= Field.BATCH.ordinal()
                && f.ordinal() <= Field.TEST.ordinal())) {
            return null;
        }
        return new TrainingSpec(batch.intValue(), epochs.intValue(), earlyStopping.get() ? patience.intValue() : 0,
                classWeights.get(), seed.longValue(), train / 100, validation / 100, test / 100, stopOn.get());
    }

    private void wholeNumbers(Object... valuesAndFields) {
        for (int i = 0; i < valuesAndFields.length; i += 2) {
            Double value = (Double) valuesAndFields[i];
            if (value != null && value != Math.rint(value)) {
                problems.put((Field) valuesAndFields[i + 1], "Use a whole number.");
            }
        }
    }

    private Double number(Field field, Function<String, Double> parse, double min, double max, String wanted) {
        String value = text(field).get().trim();
        try {
            double number = parse.apply(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(field, "'" + value + "' is not " + wanted + ".");
        return null;
    }

    /** Estimates the network's inputs from the feature plan: one per number, one per category value. */
    private void countInputs() {
        Dataset dataset = state.datasetProperty().get();
        FeaturePlan plan = state.planProperty().get();
        int count = 0;
        if (dataset != null && plan != null) {
            for (ColumnTreatment t : plan.columns()) {
                ColumnProfile p = dataset.requireProfile(t.column());
                int width = t.kind() == FeatureKind.NUMERIC ? 1 : (int) Math.min(p.distinct(), 50);
                count += width + (t.missingIndicator() && p.missing() + p.invalid() > 0 ? 1 : 0);
            }
        }
        inputs.set(count);
        NetworkSpec network = state.networkProperty().get();
        parameters.set(network.parameterCount(Math.max(count, 1)));
        summary.set(String.format(Locale.ROOT, "%d inputs → %s → 2 outputs · %,d weights and biases", count,
                String.join(" → ", network.layers().stream().map(l -> String.valueOf(l.units())).toList()),
                parameters.get()));
    }

    public ObservableList<LayerRow> layers() {
        return layers;
    }

    public StringProperty text(Field field) {
        return text.get(field);
    }

    public ObservableMap<Field, String> problems() {
        return problems;
    }

    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    public ObjectProperty<ClassWeights> classWeightsProperty() {
        return classWeights;
    }

    public ObjectProperty<StopOn> stopOnProperty() {
        return stopOn;
    }

    public BooleanProperty earlyStoppingProperty() {
        return earlyStopping;
    }

    public IntegerProperty inputsProperty() {
        return inputs;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public WorkbenchState state() {
        return state;
    }
}
