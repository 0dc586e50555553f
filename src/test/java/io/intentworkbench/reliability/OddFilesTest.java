package io.intentworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.intentworkbench.data.ColumnRole;
import io.intentworkbench.data.ColumnType;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messy behaviour exports: each gets a correct import or one sentence that says what is wrong,
 * where, and what to do (see the table in README.md). Cases covered elsewhere: delimiters, BOM,
 * Latin-1, line endings, quoted cells, empty and repeated headers, empty and binary files
 * (CsvImporterTest); labels and one-class targets (BinaryTargetTest); too few rows and constant
 * features (ExperimentRunnerTest).
 */
class OddFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnclosedQuoteIsNamedWithItsLine() throws IOException {
        Path file = write("quote.csv", "a,b,label\n1,2,yes\n3,\"oops,no\n4,5,yes\n");
        assertThatThrownBy(() -> Dataset.load(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("line 3").hasMessageContaining("never closed");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsNamed() throws IOException {
        Path file = write("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        assertThatThrownBy(() -> Dataset.load(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("Line 3 has 2 fields but the header has 3");
    }

    @Test
    void proseIsRefusedAsNotCsv() throws IOException {
        Path file = write("letter.txt", "Dear friend,\nthis is a letter, not a table, as you can see.\n");
        assertThatThrownBy(() -> Dataset.load(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("fields but the header has");
    }

    @Test
    void readsScientificNotation() throws IOException {
        Dataset dataset = Dataset.load(write("sci.csv", "x,y\n1e3,2.5E-2\n-1.5e+2,3\n4,5e1\n"));
        assertThat(dataset.requireProfile("x").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(dataset.values().numbers("x")).containsExactly(1000.0, -150.0, 4.0);
        assertThat(dataset.values().numbers("y")).containsExactly(0.025, 3.0, 50.0);
    }

    @Test
    void recognisesDatesInSeveralFormatsAndLeavesThemOut() throws IOException {
        Dataset dataset = Dataset.load(write("dates.csv", "iso,european,dotted,stamp,n\n"
                + "2024-01-05,05/01/2024,05.01.2024,2024-01-05 10:31:00,1\n"
                + "2024-02-10,10/02/2024,10.02.2024,2024-02-10T08:00:00,2\n"
                + "2024-03-15,15/03/2024,15.03.2024,2024-03-15 23:59:59,3\n"));
        for (String column : List.of("iso", "european", "dotted", "stamp")) {
            assertThat(dataset.requireProfile(column).type()).as(column).isEqualTo(ColumnType.DATE);
            assertThat(dataset.requireProfile(column).role()).as(column).isEqualTo(ColumnRole.IGNORE);
        }
    }

    @Test
    void readsAVeryLongCell() throws IOException {
        String longText = "x".repeat(200_000);
        Dataset dataset = Dataset.load(write("long.csv", "note,n\n\"" + longText + "\",1\nshort,2\n"));
        assertThat(dataset.values().rawText("note", 0)).hasSize(200_000);
    }

    @Test
    void refusesACellLongerThanAMegabyteWithAHintAboutQuotes() throws IOException {
        String huge = "y".repeat(1_200_000);
        Path file = write("huge.csv", "note,n\n" + huge + ",1\nshort,2\n");
        assertThatThrownBy(() -> Dataset.load(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("longer than");
    }

    @Test
    void readsThousandsOfColumns() throws IOException {
        StringBuilder text = new StringBuilder();
        int columns = 3000;
        for (int c = 0; c < columns; c++) {
            text.append("c").append(c).append(',');
        }
        text.append("label\n");
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < columns; c++) {
                text.append((r * 31 + c * 7) % 97).append(',');
            }
            text.append(r % 2 == 0 ? "yes" : "no").append('\n');
        }
        Dataset dataset = Dataset.load(write("wide.csv", text.toString()));
        assertThat(dataset.columnNames()).hasSize(columns + 1);
        assertThat(dataset.requireProfile("label").role()).isEqualTo(ColumnRole.TARGET);
    }

    @Test
    void readsQuotedHeadersAndCellsWithEscapedQuotes() throws IOException {
        Dataset dataset = Dataset.load(write("quotes.csv",
                "\"page, count\",\"said\"\n3,\"he said \"\"buy\"\"\"\n4,no\n"));
        assertThat(dataset.columnNames()).containsExactly("page, count", "said");
        assertThat(dataset.values().rawText("said", 0)).isEqualTo("he said \"buy\"");
    }

    @Test
    void theInputFileIsNeverModified() throws IOException {
        Path file = write("keep.csv", "a,b\r\n1,2\r\n3,4\r\n");
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        Dataset.load(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void aFileTooBigForTheHeapIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("big.csv");
        long heap = Runtime.getRuntime().maxMemory();
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(("a,b\n" + "1,2\n".repeat(100_000))
                    .getBytes(StandardCharsets.US_ASCII)));
            channel.position(heap);
            channel.write(java.nio.ByteBuffer.wrap("\n3,4\n".getBytes(StandardCharsets.US_ASCII)));
        }
        assertThatThrownBy(() -> Dataset.load(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("too big for the").hasMessageContaining("-Xmx");
    }

    @Test
    void mixedCaseLabelsAndSpacesAroundValuesAreRead() throws IOException {
        List<String> lines = new ArrayList<>(List.of("pages , bought"));
        for (int i = 0; i < 40; i++) {
            lines.add(" " + i + " , " + (i % 3 == 0 ? "Yes" : i % 3 == 1 ? "no" : "NO"));
        }
        Dataset dataset = Dataset.load(Files.write(dir.resolve("spaces.csv"), lines));
        assertThat(dataset.columnNames()).containsExactly("pages", "bought");
        assertThat(dataset.requireProfile("pages").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(io.intentworkbench.data.BinaryTarget.resolve(dataset, "bought", null).positives()).isEqualTo(14);
    }
}
