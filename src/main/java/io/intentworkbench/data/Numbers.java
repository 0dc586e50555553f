package io.intentworkbench.data;

/** Parses numbers as they appear in behaviour exports, with a decimal point or a decimal comma. */
public final class Numbers {
    private Numbers() {
    }

    /** The number in the text, or NaN when the text is not a number. */
    public static double parse(String text, boolean decimalComma) {
        if (text == null) {
            return Double.NaN;
        }
        String s = text.trim();
        if (s.isEmpty() || !looksNumeric(s)) {
            return Double.NaN;
        }
        if (decimalComma) {
            if (s.indexOf('.') >= 0) {
                return Double.NaN;
            }
            s = s.replace(',', '.');
        } else if (s.indexOf(',') >= 0) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(s);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A cheap first check, so that words never reach Double.parseDouble (which accepts "Infinity"). */
    private static boolean looksNumeric(String s) {
        char first = s.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.' || first == ',')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = Character.isDigit(c) || c == '.' || c == ',' || c == '-' || c == '+'
                    || c == 'e' || c == 'E';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number as a person would write it: at most the given significant digits, no trailing zeros,
     * scientific notation from a million on, "–" when it is not a number.
     */
    public static String format(double value, int significant) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "\u2013";
        }
        if (Math.abs(value) < 1e-12) {
            return "0";
        }
        if (Math.abs(value) >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%." + (significant - 1) + "e", value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(significant)).stripTrailingZeros()
                .toPlainString();
    }

    /** Whether the text is a number written with a decimal comma, such as 3,5. */
    public static boolean hasDecimalComma(String text) {
        String s = text.trim();
        int comma = s.indexOf(',');
        return comma > 0 && comma == s.lastIndexOf(',') && comma < s.length() - 1
                && s.indexOf('.') < 0 && !Double.isNaN(parse(s, true));
    }
}
