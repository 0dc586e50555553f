package io.intentworkbench.cli;

import io.intentworkbench.data.ColumnRole;
import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.ColumnType;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.model.Activation;
import io.intentworkbench.model.LayerSpec;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.model.Optimizer;
import io.intentworkbench.training.ClassWeights;
import io.intentworkbench.training.StopOn;
import io.intentworkbench.training.TrainingSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** The target, column roles, network and training settings shared by train and bench. */
final class ModelOptions {
    @Option(names = "--target", paramLabel = "COLUMN", description = "the column that says whether the visit ended "
            + "in a purchase (default: the inferred one)")
    String target;

    @Option(names = "--positive", paramLabel = "VALUE",
            description = "the target value that means a purchase (default: TRUE, yes, 1 or Y)")
    String positive;

    @Option(names = "--role", paramLabel = "COLUMN=ROLE", description = "override a column's role: feature, id, "
            + "ignore (repeatable)")
    Map<String, String> roles = Map.of();

    @Option(names = "--type", paramLabel = "COLUMN=TYPE", description = "treat a feature as numeric or categorical "
            + "(repeatable)")
    Map<String, String> types = Map.of();

    @Option(names = "--layers", paramLabel = "UNITS", split = ",", description = "hidden layer sizes (default: 64,32)")
    List<Integer> layers;

    @Option(names = "--activation", description = "hidden activation: relu (default), leaky_relu, elu, tanh, sigmoid, "
            + "swish")
    String activation;

    @Option(names = "--dropout", description = "share of each hidden layer's outputs dropped in training "
            + "(default: 0.2)")
    Double dropout;

    @Option(names = "--optimizer", description = "adam (default), sgd (with momentum) or rmsprop")
    String optimizer;

    @Option(names = "--learning-rate", paramLabel = "X", description = "step size of the optimizer (default: 0.015)")
    Double learningRate;

    @Option(names = "--l1", paramLabel = "X", description = "L1 penalty on the weights (default: 0)")
    Double l1;

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty on the weights (default: 0.003)")
    Double l2;

    @Option(names = "--batch", paramLabel = "N", description = "minibatch size (default: 1024)")
    Integer batch;

    @Option(names = "--epochs", paramLabel = "N", description = "the most epochs to train (default: 200)")
    Integer epochs;

    @Option(names = "--patience", paramLabel = "N", description = "stop after N epochs without a better validation "
            + "figure; 0 trains every epoch (default: 8)")
    Integer patience;

    @Option(names = "--stop-on", paramLabel = "FIGURE", description = "the validation figure that picks the best "
            + "epoch and stops training early: pr_auc (default) or loss")
    String stopOn;

    @Option(names = "--class-weights", description = "none (default) or balanced")
    String classWeights;

    @Option(names = "--seed", paramLabel = "N", description = "seed for the split, the weights and the shuffling "
            + "(default: 42)")
    Long seed;

    @Option(names = "--split", paramLabel = "TRAIN,VALIDATION,TEST", split = ",",
            description = "percentages of rows for each part (default: 70,15,15)")
    List<Double> split;

    ColumnRoles roles(Dataset dataset) {
        ColumnRoles result = ColumnRoles.inferred(dataset);
        for (var entry : roles.entrySet()) {
            dataset.requireProfile(entry.getKey());
            result = result.withRole(entry.getKey(), ColumnRole.parse(entry.getValue()));
        }
        for (var entry : types.entrySet()) {
            dataset.requireProfile(entry.getKey());
            String type = entry.getValue().trim().toUpperCase(Locale.ROOT);
            if (!type.equals("NUMERIC") && !type.equals("CATEGORICAL")) {
                throw new IllegalArgumentException("--type takes numeric or categorical, not " + entry.getValue());
            }
            result = result.withType(entry.getKey(), ColumnType.valueOf(type));
        }
        if (target != null) {
            dataset.requireProfile(target);
            result = result.withTarget(target);
        }
        return positive == null ? result : result.withPositiveLabel(positive);
    }

    NetworkSpec network() {
        NetworkSpec defaults = NetworkSpec.defaults();
        List<LayerSpec> layerSpecs = new ArrayList<>();
        List<Integer> sizes = layers != null ? layers : defaults.layers().stream().map(LayerSpec::units).toList();
        for (int i = 0; i < sizes.size(); i++) {
            LayerSpec base = i < defaults.layers().size() ? defaults.layers().get(i) : defaults.layers().get(0);
            layerSpecs.add(new LayerSpec(sizes.get(i), activation != null ? Activation.parse(activation)
                    : base.activation(), dropout != null ? dropout : base.dropout()));
        }
        return new NetworkSpec(layerSpecs, optimizer != null ? Optimizer.parse(optimizer) : defaults.optimizer(),
                learningRate != null ? learningRate : defaults.learningRate(), l1 != null ? l1 : defaults.l1(),
                l2 != null ? l2 : defaults.l2());
    }

    TrainingSpec training() {
        TrainingSpec spec = TrainingSpec.defaults();
        if (batch != null) {
            spec = spec.withBatchSize(batch);
        }
        if (epochs != null) {
            spec = spec.withEpochs(epochs);
        }
        if (patience != null) {
            spec = spec.withPatience(patience);
        }
        if (stopOn != null) {
            spec = spec.withStopOn(StopOn.parse(stopOn));
        }
        if (classWeights != null) {
            spec = spec.withClassWeights(ClassWeights.valueOf(classWeights.trim().toUpperCase(Locale.ROOT)));
        }
        if (seed != null) {
            spec = spec.withSeed(seed);
        }
        if (split != null) {
            if (split.size() != 3) {
                throw new IllegalArgumentException("--split takes three percentages, such as 70,15,15");
            }
            spec = spec.withShares(split.get(0) / 100, split.get(1) / 100, split.get(2) / 100);
        }
        return spec;
    }
}
