package io.intentworkbench.model;

/** The weight update rule. */
public enum Optimizer {
    ADAM, SGD_MOMENTUM, RMSPROP;

    public static Optimizer parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return t.equals("SGD") ? SGD_MOMENTUM : valueOf(t);
    }
}
