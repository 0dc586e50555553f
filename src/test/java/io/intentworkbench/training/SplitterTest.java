package io.intentworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.intentworkbench.data.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitterTest {
    private static final int ROWS = 1000;

    private static int[] labels() {
        return IntStream.range(0, ROWS).map(i -> i % 5 == 0 ? 1 : 0).toArray();
    }

    @Test
    void splitsSeventyFifteenFifteenByDefaultAndKeepsTheClassShare() {
        int[] labels = labels();
        DataSplit split = Splitter.split(labels, null, TrainingSpec.defaults());
        assertThat(split.train().length).isBetween(695, 705);
        assertThat(split.validation().length).isBetween(145, 155);
        assertThat(split.size()).isEqualTo(ROWS);
        for (int[] part : List.of(split.train(), split.validation(), split.test())) {
            double share = Arrays.stream(part).filter(r -> labels[r] == 1).count() / (double) part.length;
            assertThat(share).isBetween(0.19, 0.21);
        }
    }

    @Test
    void usesEveryRowOnce() {
        DataSplit split = Splitter.split(labels(), null, TrainingSpec.defaults());
        Set<Integer> seen = new HashSet<>();
        for (int[] part : List.of(split.train(), split.validation(), split.test())) {
            Arrays.stream(part).forEach(r -> assertThat(seen.add(r)).isTrue());
        }
        assertThat(seen).hasSize(ROWS);
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        DataSplit a = Splitter.split(labels(), null, TrainingSpec.defaults());
        DataSplit b = Splitter.split(labels(), null, TrainingSpec.defaults());
        DataSplit c = Splitter.split(labels(), null, TrainingSpec.defaults().withSeed(7));
        assertThat(a.test()).containsExactly(b.test());
        assertThat(a.test()).isNotEqualTo(c.test());
    }

    @Test
    void keepsDuplicateRowsInOnePart() {
        Long[] keys = new Long[ROWS];
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            keys[i] = (long) (i / 4);
            labels[i] = (i / 4) % 5 == 0 ? 1 : 0;
        }
        DataSplit split = Splitter.split(labels, keys, TrainingSpec.defaults());
        for (int[] part : List.of(split.train(), split.validation(), split.test())) {
            Set<Long> groups = new HashSet<>();
            Arrays.stream(part).forEach(r -> groups.add(keys[r]));
            for (int[] other : List.of(split.train(), split.validation(), split.test())) {
                if (other != part) {
                    Arrays.stream(other).forEach(r -> assertThat(groups).doesNotContain(keys[r]));
                }
            }
        }
        assertThat(Splitter.duplicateCount(keys)).isEqualTo(ROWS - ROWS / 4);
    }

    @Test
    void readsASplitsFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("splits.csv"), List.of("seed,row,part", "0,0,train", "0,1,validation",
                "0,2,test", "1,2,train", "1,0,validation", "1,1,test"));
        var splits = SplitsFile.read(file, 3);
        assertThat(splits).containsOnlyKeys(0L, 1L);
        assertThat(splits.get(1L).train()).containsExactly(2);
        assertThat(splits.get(0L).test()).containsExactly(2);
    }

    @Test
    void refusesASplitsFileForAnotherDataset(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("splits.csv"), List.of("seed,row,part", "0,99,train"));
        assertThatThrownBy(() -> SplitsFile.read(file, 10)).isInstanceOf(DataException.class)
                .hasMessageContaining("row 99");
    }
}
