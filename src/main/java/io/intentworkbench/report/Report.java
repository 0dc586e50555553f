package io.intentworkbench.report;

import io.intentworkbench.bundle.DataFingerprint;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.bundle.RunMetrics;
import io.intentworkbench.evaluation.Baselines;
import io.intentworkbench.evaluation.Confusion;
import io.intentworkbench.evaluation.Metrics;
import io.intentworkbench.features.CategoricalEncoder;
import io.intentworkbench.features.ColumnEncoder;
import io.intentworkbench.features.NumericEncoder;
import io.intentworkbench.model.LayerSpec;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.training.TrainingSpec;
import io.intentworkbench.data.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The content of a run's report, the same for HTML and PDF: the data, the features and how they
 * were prepared, the settings, the training curves, the metrics beside the baselines, the
 * confusion matrix, the curves, and what is needed to repeat the run.
 */
final class Report {
    /** A table with a header row. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    /** A titled part of the report. */
    record Section(String title, List<String> paragraphs, List<Table> tables, List<ChartSpec> charts) {
    }

    private Report() {
    }

    static String title(ModelBundle bundle) {
        return "Purchase-intent model report: " + bundle.metrics().data().file();
    }

    static List<Section> sections(ModelBundle bundle) {
        return List.of(data(bundle), features(bundle), settings(bundle), curves(bundle), metrics(bundle),
                rocAndPr(bundle), scatter(bundle), reproduce(bundle));
    }

    private static Section data(ModelBundle b) {
        RunMetrics m = b.metrics();
        DataFingerprint d = m.data();
        List<String> text = new ArrayList<>();
        text.add(String.format(Locale.ROOT, "File %s: %,d rows. Target column '%s'; a purchase is '%s'.", d.file(),
                d.rows(), b.schema().target(), b.schema().positiveLabel()));
        text.add(String.format(Locale.ROOT, "Rows used: %,d for training, %,d for validation (early stopping and the "
                        + "threshold), %,d for testing (every figure below, unless it says otherwise).",
                m.splitRows().get("train"), m.splitRows().get("validation"), m.splitRows().get("test")));
        List<List<String>> warnings = m.warnings().stream().map(w -> List.of(w)).toList();
        List<Table> tables = warnings.isEmpty() ? List.of() : List.of(new Table(List.of("Warnings"), warnings));
        return new Section("Data", text, tables, List.of());
    }

    private static Section features(ModelBundle b) {
        List<List<String>> rows = b.pipeline().encoders().stream().map(Report::describe).toList();
        return new Section("Features and their preparation", List.of(String.format(Locale.ROOT,
                "%d columns became %d network inputs. Every statistic below was fitted on the training rows only.",
                b.pipeline().encoders().size(), b.pipeline().width())),
                List.of(new Table(List.of("Column", "Encoding", "Preparation"), rows)), List.of());
    }

    private static List<String> describe(ColumnEncoder encoder) {
        if (encoder instanceof NumericEncoder n) {
            String prep = (n.log() ? "log(1 + x), then " : "") + "centred on " + number(n.center()) + " and scaled by "
                    + number(n.scale()) + "; missing values filled with " + number(n.fill())
                    + (n.indicator() ? " and flagged" : "") + (n.zero() ? "; zero flagged" : "");
            return List.of(n.column(), "numeric", prep);
        }
        CategoricalEncoder c = (CategoricalEncoder) encoder;
        String levels = String.join(", ", c.levels().stream().limit(12).toList()) + (c.levels().size() > 12
                ? ", ..." : "");
        return List.of(c.column(), "one-hot, " + c.levels().size() + " values",
                levels + "; missing values filled with " + c.fill() + (c.indicator() ? " and flagged" : ""));
    }

    private static Section settings(ModelBundle b) {
        NetworkSpec n = b.settings().network();
        TrainingSpec t = b.settings().training();
        RunMetrics m = b.metrics();
        String layers = String.join(" → ", n.layers().stream().map(Report::layer).toList());
        List<List<String>> rows = List.of(
                List.of("Hidden layers", layers),
                List.of("Output", "2 units, softmax, cross-entropy" + (t.classWeights().name().equals("NONE") ? ""
                        : ", balanced class weights")),
                List.of("Weights and biases", String.format(Locale.ROOT, "%,d",
                        n.parameterCount(b.pipeline().width()))),
                List.of("Optimizer", n.optimizer().name().toLowerCase(Locale.ROOT) + ", learning rate "
                        + number(n.learningRate())),
                List.of("Regularisation", "L1 " + number(n.l1()) + ", L2 " + number(n.l2())),
                List.of("Batch size", String.valueOf(t.batchSize())),
                List.of("Epochs", String.format(Locale.ROOT, "%d run of at most %d; %s; weights of epoch %d kept "
                        + "(the best %s)", m.epochs(), t.maxEpochs(), t.patience() > 0 ? "early stopping after "
                        + t.patience() + " without a better " + t.stopOn().label() : "no early stopping",
                        m.bestEpoch(), t.stopOn().label())),
                List.of("Training time", String.format(Locale.ROOT, "%.1f s", m.trainSeconds())),
                List.of("Decision threshold", number(b.threshold()) + " (the best F1 on validation rows)"),
                List.of("Calibration", b.settings().calibration() == null
                        ? "none: Platt scaling did not lower the log loss of held-out validation rows"
                        : "Platt scaling fitted on validation rows (a " + number(b.settings().calibration().a())
                        + ", b " + number(b.settings().calibration().b()) + ")"),
                List.of("Seed", String.valueOf(t.seed())));
        return new Section("Network and training", List.of(), List.of(new Table(List.of("Setting", "Value"), rows)),
                List.of());
    }

    private static String layer(LayerSpec l) {
        return l.units() + " " + l.activation().name().toLowerCase(Locale.ROOT)
                + (l.dropout() > 0 ? " (dropout " + number(l.dropout()) + ")" : "");
    }

    private static Section curves(ModelBundle b) {
        return new Section("Training curves", List.of("Loss and accuracy on training and validation rows after "
                + "each epoch."), List.of(), List.of(ReportCharts.loss(b.metrics()),
                        ReportCharts.accuracy(b.metrics())));
    }

    private static Section metrics(ModelBundle b) {
        RunMetrics m = b.metrics();
        List<List<String>> rows = new ArrayList<>();
        rows.add(figures("network", m.test()));
        rows.add(figures("network at 0.5", m.testAtHalf()));
        for (Map.Entry<String, Metrics> e : m.baselines().entrySet()) {
            rows.add(figures(e.getKey().replace('_', ' '), e.getValue()));
        }
        Confusion c = m.test().confusion();
        List<List<String>> confusion = List.of(
                List.of("bought", count(c.tp(), c), count(c.fn(), c)),
                List.of("did not buy", count(c.fp(), c), count(c.tn(), c)));
        Metrics logistic = m.baselines().get(Baselines.LOGISTIC);
        String against = logistic == null ? "" : String.format(Locale.ROOT,
                ", against %.3f, %.3f and %.3f for the logistic regression", logistic.rocAuc(), logistic.prAuc(),
                logistic.f1());
        List<String> text = new ArrayList<>(List.of(String.format(Locale.ROOT,
                "Measured on %,d test rows that no training choice has seen: ROC AUC %.3f, PR AUC %.3f and F1 %.3f%s. "
                        + "The confusion matrix is at the chosen threshold %s.", m.test().rows(), m.test().rocAuc(),
                m.test().prAuc(), m.test().f1(), against, number(b.threshold()))));
        if (m.rocAucSpread() != null && m.prAucSpread() != null) {
            text.add(String.format(Locale.ROOT, "On other rows like these, ROC AUC would lie between %.3f and %.3f "
                    + "and PR AUC between %.3f and %.3f (95 %% bootstrap intervals over the test rows).",
                    m.rocAucSpread().low(), m.rocAucSpread().high(), m.prAucSpread().low(), m.prAucSpread().high()));
        }
        return new Section("Test metrics beside the baselines", text,
                List.of(new Table(List.of("Model", "ROC AUC", "PR AUC", "F1", "Precision", "Recall", "Accuracy",
                        "Log loss", "Threshold"), rows),
                        new Table(List.of("", "predicted to buy", "predicted not to"), confusion)), List.of());
    }

    private static String count(long value, Confusion c) {
        return String.format(Locale.ROOT, "%,d (%.1f %%)", value, 100.0 * value / Math.max(1, c.total()));
    }

    private static List<String> figures(String name, Metrics m) {
        return List.of(name, fixed(m.rocAuc()), fixed(m.prAuc()), fixed(m.f1()), fixed(m.precision()),
                fixed(m.recall()), fixed(m.accuracy()), fixed(m.logLoss()), fixed(m.threshold()));
    }

    private static Section rocAndPr(ModelBundle b) {
        List<ChartSpec> charts = new ArrayList<>(List.of(ReportCharts.roc(b), ReportCharts.pr(b)));
        ChartSpec reliability = ReportCharts.reliability(b.metrics());
        if (reliability != null) {
            charts.add(reliability);
        }
        return new Section("ROC, precision-recall and reliability curves", List.of("On the ROC and precision-recall "
                + "curves the red dot marks the chosen threshold. The reliability curve shows, for test rows grouped "
                + "by predicted probability, the share that bought: on the diagonal, a predicted 30 % means 30 %."),
                List.of(), charts);
    }

    private static Section scatter(ModelBundle b) {
        ChartSpec chart = ReportCharts.scatter(b);
        if (chart == null) {
            return new Section("Predictions", List.of("No scatter plot: the model has fewer than two numeric "
                    + "features."), List.of(), List.of());
        }
        return new Section("Predictions", List.of("Test rows over the two numeric features that alone separate "
                + "buyers best. Colour is the predicted probability of buying, from dark blue (0) to yellow (1); rows "
                + "ringed in red are misclassified at the chosen threshold."), List.of(), List.of(chart));
    }

    private static Section reproduce(ModelBundle b) {
        DataFingerprint d = b.metrics().data();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Data file", d.file()));
        rows.add(List.of("Size and SHA-256", String.format(Locale.ROOT, "%,d bytes, %s", d.bytes(), d.sha256())));
        rows.add(List.of("Model saved", b.manifest().createdAt()));
        rows.add(List.of("Intent Workbench", b.manifest().appVersion()));
        b.manifest().libraries().forEach((name, version) -> rows.add(List.of(name, version)));
        rows.add(List.of("Command", command(b)));
        return new Section("Repeating this run", List.of("The same data, settings and seed give the same metrics."),
                List.of(new Table(List.of("What", "Value"), rows)), List.of());
    }

    private static String command(ModelBundle b) {
        NetworkSpec n = b.settings().network();
        TrainingSpec t = b.settings().training();
        return String.format(Locale.ROOT, "intent-workbench train %s --target %s --layers %s --dropout %s "
                        + "--optimizer %s --learning-rate %s --l1 %s --l2 %s --batch %d --epochs %d --patience %d "
                        + "--class-weights %s --seed %d --split %s,%s,%s --out model.zip", b.metrics().data().file(),
                b.schema().target(), String.join(",", n.layers().stream().map(l -> String.valueOf(l.units())).toList()),
                number(n.layers().get(0).dropout()),
                        n.optimizer().name().toLowerCase(Locale.ROOT).replace("_momentum", ""),
                number(n.learningRate()), number(n.l1()), number(n.l2()), t.batchSize(), t.maxEpochs(), t.patience(),
                t.classWeights().name().toLowerCase(Locale.ROOT), t.seed(), number(t.trainShare() * 100),
                number(t.validationShare() * 100), number(t.testShare() * 100));
    }

    static String fixed(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A number with at most four significant digits, as a person would write it. */
    static String number(double value) {
        return Numbers.format(value, 4);
    }
}
