package io.intentworkbench.training;

import io.intentworkbench.data.DataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a splits file: CSV rows of seed,row,part with part one of train, validation, test. */
public final class SplitsFile {
    private SplitsFile() {
    }

    /** The split of each seed, in seed order; rows must lie below rowCount. */
    public static Map<Long, DataSplit> read(Path file, int rowCount) {
        Map<Long, List<List<Integer>>> bySeed = new TreeMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").trim().equalsIgnoreCase("seed,row,part")) {
                throw new DataException("The splits file " + file + " must start with the header seed,row,part.");
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    add(bySeed, line, lineNumber, rowCount, file);
                }
            }
        } catch (IOException e) {
            throw new DataException("The splits file " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (bySeed.isEmpty()) {
            throw new DataException("The splits file " + file + " holds no rows.");
        }
        Map<Long, DataSplit> splits = new TreeMap<>();
        bySeed.forEach((seed, parts) -> splits.put(seed, new DataSplit(toArray(parts.get(0)),
                toArray(parts.get(1)), toArray(parts.get(2)))));
        return splits;
    }

    private static void add(Map<Long, List<List<Integer>>> bySeed, String line, int lineNumber, int rowCount,
                            Path file) {
        String[] cells = line.split(",");
        try {
            long seed = Long.parseLong(cells[0].trim());
            int row = Integer.parseInt(cells[1].trim());
            int part = switch (cells[2].trim().toLowerCase(java.util.Locale.ROOT)) {
                case "train" -> 0;
                case "validation" -> 1;
                case "test" -> 2;
                default -> throw new IllegalArgumentException();
            };
            if (row < 0 || row >= rowCount) {
                throw new DataException("Line " + lineNumber + " of the splits file " + file + " names row " + row
                        + ", but the data has rows 0 to " + (rowCount - 1) + "; was it made for another file?");
            }
            bySeed.computeIfAbsent(seed, s -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
                    .get(part).add(row);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new DataException("Line " + lineNumber + " of the splits file " + file
                    + " is not seed,row,part with part train, validation or test: " + line);
        }
    }

    private static int[] toArray(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }
}
