package io.intentworkbench.training;

import io.intentworkbench.data.ColumnValues;
import java.util.List;

/** A 64-bit fingerprint of each row's feature and target values, to find duplicate rows. */
public final class RowKeys {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private RowKeys() {
    }

    public static Long[] of(ColumnValues values, List<String> columns) {
        Long[] keys = new Long[values.rowCount()];
        long[] hashes = new long[values.rowCount()];
        java.util.Arrays.fill(hashes, FNV_OFFSET);
        for (String column : columns) {
            String[] texts = values.texts(column);
            for (int row = 0; row < hashes.length; row++) {
                hashes[row] = mix(hashes[row], texts[row]);
            }
        }
        for (int row = 0; row < keys.length; row++) {
            keys[row] = hashes[row];
        }
        return keys;
    }

    private static long mix(long hash, String text) {
        long h = hash;
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * FNV_PRIME;
            }
        }
        return (h ^ 0x1F) * FNV_PRIME;
    }
}
