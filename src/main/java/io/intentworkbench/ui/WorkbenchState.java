package io.intentworkbench.ui;

import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.experiment.ExperimentSetup;
import io.intentworkbench.experiment.Project;
import io.intentworkbench.experiment.RunRecord;
import io.intentworkbench.experiment.TrainedRun;
import io.intentworkbench.features.ColumnTreatment;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.training.TrainingSpec;
import io.intentworkbench.ui.common.UiSettings;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state every screen shares: the dataset, the person's choices for it, and the latest
 * training run. Screens' view-models read and change it; nothing here touches a Node.
 */
public final class WorkbenchState {
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnRoles> roles = new SimpleObjectProperty<>();
    private final ObjectProperty<FeaturePlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<NetworkSpec> network = new SimpleObjectProperty<>(NetworkSpec.defaults());
    private final ObjectProperty<TrainingSpec> training = new SimpleObjectProperty<>(TrainingSpec.defaults());
    private final ObjectProperty<TrainedRun> lastRun = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableList<RunRecord> runs = javafx.collections.FXCollections
            .observableArrayList();
    private final ObjectProperty<java.nio.file.Path> projectFile = new SimpleObjectProperty<>();
    private final java.util.List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty settingsValid = new SimpleBooleanProperty(true);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final UiSettings settings;

    public WorkbenchState(UiSettings settings) {
        this.settings = settings;
        javafx.beans.InvalidationListener changed = obs -> changed();
        dataset.addListener(changed);
        roles.addListener(changed);
        plan.addListener(changed);
        network.addListener(changed);
        training.addListener(changed);
        runs.addListener(changed);
    }

    /**
     * A new dataset: its inferred roles, default feature plan, and no model yet. Roles and plan are
     * cleared while the dataset changes, so no listener sees the new dataset with the old roles.
     */
    public void useDataset(Dataset newDataset) {
        lastRun.set(null);
        plan.set(null);
        roles.set(null);
        dataset.set(newDataset);
        roles.set(ColumnRoles.inferred(newDataset));
        plan.set(defaultPlan());
    }

    /** New roles: features that stay keep their treatment, new ones get the default. */
    public void useRoles(ColumnRoles newRoles) {
        roles.set(newRoles);
        FeaturePlan defaults = defaultPlan();
        if (defaults == null || plan.get() == null) {
            plan.set(defaults);
            return;
        }
        Map<String, ColumnTreatment> kept = plan.get().columns().stream()
                .collect(Collectors.toMap(ColumnTreatment::column, Function.identity()));
        List<ColumnTreatment> merged = defaults.columns().stream()
                .map(t -> kept.containsKey(t.column()) && kept.get(t.column()).kind() == t.kind()
                        ? kept.get(t.column()) : t).toList();
        plan.set(new FeaturePlan(merged));
    }

    private FeaturePlan defaultPlan() {
        if (dataset.get() == null || roles.get() == null || roles.get().features(dataset.get()).isEmpty()) {
            return null;
        }
        return FeaturePlan.defaults(dataset.get(), roles.get());
    }

    /** Keeps a finished run in the history. */
    public RunRecord addRun(ExperimentSetup setup, io.intentworkbench.bundle.RunMetrics metrics) {
        int id = runs.stream().mapToInt(RunRecord::id).max().orElse(0) + 1;
        RunRecord record = RunRecord.of(id, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString(), setup, metrics);
        runs.add(record);
        return record;
    }

    /** The whole state as a project, for saving and autosave. */
    public Project toProject() {
        Dataset current = dataset.get();
        if (current == null) {
            return null;
        }
        String file = current.source() == null ? "" : current.source().toAbsolutePath().toString();
        return new Project(Project.FORMAT, Project.FORMAT_VERSION, file,
                io.intentworkbench.bundle.DataFingerprint.of(current.source(), current.rowCount()), roles.get(),
                plan.get(), network.get(), training.get(), java.util.List.copyOf(runs));
    }

    /** Tells listeners (autosave) that something worth saving changed. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** Everything a training run needs, as the person has set it. */
    public ExperimentSetup setup() {
        return new ExperimentSetup(dataset.get(), roles.get(), plan.get(), network.get(), training.get(), null);
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<ColumnRoles> rolesProperty() {
        return roles;
    }

    public ObjectProperty<FeaturePlan> planProperty() {
        return plan;
    }

    public ObjectProperty<NetworkSpec> networkProperty() {
        return network;
    }

    public ObjectProperty<TrainingSpec> trainingProperty() {
        return training;
    }

    public ObjectProperty<TrainedRun> lastRunProperty() {
        return lastRun;
    }

    public javafx.collections.ObservableList<RunRecord> runs() {
        return runs;
    }

    public ObjectProperty<java.nio.file.Path> projectFileProperty() {
        return projectFile;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** False while a value typed in the model form cannot be used; training waits until it can. */
    public BooleanProperty settingsValidProperty() {
        return settingsValid;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public UiSettings settings() {
        return settings;
    }
}
