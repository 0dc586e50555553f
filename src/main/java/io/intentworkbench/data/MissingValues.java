package io.intentworkbench.data;

import java.util.Locale;
import java.util.Set;

/** The cell texts that mean "no value": empty, NA, N/A, null, ?, - and NaN, in any case. */
public final class MissingValues {
    private static final Set<String> MARKERS = Set.of("", "na", "n/a", "null", "?", "-", "nan");

    private MissingValues() {
    }

    public static boolean isMissing(String text) {
        if (text == null) {
            return true;
        }
        String trimmed = text.trim();
        return trimmed.length() <= 4 && MARKERS.contains(trimmed.toLowerCase(Locale.ROOT));
    }
}
