package io.intentworkbench.model;

import java.util.List;

/** The shape of the network and how its weights are updated: what a person sets in the model form. */
public record NetworkSpec(List<LayerSpec> layers, Optimizer optimizer, double learningRate, double l1, double l2) {
    public NetworkSpec {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("the network needs at least one hidden layer");
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new IllegalArgumentException("the learning rate must be above 0 and at most 10, not " + learningRate);
        }
        if (!(l1 >= 0) || !(l2 >= 0)) {
            throw new IllegalArgumentException("L1 and L2 must be 0 or more");
        }
    }

    /** The workbench's default network. */
    public static NetworkSpec defaults() {
        return new NetworkSpec(List.of(LayerSpec.relu(64, 0.2), LayerSpec.relu(32, 0.2)),
                Optimizer.ADAM, 0.015, 0, 0.003);
    }

    public NetworkSpec withLayers(List<LayerSpec> newLayers) {
        return new NetworkSpec(newLayers, optimizer, learningRate, l1, l2);
    }

    public NetworkSpec withLearningRate(double rate) {
        return new NetworkSpec(layers, optimizer, rate, l1, l2);
    }

    public NetworkSpec withOptimizer(Optimizer newOptimizer) {
        return new NetworkSpec(layers, newOptimizer, learningRate, l1, l2);
    }

    public NetworkSpec withRegularization(double newL1, double newL2) {
        return new NetworkSpec(layers, optimizer, learningRate, newL1, newL2);
    }

    /** Weights and biases of the network for the given number of inputs (two outputs). */
    public long parameterCount(int inputs) {
        long count = 0;
        int previous = inputs;
        for (LayerSpec layer : layers) {
            count += (long) previous * layer.units() + layer.units();
            previous = layer.units();
        }
        return count + previous * 2L + 2;
    }
}
