package io.intentworkbench.ui.evaluation;

import io.intentworkbench.data.ColumnType;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.evaluation.Baselines;
import io.intentworkbench.evaluation.Confusion;
import io.intentworkbench.evaluation.CurvePoint;
import io.intentworkbench.evaluation.Metrics;
import io.intentworkbench.evaluation.Ranking;
import io.intentworkbench.experiment.TrainedRun;
import io.intentworkbench.ui.WorkbenchState;
import io.intentworkbench.ui.common.Pulses;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The evaluation screen's state: the latest run's test figures beside the baselines, a threshold
 * the person moves, the confusion matrix and curve markers at it, and a sampled scatter of two
 * chosen features coloured by predicted probability.
 */
public final class EvaluationViewModel {
    static final int MAX_SCATTER_POINTS = 3000;
    private static final int CURVE_POINTS = 300;
    private final WorkbenchState state;
    private final DoubleProperty threshold = new SimpleDoubleProperty(0.5);
    private final ObservableList<MetricRow> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<Confusion> confusion = new SimpleObjectProperty<>();
    private final ObservableList<CurvePoint> roc = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> pr = FXCollections.observableArrayList();
    private final ObjectProperty<CurvePoint> rocMarker = new SimpleObjectProperty<>();
    private final ObjectProperty<CurvePoint> prMarker = new SimpleObjectProperty<>();
    private final ObservableList<String> numericFeatures = FXCollections.observableArrayList();
    private final StringProperty xFeature = new SimpleStringProperty();
    private final StringProperty yFeature = new SimpleStringProperty();
    private final ObservableList<ScatterPoint> scatter = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty logX = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty logY = new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<CurvePoint> reliability = FXCollections.observableArrayList();
    private final StringProperty headline = new SimpleStringProperty("Train a model to see its evaluation.");
    private final ReadOnlyObjectWrapper<TrainedRun> shownRun = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainedRun> drawnRun = new ReadOnlyObjectWrapper<>();
    /** True while a run's figures are being filled in: the listeners then leave the redrawing to the end. */
    private boolean showing;

    public EvaluationViewModel(WorkbenchState state) {
        this.state = state;
        state.lastRunProperty().addListener((obs, old, run) -> showRun(run));
        threshold.addListener((obs, old, value) -> {
            if (!showing) {
                atThreshold();
            }
        });
        xFeature.addListener((obs, old, value) -> {
            logX.set(isLogScaled(value));
            if (!showing) {
                sampleScatter();
            }
        });
        yFeature.addListener((obs, old, value) -> {
            logY.set(isLogScaled(value));
            if (!showing) {
                sampleScatter();
            }
        });
        showRun(state.lastRunProperty().get());
    }

    private TrainedRun run() {
        return state.lastRunProperty().get();
    }

    /**
     * Fills every figure for a run, over four animation pulses so that a finished training hands
     * over to this screen without stalling the window (with software rendering, laying out and
     * painting the whole screen at once took 100 to 200 ms): first the figures, table and
     * confusion matrix, then the curves, both laid out while the screen is still hidden; then
     * {@link #shownRunProperty} changes, on which the window switches to this screen; then the
     * scatter sample and the reliability curve, after which {@link #drawnRunProperty} changes. Each
     * list and value is set once (the threshold, features and curves would otherwise redraw the
     * charts several times over).
     */
    private void showRun(TrainedRun run) {
        if (run == null) {
            metrics.clear();
            roc.clear();
            pr.clear();
            scatter.clear();
            reliability.clear();
            numericFeatures.clear();
            confusion.set(null);
            headline.set("Train a model to see its evaluation.");
            shownRun.set(null);
            drawnRun.set(null);
            return;
        }
        Pulses.inTurn(whileLatest(run, () -> {
            Metrics network;
            showing = true;
            try {
                network = fill(run);
            } finally {
                showing = false;
            }
            showAt(network);
        }), whileLatest(run, () -> {
            roc.setAll(Ranking.rocCurve(run.testLabels(), run.testProbabilities(), CURVE_POINTS));
            pr.setAll(Ranking.prCurve(run.testLabels(), run.testProbabilities(), CURVE_POINTS));
        }), whileLatest(run, () -> shownRun.set(run)), whileLatest(run, () -> {
            sampleScatter();
            var bins = run.bundle().metrics().reliability();
            reliability.setAll(bins == null ? List.of() : bins.stream()
                    .map(b -> new CurvePoint(b.meanPredicted(), b.observedShare(), Double.NaN)).toList());
            drawnRun.set(run);
        }));
    }

    /** The step, to be skipped if another run (or none) has become the latest by the time it runs. */
    private Runnable whileLatest(TrainedRun run, Runnable step) {
        return () -> {
            if (run == run()) {
                step.run();
            }
        };
    }

    /** Fills the headline, features, threshold and table; returns the network's figures at the threshold. */
    private Metrics fill(TrainedRun run) {
        var m = run.bundle().metrics();
        String spread = m.rocAucSpread() == null ? "" : String.format(java.util.Locale.ROOT,
                " · ROC AUC %.3f to %.3f, PR AUC %.3f to %.3f on other rows like these (95 %% intervals)",
                m.rocAucSpread().low(), m.rocAucSpread().high(), m.prAucSpread().low(), m.prAucSpread().high());
        headline.set(String.format(java.util.Locale.ROOT, "%,d test rows that no training choice has seen · "
                + "threshold chosen on validation rows: %.3f%s", run.testLabels().length, run.bundle().threshold(),
                spread));
        scatter.clear();
        reliability.clear();
        roc.clear();
        pr.clear();
        Dataset dataset = state.datasetProperty().get();
        numericFeatures.setAll(run.bundle().pipeline().inputColumns().stream()
                .filter(c -> dataset != null && dataset.profile(c).isPresent()
                        && run.bundle().schema().columns().stream().anyMatch(s -> s.name().equals(c)
                        && s.type() == ColumnType.NUMERIC)).toList());
        threshold.set(run.bundle().threshold());
        var strongest = run.bundle().metrics().scatter();
        if (strongest != null && numericFeatures.containsAll(List.of(strongest.x(), strongest.y()))) {
            xFeature.set(strongest.x());
            yFeature.set(strongest.y());
        } else if (numericFeatures.size() >= 2) {
            xFeature.set(numericFeatures.get(0));
            yFeature.set(numericFeatures.get(1));
        }
        Metrics network = networkAt(run, threshold.get());
        List<MetricRow> rows = new ArrayList<>();
        rows.add(new MetricRow("network", network));
        rows.add(new MetricRow("logistic regression", m.baselines().get(Baselines.LOGISTIC)));
        rows.add(new MetricRow("majority class", m.baselines().get(Baselines.MAJORITY)));
        metrics.setAll(rows);
        return network;
    }

    private void atThreshold() {
        TrainedRun run = run();
        if (run == null) {
            return;
        }
        showAt(networkAt(run, threshold.get()));
    }

    private static Metrics networkAt(TrainedRun run, double threshold) {
        return run.bundle().metrics().test().atThreshold(run.testLabels(), run.testProbabilities(), threshold);
    }

    /** The confusion matrix, curve markers and the table's network row for the network's figures at the threshold. */
    private void showAt(Metrics network) {
        double t = threshold.get();
        confusion.set(network.confusion());
        Confusion c = network.confusion();
        double fpr = c.fp() + c.tn() == 0 ? 0 : (double) c.fp() / (c.fp() + c.tn());
        rocMarker.set(new CurvePoint(fpr, c.recall(), t));
        prMarker.set(new CurvePoint(c.recall(), c.tp() + c.fp() == 0 ? 1 : c.precision(), t));
        if (!metrics.isEmpty() && metrics.get(0).metrics() != network) {
            metrics.set(0, new MetricRow("network", network));
        }
    }

    /** Whether the model's own preparation log-transforms the column: then the plot starts on a log scale. */
    private boolean isLogScaled(String column) {
        TrainedRun run = run();
        return run != null && column != null && run.bundle().pipeline().encoders().stream()
                .anyMatch(e -> e.column().equals(column) && e instanceof io.intentworkbench.features.NumericEncoder n
                        && n.log());
    }

    public javafx.beans.property.BooleanProperty logXProperty() {
        return logX;
    }

    public javafx.beans.property.BooleanProperty logYProperty() {
        return logY;
    }

    /** At most {@link #MAX_SCATTER_POINTS} test rows, drawn at random with a fixed seed. */
    private void sampleScatter() {
        TrainedRun run = run();
        Dataset dataset = state.datasetProperty().get();
        String x = xFeature.get();
        String y = yFeature.get();
        if (run == null || dataset == null || x == null || y == null || dataset.profile(x).isEmpty()
                || dataset.profile(y).isEmpty()) {
            scatter.clear();
            return;
        }
        double[] xs = dataset.values().numbers(x);
        double[] ys = dataset.values().numbers(y);
        int[] rows = run.split().test();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(1));
        List<ScatterPoint> points = new ArrayList<>();
        for (int i : order.subList(0, Math.min(MAX_SCATTER_POINTS, order.size()))) {
            int row = rows[i];
            if (!Double.isNaN(xs[row]) && !Double.isNaN(ys[row])) {
                points.add(new ScatterPoint(row, xs[row], ys[row], run.testProbabilities()[i], run.testLabels()[i]));
            }
        }
        scatter.setAll(points);
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ObservableList<MetricRow> metrics() {
        return metrics;
    }

    public ObjectProperty<Confusion> confusionProperty() {
        return confusion;
    }

    public ObservableList<CurvePoint> roc() {
        return roc;
    }

    public ObservableList<CurvePoint> pr() {
        return pr;
    }

    public ObjectProperty<CurvePoint> rocMarkerProperty() {
        return rocMarker;
    }

    public ObjectProperty<CurvePoint> prMarkerProperty() {
        return prMarker;
    }

    public ObservableList<String> numericFeatures() {
        return numericFeatures;
    }

    public StringProperty xFeatureProperty() {
        return xFeature;
    }

    public StringProperty yFeatureProperty() {
        return yFeature;
    }

    public ObservableList<ScatterPoint> scatter() {
        return scatter;
    }

    /** Test rows grouped by predicted probability: mean prediction (x) against the share that bought (y). */
    public ObservableList<CurvePoint> reliability() {
        return reliability;
    }

    /** The run whose figures are in place (the scatter and reliability curve follow a pulse later). */
    public ReadOnlyObjectProperty<TrainedRun> shownRunProperty() {
        return shownRun.getReadOnlyProperty();
    }

    /** The run whose every figure, the scatter and reliability curve included, is drawn. */
    public ReadOnlyObjectProperty<TrainedRun> drawnRunProperty() {
        return drawnRun.getReadOnlyProperty();
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public WorkbenchState state() {
        return state;
    }
}
