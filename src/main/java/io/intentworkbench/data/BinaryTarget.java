package io.intentworkbench.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The target column read as purchase (1) or not (0).
 *
 * @param labels        1, 0, or -1 where the target is missing
 * @param positiveLabel the value that counts as a purchase, as written in the file
 * @param negativeLabel the other value (or "other" when several values count as no purchase)
 */
public record BinaryTarget(String column, String positiveLabel, String negativeLabel, int[] labels) {
    private static final Set<String> POSITIVE_WORDS = Set.of("true", "yes", "y", "t", "1", "1.0");
    private static final Set<String> NEGATIVE_WORDS = Set.of("false", "no", "n", "f", "0", "0.0");
    private static final String HOW_TO_CHOOSE = "(in the window: 'A purchase is the target value' on the data screen; "
            + "on the command line: --positive VALUE)";

    /** Reads the column as a binary target; fails with a sentence a person can act on. */
    public static BinaryTarget resolve(Dataset dataset, String column, String positiveLabel) {
        if (column == null) {
            throw new DataException("No target column is chosen; name the column that says whether the visit "
                    + "ended in a purchase (for the command line: --target COLUMN).");
        }
        dataset.requireProfile(column);
        String[] texts = dataset.values().texts(column);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String text : texts) {
            if (text != null) {
                counts.merge(text, 1, Integer::sum);
            }
        }
        String positive = choosePositive(column, counts, positiveLabel);
        int[] labels = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            labels[i] = texts[i] == null ? -1 : texts[i].equalsIgnoreCase(positive) ? 1 : 0;
        }
        List<String> others = counts.keySet().stream().filter(v -> !v.equalsIgnoreCase(positive)).toList();
        String negative = others.size() == 1 ? others.get(0) : "other";
        return new BinaryTarget(column, positive, negative, labels);
    }

    private static String choosePositive(String column, Map<String, Integer> counts, String chosen) {
        Map<String, Integer> byCase = new LinkedHashMap<>();
        counts.forEach((value, n) -> byCase.merge(value.toLowerCase(Locale.ROOT), n, Integer::sum));
        if (byCase.size() < 2) {
            String only = byCase.isEmpty() ? "none" : "'" + counts.keySet().iterator().next() + "'";
            throw new DataException("The target column '" + column + "' holds only one value (" + only
                    + "); a model needs rows of both classes, purchases and non-purchases.");
        }
        if (chosen != null) {
            if (!byCase.containsKey(chosen.trim().toLowerCase(Locale.ROOT))) {
                throw new DataException("The positive value '" + chosen + "' does not occur in the target column '"
                        + column + "'; its values are " + describe(counts) + ".");
            }
            return counts.keySet().stream().filter(v -> v.equalsIgnoreCase(chosen.trim())).findFirst().orElseThrow();
        }
        if (byCase.size() > 2) {
            throw new DataException("The target column '" + column + "' has " + byCase.size() + " values ("
                    + describe(counts) + "); choose the one that means a purchase " + HOW_TO_CHOOSE + ".");
        }
        for (String value : counts.keySet()) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (POSITIVE_WORDS.contains(lower) && byCase.keySet().stream().anyMatch(NEGATIVE_WORDS::contains)) {
                return value;
            }
        }
        throw new DataException("The target column '" + column + "' holds " + describe(counts)
                + "; say which value means a purchase " + HOW_TO_CHOOSE + ".");
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.keySet().stream().limit(6).map(v -> "'" + v + "'").reduce((a, b) -> a + ", " + b).orElse("")
                + (counts.size() > 6 ? ", ..." : "");
    }

    public int positives() {
        int n = 0;
        for (int label : labels) {
            n += label == 1 ? 1 : 0;
        }
        return n;
    }
}
