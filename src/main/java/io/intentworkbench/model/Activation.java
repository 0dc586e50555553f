package io.intentworkbench.model;

/** Activation functions offered for hidden layers. */
public enum Activation {
    RELU(org.nd4j.linalg.activations.Activation.RELU),
    LEAKY_RELU(org.nd4j.linalg.activations.Activation.LEAKYRELU),
    ELU(org.nd4j.linalg.activations.Activation.ELU),
    TANH(org.nd4j.linalg.activations.Activation.TANH),
    SIGMOID(org.nd4j.linalg.activations.Activation.SIGMOID),
    SWISH(org.nd4j.linalg.activations.Activation.SWISH);

    private final org.nd4j.linalg.activations.Activation dl4j;

    Activation(org.nd4j.linalg.activations.Activation dl4j) {
        this.dl4j = dl4j;
    }

    org.nd4j.linalg.activations.Activation dl4j() {
        return dl4j;
    }

    public static Activation parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
