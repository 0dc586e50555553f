package io.intentworkbench.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * A text column's distinct cells, how often each occurs, and each row's index into them (in order
 * of first appearance), read from the column's dictionary. Type inference and parsing then work
 * once per distinct text rather than once per row: a million-row behaviour file has a few
 * thousand distinct values per column at most.
 */
final class DistinctCells {
    private static final int SPARE_KEYS = 1024;
    final String[] values;
    final long[] counts;
    final int[] codes;

    private DistinctCells(String[] values, long[] counts, int[] codes) {
        this.values = values;
        this.counts = counts;
        this.codes = codes;
    }

    static DistinctCells of(StringColumn column) {
        DictionaryMap dictionary = column.getDictionary();
        int rows = column.size();
        int[] keys = new int[rows];
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int row = 0; row < rows; row++) {
            int key = dictionary.getKeyForIndex(row);
            keys[row] = key;
            if (key != CodedColumn.MISSING_KEY) {
                min = Math.min(min, key);
                max = Math.max(max, key);
            }
        }
        int[] codes = new int[rows];
        String[] values = new String[16];
        long[] counts = new long[16];
        int distinct = 0;
        long range = min > max ? 0 : (long) max - min + 1;
        int missingCode = -1;
        int[] dense = range <= 2L * rows + SPARE_KEYS ? new int[(int) range] : null;
        Map<Integer, Integer> sparse = dense == null ? new HashMap<>() : null;
        if (dense != null) {
            Arrays.fill(dense, -1);
        }
        for (int row = 0; row < rows; row++) {
            int key = keys[row];
            boolean missing = key == CodedColumn.MISSING_KEY;
            int code = missing ? missingCode : dense != null ? dense[key - min] : sparse.getOrDefault(key, -1);
            if (code < 0) {
                code = distinct++;
                if (code == values.length) {
                    values = Arrays.copyOf(values, code * 2);
                    counts = Arrays.copyOf(counts, code * 2);
                }
                values[code] = dictionary.getValueForKey(key);
                if (missing) {
                    missingCode = code;
                } else if (dense != null) {
                    dense[key - min] = code;
                } else {
                    sparse.put(key, code);
                }
            }
            counts[code]++;
            codes[row] = code;
        }
        return new DistinctCells(Arrays.copyOf(values, distinct), Arrays.copyOf(counts, distinct), codes);
    }
}
