package io.intentworkbench.experiment;

import io.intentworkbench.data.BinaryTarget;
import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.ColumnValues;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.evaluation.FeatureStrength;
import io.intentworkbench.features.FeatureKind;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.training.RowKeys;
import io.intentworkbench.training.Splitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What is worth knowing about a dataset before a model is trained on it: repeated rows, rows
 * without a target, a rare positive class, and a column that gives the answer away.
 */
public final class DataChecks {
    static final double RARE_POSITIVE_SHARE = 0.05;

    private DataChecks() {
    }

    /** Every check on all labelled rows, for the data screen. */
    public static List<String> of(Dataset dataset, ColumnRoles roles, FeaturePlan plan) {
        BinaryTarget target = BinaryTarget.resolve(dataset, roles.target(), roles.positiveLabel());
        List<String> notes = new ArrayList<>(ofTarget(rowKeys(dataset.values(), target, plan), target));
        int[] labelled = IntStream.range(0, dataset.rowCount()).filter(r -> target.labels()[r] >= 0).toArray();
        notes.addAll(leakage(plan, dataset.values(), labelled,
                Arrays.stream(labelled).map(r -> target.labels()[r]).toArray()));
        return notes;
    }

    /** The fingerprint of each row over the features and the target, to find repeated rows. */
    static Long[] rowKeys(ColumnValues values, BinaryTarget target, FeaturePlan plan) {
        return RowKeys.of(values, Stream.concat(plan.columnNames().stream(), Stream.of(target.column())).toList());
    }

    /** Repeated rows (by their keys), rows without a target, and a rare positive class. */
    static List<String> ofTarget(Long[] rowKeys, BinaryTarget target) {
        List<String> notes = new ArrayList<>();
        int duplicates = Splitter.duplicateCount(rowKeys);
        if (duplicates > 0) {
            notes.add(duplicates
                    + " rows repeat an earlier row exactly; copies are kept in the same part of the split");
        }
        long missing = Arrays.stream(target.labels()).filter(l -> l < 0).count();
        if (missing > 0) {
            notes.add(missing + " rows have no value in the target column '" + target.column()
                    + "'; they are left out of training and testing");
        }
        double share = (double) target.positives() / Math.max(1, target.labels().length - missing);
        if (share < RARE_POSITIVE_SHARE) {
            notes.add(String.format(Locale.ROOT, "only %.1f %% of rows are purchases; figures such as precision "
                    + "will vary a lot between splits", share * 100));
        }
        return notes;
    }

    /** A feature that alone predicts the target almost perfectly is probably recorded after the purchase. */
    static List<String> leakage(FeaturePlan plan, ColumnValues values, int[] rows, int[] labels) {
        List<Boolean> numeric = plan.columns().stream().map(c -> c.kind() == FeatureKind.NUMERIC).toList();
        List<String> notes = new ArrayList<>();
        FeatureStrength.of(values, plan.columnNames(), numeric, rows, labels).forEach((column, auc) -> {
            if (auc >= FeatureStrength.LEAKAGE_AUC) {
                notes.add(String.format(Locale.ROOT, "column '%s' alone predicts the target almost perfectly "
                        + "(ROC AUC %.3f); it may be recorded after the purchase, so check that it is known "
                        + "before one", column, auc));
            }
        });
        return notes;
    }
}
