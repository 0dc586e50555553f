package io.intentworkbench.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows enum values by their readable labels in combo boxes and table cells. */
public final class Labels {
    private Labels() {
    }

    public static <E extends Enum<E>> StringConverter<E> of(Function<E, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** "SGD_MOMENTUM" becomes "sgd momentum". */
    public static <E extends Enum<E>> StringConverter<E> lowerCase() {
        return of(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
