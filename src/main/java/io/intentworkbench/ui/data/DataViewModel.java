package io.intentworkbench.ui.data;

import io.intentworkbench.data.ColumnProfile;
import io.intentworkbench.data.ColumnRole;
import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.ColumnType;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.data.ImportProgress;
import io.intentworkbench.data.ValueCount;
import io.intentworkbench.experiment.DataChecks;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.ui.WorkbenchState;
import io.intentworkbench.ui.common.Background;
import io.intentworkbench.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** The data screen's state: the open file, its columns with roles and types, warnings, the positive label. */
public final class DataViewModel {
    private final WorkbenchState state;
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> targetValues = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No file is open.");
    private final javafx.beans.property.BooleanProperty importing = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty importProgress =
            new javafx.beans.property.SimpleDoubleProperty();
    private Task<Dataset> loading;
    private long checkGeneration;

    public DataViewModel(WorkbenchState state) {
        this.state = state;
        state.rolesProperty().addListener((obs, old, roles) -> {
            if (old == null) {
                refresh(state.datasetProperty().get());
            } else {
                refreshTargetValues();
            }
        });
        state.planProperty().addListener((obs, old, plan) -> runChecks());
        recentFiles.setAll(state.settings().recentFiles());
    }

    /**
     * Checks the data as it will be trained on (repeated rows, rare buyers, a column that gives the
     * answer away) in the background; a newer request makes an older answer void.
     */
    private void runChecks() {
        long generation = ++checkGeneration;
        Dataset dataset = state.datasetProperty().get();
        ColumnRoles roles = state.rolesProperty().get();
        FeaturePlan plan = state.planProperty().get();
        showWarnings(List.of());
        if (dataset == null || roles == null || plan == null || roles.target() == null) {
            return;
        }
        Background.start("Data checks", progress -> DataChecks.of(dataset, roles, plan), notes -> {
            if (generation == checkGeneration) {
                showWarnings(notes);
            }
        }, error -> {
            if (generation == checkGeneration) {
                showWarnings(List.of(Dialogs.sentenceFor("Checking the target", error)));
            }
        }, () -> { });
    }

    private void showWarnings(List<String> checks) {
        Dataset dataset = state.datasetProperty().get();
        List<String> all = new java.util.ArrayList<>(checks);
        if (dataset != null) {
            dataset.warnings().forEach(w -> all.add(w.toString()));
        }
        warnings.setAll(all);
    }

    /** Reads the file in the background; the current dataset stays until the new one is ready. */
    public void open(Path file) {
        if (loading != null && loading.isRunning()) {
            loading.cancel();
        }
        state.busyProperty().set(true);
        importing.set(true);
        state.statusProperty().set("Reading " + file.getFileName() + " ...");
        loading = Background.start("Import", progress -> Dataset.load(file, ImportProgress.of(
                share -> progress.update(share, 1, "Reading " + file.getFileName()), progress::isCancelled)),
                dataset -> {
            state.useDataset(dataset);
            state.settings().addRecentFile(file);
            recentFiles.setAll(state.settings().recentFiles());
            state.statusProperty().set(String.format(Locale.ROOT, "Imported %s: %,d rows, %d columns",
                    file.getFileName(), dataset.rowCount(), dataset.columnNames().size()));
        }, error -> {
            state.statusProperty().set("The file could not be imported.");
            Dialogs.showError("Import " + file.getFileName(), error);
        }, () -> {
            importProgress.unbind();
            importProgress.set(0);
            state.busyProperty().set(false);
            importing.set(false);
        });
        importProgress.bind(loading.progressProperty());
    }

    /** How much of the file being imported has been read and profiled, from 0 to 1. */
    public javafx.beans.property.ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress;
    }

    /** Stops waiting for the file being read; the dataset that was open stays open. */
    public void cancelImport() {
        if (loading != null && loading.isRunning()) {
            loading.cancel();
            state.statusProperty().set("Import cancelled; the previous data stays open.");
        }
    }

    public javafx.beans.property.ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    private void refresh(Dataset dataset) {
        columns.clear();
        warnings.clear();
        if (dataset == null) {
            summary.set("No file is open.");
            return;
        }
        ColumnRoles roles = state.rolesProperty().get();
        if (roles == null) {
            return;
        }
        for (ColumnProfile profile : dataset.profiles()) {
            ColumnRow row = new ColumnRow(profile, roles.roleOf(profile.name()), roles.typeOf(profile.name()));
            row.roleProperty().addListener((obs, old, role) -> changeRole(row.name(), role));
            row.typeProperty().addListener((obs, old, type) -> changeType(row.name(), type));
            columns.add(row);
        }
        showWarnings(List.of());
        summary.set(String.format(Locale.ROOT, "%s · %,d rows · %d columns · %s delimited%s", dataset.name(),
                dataset.rowCount(), dataset.columnNames().size(), dataset.format().delimiterName(),
                dataset.format().decimalComma() ? " · decimal comma" : ""));
        refreshTargetValues();
    }

    private void changeRole(String column, ColumnRole role) {
        ColumnRoles roles = state.rolesProperty().get();
        if (roles.roleOf(column) == role) {
            return;
        }
        state.useRoles(roles.withRole(column, role));
        if (role == ColumnRole.TARGET) {
            columns.forEach(row -> {
                if (!row.name().equals(column) && row.roleProperty().get() == ColumnRole.TARGET) {
                    row.roleProperty().set(ColumnRole.FEATURE);
                }
            });
        }
    }

    private void changeType(String column, ColumnType type) {
        ColumnRoles roles = state.rolesProperty().get();
        if (roles.typeOf(column) != type) {
            state.useRoles(roles.withType(column, type));
        }
    }

    private void refreshTargetValues() {
        Dataset dataset = state.datasetProperty().get();
        ColumnRoles roles = state.rolesProperty().get();
        if (dataset == null || roles == null || roles.target() == null) {
            targetValues.clear();
            return;
        }
        List<String> values = dataset.requireProfile(roles.target()).topValues().stream().map(ValueCount::value)
                .toList();
        if (!values.equals(targetValues)) {
            targetValues.setAll(values);
        }
    }

    public void choosePositiveLabel(String label) {
        ColumnRoles roles = state.rolesProperty().get();
        if (roles != null && label != null && !label.equals(roles.positiveLabel())) {
            state.useRoles(roles.withPositiveLabel(label));
        }
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<String> targetValues() {
        return targetValues;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public WorkbenchState state() {
        return state;
    }
}
