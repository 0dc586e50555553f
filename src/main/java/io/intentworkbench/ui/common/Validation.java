package io.intentworkbench.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/** Marks a form field whose value cannot be used, with the reason as its tooltip. */
public final class Validation {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Validation() {
    }

    /** @param problem what is wrong with the value, or null when it is fine */
    public static void mark(Control field, String problem) {
        field.pseudoClassStateChanged(INVALID, problem != null);
        field.setTooltip(problem == null ? null : new Tooltip(problem));
    }
}
