package io.intentworkbench.ui.runs;

import io.intentworkbench.data.Dataset;
import io.intentworkbench.evaluation.Metrics;
import io.intentworkbench.experiment.RunRecord;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.training.TrainingSpec;
import io.intentworkbench.ui.WorkbenchState;
import io.intentworkbench.ui.common.Dialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The runs screen's state: the run history, the runs picked for comparison, and restoring a run's settings. */
public final class RunsViewModel {
    /** One line of the comparison: a setting or figure, with one value per compared run. */
    public record ComparisonRow(String name, List<String> values) {
    }

    private final WorkbenchState state;
    private final BiConsumer<NetworkSpec, TrainingSpec> showSettings;
    private final ObservableList<RunRecord> compared = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();

    /** @param showSettings puts network and training settings into the model form */
    public RunsViewModel(WorkbenchState state, BiConsumer<NetworkSpec, TrainingSpec> showSettings) {
        this.state = state;
        this.showSettings = showSettings;
        compared.addListener((javafx.collections.ListChangeListener<RunRecord>) c -> compare());
    }

    public ObservableList<RunRecord> runs() {
        return state.runs();
    }

    /** The runs picked in the table; the comparison follows them. */
    public ObservableList<RunRecord> compared() {
        return compared;
    }

    public ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    private void compare() {
        List<ComparisonRow> rows = new ArrayList<>();
        row(rows, "Data", r -> r.metrics().data().file() + " (" + r.metrics().data().shortHash() + ")");
        row(rows, "Hidden layers", RunRecord::shape);
        row(rows, "Dropout", r -> String.valueOf(r.network().layers().get(0).dropout()));
        row(rows, "Optimizer", r -> r.network().optimizer().name().toLowerCase(Locale.ROOT));
        row(rows, "Learning rate", r -> String.valueOf(r.network().learningRate()));
        row(rows, "L1 / L2", r -> r.network().l1() + " / " + r.network().l2());
        row(rows, "Batch size", r -> String.valueOf(r.training().batchSize()));
        row(rows, "Epochs (best)", r -> r.metrics().epochs() + " (" + r.metrics().bestEpoch() + ")");
        row(rows, "Class weights", r -> r.training().classWeights().name().toLowerCase(Locale.ROOT));
        row(rows, "Seed", r -> String.valueOf(r.training().seed()));
        row(rows, "Features", r -> r.plan() == null ? "defaults" : r.plan().columns().size() + " columns");
        figure(rows, "Test ROC AUC", Metrics::rocAuc);
        figure(rows, "Test PR AUC", Metrics::prAuc);
        figure(rows, "Test F1", Metrics::f1);
        figure(rows, "Test precision", Metrics::precision);
        figure(rows, "Test recall", Metrics::recall);
        figure(rows, "Test log loss", Metrics::logLoss);
        row(rows, "Threshold", r -> format(r.metrics().test().threshold()));
        row(rows, "Training time", r -> String.format(Locale.ROOT, "%.1f s", r.metrics().trainSeconds()));
        comparison.setAll(rows);
    }

    private void row(List<ComparisonRow> rows, String name, Function<RunRecord, String> value) {
        rows.add(new ComparisonRow(name, compared.stream().map(value).toList()));
    }

    private void figure(List<ComparisonRow> rows, String name, java.util.function.ToDoubleFunction<Metrics> value) {
        row(rows, name, r -> format(value.applyAsDouble(r.metrics().test())));
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Puts a run's roles, features and settings back into the forms, to change them or train again. */
    public void restore(RunRecord run) {
        Dataset dataset = state.datasetProperty().get();
        if (dataset == null || !dataset.name().equals(run.metrics().data().file())) {
            Dialogs.showInfo("Another data file", "Run " + run.id() + " was trained on "
                    + run.metrics().data().file() + "; open that file first to restore its roles and features. "
                    + "The network and training settings were restored.");
        } else if (run.roles().roles().keySet().stream().allMatch(c -> dataset.profile(c).isPresent())) {
            state.useRoles(run.roles());
            if (run.plan() != null) {
                state.planProperty().set(run.plan());
            }
        }
        showSettings.accept(run.network(), run.training());
        state.statusProperty().set("The settings of run " + run.id() + " are back in the forms.");
    }

    public void delete(List<RunRecord> doomed) {
        state.runs().removeAll(List.copyOf(doomed));
    }

    public WorkbenchState state() {
        return state;
    }
}
