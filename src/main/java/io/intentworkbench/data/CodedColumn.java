package io.intentworkbench.data;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.StringColumnType;

/**
 * One column as {@link CsvColumns} reads it: its distinct texts in order of first appearance, and
 * each row's index (code) into them; handed to Tablesaw as a finished dictionary.
 */
final class CodedColumn {
    /** Tablesaw's key for a missing (empty) cell in an int dictionary, and its answer for a value it lacks. */
    static final int MISSING_KEY = Integer.MAX_VALUE;
    private static final int NO_KEY = Integer.MIN_VALUE;

    private final Dictionary dictionary = new Dictionary();
    private int[] codes = new int[1024];
    private int rows;

    void add(char[] text, int start, int length, int hash) {
        if (rows == codes.length) {
            codes = Arrays.copyOf(codes, codes.length + (codes.length >> 1));
        }
        codes[rows++] = dictionary.code(text, start, length, hash);
    }

    int rowCount() {
        return rows;
    }

    /** The distinct texts, in order of first appearance (index = code). */
    String[] values() {
        return dictionary.values();
    }

    String get(int row) {
        return dictionary.value(codes[row]);
    }

    /**
     * The column as a Tablesaw string column built from this dictionary: one pass over the rows
     * and one over the distinct values, where appending row by row would hash every cell again.
     * Keys are the codes, except that an empty cell gets Tablesaw's missing key, as Tablesaw's
     * own reader gives it.
     */
    StringColumn toStringColumn(String name) {
        String[] values = values();
        String missing = StringColumnType.missingValueIndicator();
        int[] keys = new int[values.length];
        for (int code = 0; code < values.length; code++) {
            keys[code] = values[code].equals(missing) ? MISSING_KEY : code;
        }
        int[] rowKeys = new int[rows];
        int[] counts = new int[values.length];
        for (int row = 0; row < rows; row++) {
            counts[codes[row]]++;
            rowKeys[row] = keys[codes[row]];
        }
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(values.length);
        Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(values.length);
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(values.length);
        // As Tablesaw's own dictionaries answer: an unknown value has no key, an unknown key no count.
        valueToKey.defaultReturnValue(NO_KEY);
        keyToCount.defaultReturnValue(0);
        for (int code = 0; code < values.length; code++) {
            keyToValue.put(keys[code], values[code]);
            valueToKey.put(values[code], keys[code]);
            keyToCount.put(keys[code], counts[code]);
        }
        IntDictionaryMap map = new IntDictionaryMap.IntDictionaryBuilder().setNextIndex(values.length)
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount)
                .setValues(rowKeys).build();
        return StringColumn.createInternal(name, map);
    }

    /**
     * Distinct cell texts of one column, found by a hash of their characters (open addressing). A
     * slot holds the hash and the code together, and the texts lie end to end in one array, so a
     * lookup touches few places in memory.
     */
    static final class Dictionary {
        private String[] values = new String[64];
        private int[] offsets = new int[64];
        private int[] lengths = new int[64];
        private char[] pool = new char[1024];
        private int pooled;
        /** hash in the high half, code + 1 in the low half; 0 is an empty slot. */
        private long[] slots = new long[128];
        private int size;

        int code(char[] text, int start, int length, int hash) {
            int mask = slots.length - 1;
            int slot = mix(hash) & mask;
            while (true) {
                long entry = slots[slot];
                if (entry == 0) {
                    return insert(slot, text, start, length, hash);
                }
                if ((int) (entry >>> 32) == hash) {
                    int code = (int) entry - 1;
                    if (same(code, text, start, length)) {
                        return code;
                    }
                }
                slot = (slot + 1) & mask;
            }
        }

        private boolean same(int code, char[] text, int start, int length) {
            if (lengths[code] != length) {
                return false;
            }
            int offset = offsets[code];
            for (int i = 0; i < length; i++) {
                if (pool[offset + i] != text[start + i]) {
                    return false;
                }
            }
            return true;
        }

        private int insert(int slot, char[] text, int start, int length, int hash) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
                offsets = Arrays.copyOf(offsets, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            if (pooled + length > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, pooled + length));
            }
            System.arraycopy(text, start, pool, pooled, length);
            values[size] = new String(text, start, length);
            offsets[size] = pooled;
            lengths[size] = length;
            pooled += length;
            slots[slot] = ((long) hash << 32) | (size + 1L);
            size++;
            if (size * 2 > slots.length) {
                rehash();
            }
            return size - 1;
        }

        private void rehash() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long entry : old) {
                if (entry != 0) {
                    int slot = mix((int) (entry >>> 32)) & mask;
                    while (slots[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = entry;
                }
            }
        }

        private static int mix(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        String value(int code) {
            return values[code];
        }

        String[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}
