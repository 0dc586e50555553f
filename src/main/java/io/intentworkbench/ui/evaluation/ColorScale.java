package io.intentworkbench.ui.evaluation;

import javafx.scene.paint.Color;

/** A perceptually even scale from low (dark blue) to high (yellow) probability, like viridis. */
final class ColorScale {
    private static final Color[] STOPS = {Color.web("#440154"), Color.web("#3b528b"), Color.web("#21918c"),
        Color.web("#5ec962"), Color.web("#fde725")};

    private ColorScale() {
    }

    static Color at(double value) {
        double v = Math.max(0, Math.min(1, value)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) v);
        return STOPS[i].interpolate(STOPS[i + 1], v - i);
    }
}
