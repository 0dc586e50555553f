package io.intentworkbench.report;

import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.bundle.RunMetrics;
import io.intentworkbench.bundle.ScatterSample;
import io.intentworkbench.features.NumericEncoder;
import io.intentworkbench.evaluation.Confusion;
import io.intentworkbench.evaluation.CurvePoint;
import io.intentworkbench.training.EpochProgress;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The charts of a report, made from what a model bundle measured. */
final class ReportCharts {
    static final String TRAINING = "#0969da";
    static final String VALIDATION = "#e36209";
    static final String GREY = "#8c959f";

    private ReportCharts() {
    }

    static ChartSpec loss(RunMetrics m) {
        return curves("Loss per epoch", "log loss", m.history(), EpochProgress::trainLoss,
                EpochProgress::validationLoss);
    }

    static ChartSpec accuracy(RunMetrics m) {
        return curves("Accuracy per epoch", "accuracy at 0.5", m.history(), EpochProgress::trainAccuracy,
                EpochProgress::validationAccuracy);
    }

    private static ChartSpec curves(String title, String yLabel, List<EpochProgress> history,
                                    ToDoubleFunction<EpochProgress> train, ToDoubleFunction<EpochProgress> validation) {
        List<double[]> t = history.stream().map(p -> new double[] {p.epoch(), train.applyAsDouble(p)}).toList();
        List<double[]> v = history.stream().map(p -> new double[] {p.epoch(), validation.applyAsDouble(p)}).toList();
        double low = history.stream().mapToDouble(p -> Math.min(train.applyAsDouble(p), validation.applyAsDouble(p)))
                .min().orElse(0);
        double high = history.stream().mapToDouble(p -> Math.max(train.applyAsDouble(p),
                validation.applyAsDouble(p))).max().orElse(1);
        double pad = Math.max(1e-3, (high - low) * 0.08);
        return new ChartSpec(title, "epoch", yLabel, 1, Math.max(2, history.size()), low - pad, high + pad,
                List.of(new ChartSpec.Series("training", TRAINING, t, false),
                        new ChartSpec.Series("validation", VALIDATION, v, false)), List.of());
    }

    static ChartSpec roc(ModelBundle bundle) {
        RunMetrics m = bundle.metrics();
        Confusion c = m.test().confusion();
        double fpr = c.fp() + c.tn() == 0 ? 0 : (double) c.fp() / (c.fp() + c.tn());
        return new ChartSpec("ROC curve (test rows)", "false positive rate", "true positive rate", 0, 1, 0, 1,
                List.of(new ChartSpec.Series("network", TRAINING, points(m.roc()), false),
                        new ChartSpec.Series("chance", GREY, List.of(new double[] {0, 0}, new double[] {1, 1}), true)),
                List.of(new double[] {fpr, c.recall()}));
    }

    static ChartSpec pr(ModelBundle bundle) {
        RunMetrics m = bundle.metrics();
        Confusion c = m.test().confusion();
        double share = (double) (c.tp() + c.fn()) / Math.max(1, c.total());
        return new ChartSpec("Precision-recall curve (test rows)", "recall", "precision", 0, 1, 0, 1,
                List.of(new ChartSpec.Series("network", TRAINING, points(m.pr()), false),
                        new ChartSpec.Series("share of buyers", GREY,
                                List.of(new double[] {0, share}, new double[] {1, share}), true)),
                List.of(new double[] {c.recall(), c.precision()}));
    }

    /** Mean predicted probability against the observed share of buyers, per bin; null for older bundles. */
    static ChartSpec reliability(RunMetrics m) {
        if (m.reliability() == null || m.reliability().isEmpty()) {
            return null;
        }
        List<double[]> points = m.reliability().stream().map(b -> new double[] {b.meanPredicted(), b.observedShare()})
                .toList();
        return new ChartSpec("Reliability (test rows)", "mean predicted probability", "share that bought", 0, 1, 0, 1,
                List.of(new ChartSpec.Series("network", TRAINING, points, false),
                        new ChartSpec.Series("perfect calibration", GREY,
                                List.of(new double[] {0, 0}, new double[] {1, 1}), true)), points);
    }

    /** The sampled test rows over the two strongest numeric features, or null when there is no sample. */
    static ChartSpec scatter(ModelBundle bundle) {
        ScatterSample sample = bundle.metrics().scatter();
        if (sample == null || sample.points().isEmpty()) {
            return null;
        }
        boolean logX = isLogged(bundle, sample.x());
        boolean logY = isLogged(bundle, sample.y());
        List<ChartSpec.Dot> dots = sample.points().stream().map(p -> new ChartSpec.Dot(shape(p[0], logX),
                shape(p[1], logY), p[2], (p[2] >= bundle.threshold()) != (p[3] == 1))).toList();
        double xMin = dots.stream().mapToDouble(ChartSpec.Dot::x).min().orElse(0);
        double xMax = dots.stream().mapToDouble(ChartSpec.Dot::x).max().orElse(1);
        double yMin = dots.stream().mapToDouble(ChartSpec.Dot::y).min().orElse(0);
        double yMax = dots.stream().mapToDouble(ChartSpec.Dot::y).max().orElse(1);
        return new ChartSpec("Predicted probability of buying on " + dots.size() + " test rows",
                logX ? "log(1 + " + sample.x() + ")" : sample.x(), logY ? "log(1 + " + sample.y() + ")" : sample.y(),
                xMin, xMax > xMin ? xMax : xMin + 1, yMin, yMax > yMin ? yMax : yMin + 1, List.of(), List.of(), dots);
    }

    private static boolean isLogged(ModelBundle bundle, String column) {
        return bundle.pipeline().encoders().stream().anyMatch(e -> e.column().equals(column)
                && e instanceof NumericEncoder n && n.log());
    }

    private static double shape(double value, boolean log) {
        return log ? Math.log1p(Math.max(0, value)) : value;
    }

    private static List<double[]> points(List<CurvePoint> curve) {
        return curve.stream().map(p -> new double[] {p.x(), p.y()}).toList();
    }
}
