package io.intentworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
    @TempDir
    Path dir;

    /** A session file: id, a count, a duration, a code, a constant, an empty column, a label. */
    private Dataset sessions(int rows, String strayValueAtRow) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("session_id,pages,duration,browser,site,notes,purchased");
        for (int i = 0; i < rows; i++) {
            String pages = i == 200 && strayValueAtRow != null ? strayValueAtRow : String.valueOf(i % 7);
            lines.add(String.format(Locale.ROOT, "S%05d,%s,%.1f,%d,shop,NA,%s", i, pages, i * 1.5, 1 + i % 4,
                    i % 3 == 0 ? "Yes" : "no"));
        }
        return Dataset.load(Files.write(dir.resolve("sessions.csv"), lines));
    }

    @Test
    void infersTypesFromWholeColumns() throws IOException {
        Dataset dataset = sessions(300, null);
        assertThat(dataset.requireProfile("pages").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(dataset.requireProfile("duration").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(dataset.requireProfile("purchased").type()).isEqualTo(ColumnType.BOOLEAN);
    }

    @Test
    void reportsAStrayTextValueDeepInANumericColumnWithItsRow() throws IOException {
        Dataset dataset = sessions(300, "lots");
        ColumnProfile pages = dataset.requireProfile("pages");
        assertThat(pages.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(pages.invalid()).isEqualTo(1);
        assertThat(dataset.warnings()).anySatisfy(w -> {
            assertThat(w.column()).isEqualTo("pages");
            assertThat(w.row()).isEqualTo(201);
            assertThat(w.message()).contains("'lots' is not a number");
        });
        assertThat(dataset.values().numbers("pages")[200]).isNaN();
    }

    @Test
    void treatsWholeNumberCodesWithFewValuesAsCategories() throws IOException {
        assertThat(sessions(300, null).requireProfile("browser").type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void marksUniquePerRowColumnsAsIds() throws IOException {
        assertThat(sessions(300, null).requireProfile("session_id").role()).isEqualTo(ColumnRole.ID);
    }

    @Test
    void ignoresConstantAndEmptyColumnsWithANotice() throws IOException {
        Dataset dataset = sessions(300, null);
        assertThat(dataset.requireProfile("site").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(dataset.requireProfile("notes").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(dataset.warnings()).anySatisfy(w -> assertThat(w.message()).contains("same value"));
        assertThat(dataset.warnings()).anySatisfy(w -> assertThat(w.message()).contains("every value is missing"));
    }

    @Test
    void infersTheTargetFromABinaryColumnNamedLikeOne() throws IOException {
        Dataset dataset = sessions(300, null);
        assertThat(dataset.requireProfile("purchased").role()).isEqualTo(ColumnRole.TARGET);
        assertThat(ColumnRoles.inferred(dataset).target()).isEqualTo("purchased");
    }

    @Test
    void treatsTheUsualMissingMarkersAsMissing() {
        for (String marker : List.of("", " ", "NA", "n/a", "NULL", "?", "-", "NaN", "nan")) {
            assertThat(MissingValues.isMissing(marker)).as(marker).isTrue();
        }
        assertThat(MissingValues.isMissing("0")).isFalse();
        assertThat(MissingValues.isMissing("none of it")).isFalse();
    }

    @Test
    void profilesNumericColumns() throws IOException {
        ColumnProfile duration = sessions(300, null).requireProfile("duration");
        assertThat(duration.min()).isEqualTo(0.0);
        assertThat(duration.max()).isEqualTo(448.5);
        assertThat(duration.mean()).isCloseTo(224.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(duration.distinct()).isEqualTo(300);
    }
}
