package io.intentworkbench.training;

import java.util.Locale;

/** The validation figure that picks the best epoch and, with early stopping, ends training. */
public enum StopOn {
    /** Area under the validation precision-recall curve (average precision): higher is better. */
    PR_AUC("validation PR AUC"),
    /** Log loss on the validation rows: lower is better. */
    LOSS("validation loss");

    private final String label;

    StopOn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** pr_auc or loss, in any case, with - or _. */
    public static StopOn parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (StopOn value : values()) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        throw new IllegalArgumentException("stop on pr_auc or loss, not " + text);
    }

    @Override
    public String toString() {
        return label;
    }
}
