package io.intentworkbench.features;

/** How a numeric feature is scaled before it reaches the network. */
public enum Scaling {
    /** Log for skewed non-negative columns (counts, durations), standard for the rest. */
    AUTO,
    STANDARD,
    MIN_MAX,
    /** log(1 + x), then standard: for heavily skewed counts and durations. */
    LOG_STANDARD,
    NONE
}
