package io.intentworkbench.ui.training;

import io.intentworkbench.data.Dataset;
import io.intentworkbench.experiment.ExperimentRunner;
import io.intentworkbench.experiment.ExperimentSetup;
import io.intentworkbench.experiment.TrainedRun;
import io.intentworkbench.runtime.NativeRuntime;
import io.intentworkbench.training.EpochProgress;
import io.intentworkbench.training.TrainingCancelledException;
import io.intentworkbench.training.TrainingControl;
import io.intentworkbench.training.TrainingSpec;
import io.intentworkbench.ui.WorkbenchState;
import io.intentworkbench.ui.common.Background;
import io.intentworkbench.ui.common.Dialogs;
import io.intentworkbench.ui.common.Pulses;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.util.Duration;

/**
 * The training screen's state. Training runs on a background thread and drops each epoch's
 * figures into a queue; the FX thread drains it at most ten times a second and adds the new
 * points in one batch, so the window stays responsive however fast epochs come. Each series keeps
 * at most {@link #MAX_POINTS} points: when full, every second point is dropped.
 */
public final class TrainingViewModel {
    /** What the training screen is doing. */
    public enum Phase { IDLE, RUNNING, PAUSED, STOPPING }

    static final int MAX_POINTS = 400;
    private static final Duration REFRESH = Duration.millis(100);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final WorkbenchState state;
    private final Queue<EpochProgress> arrived = new ConcurrentLinkedQueue<>();
    private final ObservableList<XYChart.Data<Number, Number>> trainLoss = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> validationLoss = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> trainAccuracy = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> validationPrAuc = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> validationAccuracy =
            FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("Press Train to start.");
    private final Timeline drain = new Timeline(new KeyFrame(REFRESH, e -> drainArrived(true)));
    private TrainingControl control;
    /** Epochs drawn on the loss chart and waiting for the accuracy chart (a pulse later). */
    private final List<EpochProgress> accuracyPending = new ArrayList<>();

    public TrainingViewModel(WorkbenchState state) {
        this.state = state;
        drain.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts a run with the current settings; the previous results stay until it succeeds. */
    public void start() {
        if (phase.get() != Phase.IDLE) {
            return;
        }
        if (!state.settingsValidProperty().get()) {
            Dialogs.showInfo("Settings to fix", "Some values on the model screen cannot be used; the marked fields "
                    + "say why. Fix them, then train.");
            return;
        }
        Dataset dataset = state.datasetProperty().get();
        if (dataset == null) {
            Dialogs.showInfo("Nothing to train on", "Open a CSV file on the data screen first.");
            return;
        }
        ExperimentSetup setup = state.setup();
        control = new TrainingControl();
        TrainingControl thisRun = control;
        clearCharts();
        TrainingSpec training = setup.training();
        note(String.format(Locale.ROOT, "Training on %s: layers %s, %s, learning rate %s, batch %d, at most %d epochs; "
                        + "the epoch with the best %s is kept%s.",
                dataset.name(), setup.network().layers().stream().map(l -> String.valueOf(l.units())).toList(),
                setup.network().optimizer().name().toLowerCase(Locale.ROOT), setup.network().learningRate(),
                training.batchSize(), training.maxEpochs(), training.stopOn().label(), training.patience() > 0
                        ? ", stopping after " + training.patience() + " epochs without a better one" : ""));
        phase.set(Phase.RUNNING);
        state.busyProperty().set(true);
        progressText.set("Preparing the data…");
        drain.play();
        Background.start("Training", work -> {
            NativeRuntime.configure();
            return ExperimentRunner.run(setup, arrived::add, thisRun);
        }, run -> finished(setup, run), this::failed, () -> {
            drain.stop();
            drainArrived(false);
            phase.set(Phase.IDLE);
            state.busyProperty().set(false);
        });
    }

    public void pause() {
        if (phase.get() == Phase.RUNNING) {
            control.pause();
            phase.set(Phase.PAUSED);
            note("Paused.");
        }
    }

    public void resume() {
        if (phase.get() == Phase.PAUSED) {
            control.resume();
            phase.set(Phase.RUNNING);
            note("Resumed.");
        }
    }

    /** Stops after the current minibatch; nothing of the stopped run is kept. */
    public void stop() {
        if (phase.get() == Phase.RUNNING || phase.get() == Phase.PAUSED) {
            phase.set(Phase.STOPPING);
            control.cancel();
        }
    }

    private void finished(ExperimentSetup setup, TrainedRun run) {
        var m = run.bundle().metrics();
        var record = state.addRun(setup, m);
        note(String.format(Locale.ROOT, "Run %d finished after %d epochs (best %d) in %.1f s. Test ROC AUC %.4f, "
                        + "PR AUC %.4f, F1 %.4f at threshold %.3f.", record.id(), m.epochs(), m.bestEpoch(),
                                m.trainSeconds(),
                m.test().rocAuc(), m.test().prAuc(), m.test().f1(), m.test().threshold()));
        m.warnings().stream().filter(w -> !w.startsWith("column ") || w.contains("alone predicts"))
                .forEach(w -> note("Note: " + w));
        progress.set(1);
        progressText.set(String.format(Locale.ROOT, "Done: %d epochs in %.1f s; the weights of epoch %d were kept.",
                m.epochs(), m.trainSeconds(), m.bestEpoch()));
        // The evaluation follows in the next pulse, so that the run history's new row is laid out in a
        // frame of its own; unless another file was opened meanwhile, which the run does not describe.
        Pulses.inTurn(() -> {
            if (state.datasetProperty().get() == setup.dataset()) {
                state.lastRunProperty().set(run);
            }
        });
        state.statusProperty().set("Training finished; see the evaluation.");
    }

    private void failed(Throwable error) {
        if (error instanceof TrainingCancelledException) {
            note("Stopped. The previous results are unchanged.");
            progressText.set("Stopped; no model was kept from this run.");
            return;
        }
        String sentence = Dialogs.sentenceFor("Training", error);
        note(sentence);
        progressText.set("Training failed; the previous results are unchanged.");
        Dialogs.showError("Training", error);
    }

    /**
     * Draws the epochs that arrived since the last call. The loss chart is updated at once and the
     * accuracy chart a pulse later, so that each chart is painted in a frame of its own (with
     * software rendering a chart takes 10 to 40 ms to paint, and the next frame waits for it).
     * The last call after training ends draws everything at once.
     */
    private void drainArrived(boolean spread) {
        List<EpochProgress> batch = new ArrayList<>();
        for (EpochProgress p = arrived.poll(); p != null; p = arrived.poll()) {
            batch.add(p);
        }
        if (batch.isEmpty()) {
            return;
        }
        add(trainLoss, batch, EpochProgress::trainLoss);
        add(validationLoss, batch, EpochProgress::validationLoss);
        EpochProgress last = batch.get(batch.size() - 1);
        progress.set((double) last.epoch() / last.maxEpochs());
        progressText.set(String.format(Locale.ROOT, "Epoch %d of at most %d · %.0f s elapsed · at most %.0f s left "
                        + "(early stopping may end sooner) · validation ROC AUC %.4f, PR AUC %.4f", last.epoch(),
                last.maxEpochs(), last.elapsedSeconds(), last.remainingSeconds(), last.validationRocAuc(),
                last.validationPrAuc()));
        accuracyPending.addAll(batch);
        if (spread) {
            Pulses.inTurn(this::drawAccuracies);
        } else {
            drawAccuracies();
        }
    }

    /** Adds the epochs waiting for the accuracy chart, in the order they arrived. */
    private void drawAccuracies() {
        if (accuracyPending.isEmpty()) {
            return;
        }
        List<EpochProgress> batch = List.copyOf(accuracyPending);
        accuracyPending.clear();
        add(trainAccuracy, batch, EpochProgress::trainAccuracy);
        add(validationAccuracy, batch, EpochProgress::validationAccuracy);
        add(validationPrAuc, batch, EpochProgress::validationPrAuc);
    }

    private static void add(ObservableList<XYChart.Data<Number, Number>> series, List<EpochProgress> batch,
                            java.util.function.ToDoubleFunction<EpochProgress> value) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(series);
        batch.forEach(p -> points.add(new XYChart.Data<>(p.epoch(), value.applyAsDouble(p))));
        if (points.size() > MAX_POINTS) {
            List<XYChart.Data<Number, Number>> thinned = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                if (i % 2 == 1 || i == points.size() - 1) {
                    thinned.add(points.get(i));
                }
            }
            series.setAll(thinned);
        } else {
            series.addAll(points.subList(series.size(), points.size()));
        }
    }

    private void clearCharts() {
        arrived.clear();
        accuracyPending.clear();
        trainLoss.clear();
        validationLoss.clear();
        trainAccuracy.clear();
        validationAccuracy.clear();
        validationPrAuc.clear();
        progress.set(0);
    }

    private void note(String line) {
        log.add(LocalTime.now().format(CLOCK) + "  " + line);
    }

    public ObservableList<XYChart.Data<Number, Number>> trainLoss() {
        return trainLoss;
    }

    public ObservableList<XYChart.Data<Number, Number>> validationLoss() {
        return validationLoss;
    }

    public ObservableList<XYChart.Data<Number, Number>> trainAccuracy() {
        return trainAccuracy;
    }

    public ObservableList<XYChart.Data<Number, Number>> validationPrAuc() {
        return validationPrAuc;
    }

    public ObservableList<XYChart.Data<Number, Number>> validationAccuracy() {
        return validationAccuracy;
    }

    public ObservableList<String> log() {
        return log;
    }

    /** Whether the model form's values can all be used (training waits until they can). */
    public javafx.beans.property.ReadOnlyBooleanProperty settingsValidProperty() {
        return state.settingsValidProperty();
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }
}
