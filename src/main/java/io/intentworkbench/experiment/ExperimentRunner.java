package io.intentworkbench.experiment;

import io.intentworkbench.bundle.BundleManifest;
import io.intentworkbench.bundle.BundleSettings;
import io.intentworkbench.bundle.DataFingerprint;
import io.intentworkbench.bundle.InputSchema;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.bundle.RunMetrics;
import io.intentworkbench.bundle.ScatterSample;
import io.intentworkbench.bundle.SchemaColumn;
import io.intentworkbench.data.BinaryTarget;
import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.ColumnValues;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.data.ImportWarning;
import io.intentworkbench.evaluation.Baselines;
import io.intentworkbench.evaluation.Evaluation;
import io.intentworkbench.evaluation.FeatureStrength;
import io.intentworkbench.evaluation.Metrics;
import io.intentworkbench.evaluation.PlattScaling;
import io.intentworkbench.evaluation.ReliabilityBin;
import io.intentworkbench.evaluation.Spread;
import io.intentworkbench.evaluation.Thresholds;
import io.intentworkbench.features.FeatureKind;
import io.intentworkbench.features.FeaturePipeline;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.runtime.AppInfo;
import io.intentworkbench.training.DataSplit;
import io.intentworkbench.training.NetworkOutput;
import io.intentworkbench.training.Splitter;
import io.intentworkbench.training.Trainer;
import io.intentworkbench.training.TrainingControl;
import io.intentworkbench.training.TrainingData;
import io.intentworkbench.training.TrainingListener;
import io.intentworkbench.training.TrainingResult;
import io.intentworkbench.training.WarmUp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run from a dataset to an evaluated model bundle: split, fit the feature pipeline on
 * the training rows, train, choose the threshold on validation rows, and measure the test rows
 * beside the baselines.
 */
public final class ExperimentRunner {
    private static final Logger log = LoggerFactory.getLogger(ExperimentRunner.class);
    private static final int MIN_ROWS_PER_CLASS_AND_PART = 2;
    private static final int SCATTER_ROWS = 1000;
    private static final double UNSTABLE_ROC_WIDTH = 0.06;
    private static final double UNSTABLE_PR_WIDTH = 0.12;

    private ExperimentRunner() {
    }

    public static TrainedRun run(ExperimentSetup setup, TrainingListener listener, TrainingControl control) {
        WarmUp.stop();
        Dataset dataset = setup.dataset();
        BinaryTarget target = BinaryTarget.resolve(dataset, setup.roles().target(), setup.roles().positiveLabel());
        Prepared data = prepare(setup, target);
        TrainingResult result = Trainer.train(new TrainingData(data.trainX(), data.trainY(), data.validationX(),
                data.validationY(), data.width()), setup.network(), setup.training(), listener, control);
        long seed = setup.training().seed();
        double[] rawValidationP = NetworkOutput.probabilities(result.network(), data.validationX(),
                data.validationY().length, data.width());
        PlattScaling calibration = PlattScaling.choose(data.validationY(), rawValidationP, seed).orElse(null);
        double[] validationP = calibrated(calibration, rawValidationP);
        double threshold = Thresholds.bestF1(data.validationY(), validationP);
        double[] testP = calibrated(calibration, NetworkOutput.probabilities(result.network(), data.testX(),
                data.testY().length, data.width()));
        Baselines baselines = Baselines.fit(data.trainX(), data.trainY(), data.validationX(), data.validationY(),
                data.width());
        Evaluation evaluation = Evaluation.of(data.testY(), testP, threshold,
                baselines.evaluate(data.testX(), data.testY()));
        log.info("Test ROC AUC {}, PR AUC {}, F1 {} at threshold {}", fmt(evaluation.test().rocAuc()),
                fmt(evaluation.test().prAuc()), fmt(evaluation.test().f1()), fmt(threshold));
        Spread rocSpread = Spread.rocAuc(data.testY(), testP, seed);
        Spread prSpread = Spread.prAuc(data.testY(), testP, seed);
        data.warnings().addAll(spreadWarning(rocSpread, prSpread));
        RunMetrics metrics = new RunMetrics(evaluation.test(), evaluation.testAtHalf(),
                Metrics.of(data.validationY(), validationP, threshold), evaluation.baselines(), result.epochsRun(),
                result.bestEpoch(), result.seconds(), seed, sizes(data.split()), data.warnings(), evaluation.roc(),
                evaluation.pr(), result.history(), DataFingerprint.of(dataset.source(), dataset.rowCount()),
                scatterSample(data.plan(), dataset.values(), data.split().test(), data.testY(), testP),
                ReliabilityBin.of(data.testY(), testP), rocSpread, prSpread);
        ModelBundle bundle = new ModelBundle(manifest(), schema(dataset, setup.roles(), target), data.pipeline(),
                new BundleSettings(setup.network(), setup.training(), threshold, calibration), baselines, metrics,
                result.network());
        return new TrainedRun(bundle, data.split(), data.testY(), testP);
    }

    /** The split, the fitted feature pipeline and the encoded rows of each part, with the checks' warnings. */
    private record Prepared(DataSplit split, FeaturePlan plan, FeaturePipeline pipeline, float[] trainX, int[] trainY,
                            float[] validationX, int[] validationY, float[] testX, int[] testY,
                            List<String> warnings) {
        int width() {
            return pipeline.width();
        }
    }

    private static Prepared prepare(ExperimentSetup setup, BinaryTarget target) {
        Dataset dataset = setup.dataset();
        FeaturePlan plan = setup.planOrDefaults();
        ColumnValues values = dataset.values();
        List<String> warnings = new ArrayList<>(dataset.warnings().stream().map(ImportWarning::toString).toList());
        Long[] keys = DataChecks.rowKeys(values, target, plan);
        warnings.addAll(DataChecks.ofTarget(keys, target));
        DataSplit split = withKnownTargets(setup.split() != null ? setup.split()
                : Splitter.split(target.labels(), keys, setup.training()), target.labels());
        checkSplit(split, target.labels());
        int[] trainY = labelsOf(target.labels(), split.train());
        warnings.addAll(DataChecks.leakage(plan, values, split.train(), trainY));
        FeaturePipeline pipeline = FeaturePipeline.fit(plan, values, split.train());
        return new Prepared(split, plan, pipeline, pipeline.transform(values, split.train()), trainY,
                pipeline.transform(values, split.validation()), labelsOf(target.labels(), split.validation()),
                pipeline.transform(values, split.test()), labelsOf(target.labels(), split.test()), warnings);
    }

    private static double[] calibrated(PlattScaling calibration, double[] probabilities) {
        return calibration == null ? probabilities : calibration.apply(probabilities);
    }

    /** A warning when the test figures would vary a lot on other rows like the test rows. */
    private static List<String> spreadWarning(Spread roc, Spread pr) {
        if (roc.width() <= UNSTABLE_ROC_WIDTH && pr.width() <= UNSTABLE_PR_WIDTH) {
            return List.of();
        }
        return List.of(String.format(java.util.Locale.ROOT, "the test rows are too few or too imbalanced for stable "
                + "figures: on other rows like them ROC AUC could be anywhere from %.3f to %.3f and PR AUC from "
                + "%.3f to %.3f (95 %% bootstrap intervals); use more data before trusting small differences",
                roc.low(), roc.high(), pr.low(), pr.high()));
    }

    /** At most SCATTER_ROWS test rows over the two numeric features that alone separate buyers best. */
    private static ScatterSample scatterSample(FeaturePlan plan, ColumnValues values, int[] rows, int[] labels,
                                               double[] probabilities) {
        List<String> numeric = plan.columns().stream().filter(c -> c.kind() == FeatureKind.NUMERIC)
                .map(c -> c.column()).toList();
        if (numeric.size() < 2) {
            return null;
        }
        List<String> strongest = FeatureStrength.of(values, numeric, numeric.stream().map(c -> true).toList(), rows,
                labels).entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey).limit(2).toList();
        double[] xs = values.numbers(strongest.get(0));
        double[] ys = values.numbers(strongest.get(1));
        int[] order = java.util.stream.IntStream.range(0, rows.length).toArray();
        java.util.Random random = new java.util.Random(rows.length);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<double[]> points = new ArrayList<>();
        for (int i : order) {
            if (points.size() < SCATTER_ROWS && !Double.isNaN(xs[rows[i]]) && !Double.isNaN(ys[rows[i]])) {
                points.add(new double[] {xs[rows[i]], ys[rows[i]], probabilities[i], labels[i]});
            }
        }
        return new ScatterSample(strongest.get(0), strongest.get(1), points);
    }

    private static DataSplit withKnownTargets(DataSplit split, int[] labels) {
        return new DataSplit(known(split.train(), labels), known(split.validation(), labels),
                known(split.test(), labels));
    }

    private static int[] known(int[] rows, int[] labels) {
        return Arrays.stream(rows).filter(r -> labels[r] >= 0).toArray();
    }

    private static void checkSplit(DataSplit split, int[] labels) {
        for (int[] part : List.of(split.train(), split.validation(), split.test())) {
            long positives = Arrays.stream(part).filter(r -> labels[r] == 1).count();
            long negatives = part.length - positives;
            if (positives < MIN_ROWS_PER_CLASS_AND_PART || negatives < MIN_ROWS_PER_CLASS_AND_PART) {
                throw new DataException("Too few rows to train and test a model: each of the training, validation "
                        + "and test parts needs at least " + MIN_ROWS_PER_CLASS_AND_PART + " purchases and "
                        + MIN_ROWS_PER_CLASS_AND_PART + " non-purchases. Use a file with more rows of both kinds.");
            }
        }
    }

    private static int[] labelsOf(int[] labels, int[] rows) {
        return Arrays.stream(rows).map(r -> labels[r]).toArray();
    }

    private static Map<String, Integer> sizes(DataSplit split) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("train", split.train().length);
        sizes.put("validation", split.validation().length);
        sizes.put("test", split.test().length);
        return sizes;
    }

    private static InputSchema schema(Dataset dataset, ColumnRoles roles, BinaryTarget target) {
        List<SchemaColumn> columns = dataset.columnNames().stream()
                .map(c -> new SchemaColumn(c, roles.typeOf(c), roles.roleOf(c))).toList();
        return new InputSchema(columns, target.column(), target.positiveLabel(), target.negativeLabel());
    }

    private static BundleManifest manifest() {
        return new BundleManifest(BundleManifest.FORMAT, BundleManifest.FORMAT_VERSION, Instant.now().toString(),
                AppInfo.version(), AppInfo.libraries());
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
