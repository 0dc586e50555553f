package io.intentworkbench.ui.export;

import io.intentworkbench.bundle.BundleFiles;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.CsvImporter;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.RawTable;
import io.intentworkbench.experiment.TrainedRun;
import io.intentworkbench.report.Reports;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.scoring.PredictionsWriter;
import io.intentworkbench.scoring.ScoredRows;
import io.intentworkbench.scoring.Scorer;
import io.intentworkbench.ui.WorkbenchState;
import io.intentworkbench.ui.common.Background;
import io.intentworkbench.ui.common.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/** The export screen's state: saving the model bundle and scoring new files with a model. */
public final class ExportViewModel {
    private final WorkbenchState state;
    private final ObjectProperty<Path> savedModel = new SimpleObjectProperty<>();
    private final StringProperty bundleStatus = new SimpleStringProperty("");
    private final StringProperty scoreStatus = new SimpleStringProperty("");
    private Task<?> scoring;

    public ExportViewModel(WorkbenchState state) {
        this.state = state;
        state.lastRunProperty().addListener((obs, old, run) -> describeRun(run));
        describeRun(state.lastRunProperty().get());
    }

    private void describeRun(TrainedRun run) {
        bundleStatus.set(run == null ? "No model has been trained in this session yet."
                : String.format(Locale.ROOT, "The model trained here: test ROC AUC %.4f, PR AUC %.4f, threshold %.3f.",
                run.bundle().metrics().test().rocAuc(), run.bundle().metrics().test().prAuc(),
                run.bundle().threshold()));
    }

    public boolean hasTrainedModel() {
        return state.lastRunProperty().get() != null;
    }

    /** Writes the current model to the file (atomically), in the background. */
    public void saveBundle(Path file, Consumer<Path> onSaved) {
        TrainedRun run = state.lastRunProperty().get();
        if (run == null) {
            Dialogs.showInfo("No model to save", "Train a model on the training screen first.");
            return;
        }
        state.busyProperty().set(true);
        Background.start("Save model", progress -> {
            BundleFiles.write(run.bundle(), file);
            return file;
        }, saved -> {
            state.statusProperty().set("Model saved to " + saved);
            state.settings().rememberFolder(saved);
            onSaved.accept(saved);
        }, error -> Dialogs.showError("Save model", error), () -> state.busyProperty().set(false));
    }

    /** Writes the report of the model trained here as HTML or PDF (by the file's extension), in the background. */
    public void saveReport(Path file) {
        TrainedRun run = state.lastRunProperty().get();
        if (run == null) {
            Dialogs.showInfo("No run to report", "Train a model on the training screen first.");
            return;
        }
        state.busyProperty().set(true);
        Background.start("Save report", progress -> {
            Reports.write(run.bundle(), file);
            return file;
        }, saved -> {
            state.statusProperty().set("Report saved to " + saved);
            state.settings().rememberFolder(saved);
        }, error -> Dialogs.showError("Save report", error), () -> state.busyProperty().set(false));
    }

    /**
     * Scores the input with the saved model when one is chosen, otherwise with the model trained here,
     * and writes the predictions file.
     */
    public void score(Path input, Path output) {
        if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            Dialogs.showInfo("Choose another file", "The predictions would overwrite the file being scored; "
                    + "choose another name for the predictions.");
            return;
        }
        Path model = savedModel.get();
        ModelBundle current = state.lastRunProperty().get() == null ? null : state.lastRunProperty().get().bundle();
        if (model == null && current == null) {
            Dialogs.showInfo("No model", "Train a model first, or choose a saved model file.");
            return;
        }
        state.busyProperty().set(true);
        scoreStatus.set("Scoring " + input.getFileName() + " …");
        scoring = Background.start("Score", progress -> {
            NativeRuntime.configure();
            ModelBundle bundle = model != null ? BundleFiles.read(model) : current;
            RawTable raw = CsvImporter.read(input);
            ScoredRows scored = Scorer.score(bundle, raw);
            if (progress.isCancelled()) {
                throw new DataException("Scoring was cancelled; nothing was written.");
            }
            if (Files.exists(output) && Files.isSameFile(output, input)) {
                throw new DataException("The predictions would overwrite the file being scored.");
            }
            PredictionsWriter.write(raw, scored, output);
            return scored;
        }, scored -> {
            scoreStatus.set(String.format(Locale.ROOT, "Scored %,d rows: %.1f %% predicted to buy, %,d could not be "
                            + "scored (their score_error says why). Saved to %s.", scored.rows(),
                    scored.predictedPositiveShare() * 100, scored.failed(), output));
            state.settings().rememberFolder(output);
        }, error -> {
            scoreStatus.set(Dialogs.sentenceFor("Scoring", error));
            Dialogs.showError("Scoring", error);
        }, () -> state.busyProperty().set(false));
    }

    public void cancelScoring() {
        if (scoring != null) {
            scoring.cancel();
            scoreStatus.set("Scoring was cancelled; nothing was written.");
        }
    }

    public ObjectProperty<Path> savedModelProperty() {
        return savedModel;
    }

    public StringProperty bundleStatusProperty() {
        return bundleStatus;
    }

    public StringProperty scoreStatusProperty() {
        return scoreStatus;
    }

    public WorkbenchState state() {
        return state;
    }
}
