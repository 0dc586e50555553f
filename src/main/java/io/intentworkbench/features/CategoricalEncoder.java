package io.intentworkbench.features;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.intentworkbench.data.ColumnValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A categorical column, one-hot over the values seen in training (the most frequent ones, at
 * most {@link #MAX_LEVELS}). A value not seen in training sets no input; a missing value is
 * filled with the most frequent one (and flagged when the training rows had gaps).
 */
public record CategoricalEncoder(String column, List<String> levels, String fill, boolean indicator)
        implements ColumnEncoder {
    static final int MAX_LEVELS = 50;
    /** Values held by fewer training rows than this are treated as unseen. */
    private static final int MIN_ROWS_PER_LEVEL = 5;

    public CategoricalEncoder {
        levels = List.copyOf(levels);
    }

    static CategoricalEncoder fit(ColumnTreatment treatment, String[] texts, int[] rows) {
        Map<String, Integer> counts = new HashMap<>();
        int missing = 0;
        for (int row : rows) {
            String value = texts[row];
            if (value == null) {
                missing++;
            } else {
                counts.merge(value, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort(Map.Entry.<String,
                Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        String fill = byCount.isEmpty() ? null : byCount.get(0).getKey();
        List<String> levels = byCount.stream()
                .filter(e -> e.getValue() >= Math.min(MIN_ROWS_PER_LEVEL, byCount.get(0).getValue()))
                .limit(MAX_LEVELS).map(Map.Entry::getKey)
                .sorted(Comparator.naturalOrder()).toList();
        return new CategoricalEncoder(treatment.column(), levels, fill, missing > 0 && treatment.missingIndicator());
    }

    @Override
    @JsonIgnore
    public int width() {
        return levels.size() + (indicator ? 1 : 0);
    }

    @Override
    public List<String> outputNames() {
        List<String> names = new ArrayList<>();
        levels.forEach(level -> names.add(column + "=" + level));
        if (indicator) {
            names.add(column + " missing");
        }
        return names;
    }

    @Override
    public void encode(ColumnValues values, int[] rows, float[] out, int stride, int offset) {
        String[] texts = values.texts(column);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
        for (int i = 0; i < rows.length; i++) {
            String value = texts[rows[i]];
            boolean missing = value == null;
            Integer level = index.get(missing ? fill : value);
            if (level != null) {
                out[i * stride + offset + level] = 1f;
            }
            if (indicator && missing) {
                out[i * stride + offset + levels.size()] = 1f;
            }
        }
    }
}
