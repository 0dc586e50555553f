package io.intentworkbench.cli;

import io.intentworkbench.evaluation.Metrics;
import java.util.Locale;
import java.util.Map;

/** Prints test figures beside the baselines, as a small table. */
final class MetricsTable {
    private MetricsTable() {
    }

    static void print(String title, Metrics model, Map<String, Metrics> baselines) {
        System.out.printf(Locale.ROOT, "%n%-22s %8s %8s %8s %9s %7s %8s %9s%n", title, "roc_auc", "pr_auc", "f1",
                "precision", "recall", "accuracy", "log_loss");
        row("network", model);
        baselines.forEach(MetricsTable::row);
        System.out.printf(Locale.ROOT, "threshold %.3f; confusion at it: tp %d, fp %d, tn %d, fn %d%n",
                model.threshold(), model.confusion().tp(), model.confusion().fp(), model.confusion().tn(),
                model.confusion().fn());
    }

    private static void row(String name, Metrics m) {
        System.out.printf(Locale.ROOT, "%-22s %8.4f %8.4f %8.4f %9.4f %7.4f %8.4f %9.4f%n", name, m.rocAuc(),
                m.prAuc(), m.f1(), m.precision(), m.recall(), m.accuracy(), m.logLoss());
    }
}
