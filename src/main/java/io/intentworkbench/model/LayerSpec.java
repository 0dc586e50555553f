package io.intentworkbench.model;

/**
 * One hidden layer.
 *
 * @param dropout the share of this layer's outputs dropped while training, from 0 (none) to below 1
 */
public record LayerSpec(int units, Activation activation, double dropout) {
    public LayerSpec {
        if (units < 1 || units > 4096) {
            throw new IllegalArgumentException("a layer needs between 1 and 4096 units, not " + units);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout is a share from 0 to below 1, not " + dropout);
        }
    }

    public static LayerSpec relu(int units, double dropout) {
        return new LayerSpec(units, Activation.RELU, dropout);
    }
}
