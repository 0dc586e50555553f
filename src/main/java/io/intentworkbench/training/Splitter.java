package io.intentworkbench.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A shuffled, stratified, seeded split into train, validation and test rows. Identical rows are
 * kept together in one part, so a duplicate never tests what it trained.
 */
public final class Splitter {
    private Splitter() {
    }

    /**
     * @param labels  1 or 0 per row; rows labelled -1 (missing target) are left out
     * @param rowKeys one key per row; rows with equal keys are duplicates and stay together
     */
    public static DataSplit split(int[] labels, Object[] rowKeys, TrainingSpec spec) {
        Random random = new Random(spec.seed());
        List<List<Integer>> chosen = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int label = 0; label <= 1; label++) {
            List<List<Integer>> groups = groupsOf(labels, rowKeys, label);
            Collections.shuffle(groups, random);
            int total = groups.stream().mapToInt(List::size).sum();
            double trainEnd = total * spec.trainShare();
            double validationEnd = total * (spec.trainShare() + spec.validationShare());
            int assigned = 0;
            for (List<Integer> group : groups) {
                double middle = assigned + group.size() / 2.0;
                int part = middle < trainEnd ? 0 : middle < validationEnd ? 1 : 2;
                chosen.get(part).addAll(group);
                assigned += group.size();
            }
        }
        int[][] arrays = new int[3][];
        for (int p = 0; p < 3; p++) {
            List<Integer> rows = chosen.get(p);
            Collections.shuffle(rows, random);
            arrays[p] = rows.stream().mapToInt(Integer::intValue).toArray();
        }
        return new DataSplit(arrays[0], arrays[1], arrays[2]);
    }

    private static List<List<Integer>> groupsOf(int[] labels, Object[] rowKeys, int label) {
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        for (int row = 0; row < labels.length; row++) {
            if (labels[row] == label) {
                Object key = rowKeys == null ? row : rowKeys[row];
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** How many rows repeat an earlier row exactly. */
    public static int duplicateCount(Object[] rowKeys) {
        return rowKeys.length - (int) Arrays.stream(rowKeys).distinct().count();
    }
}
