package io.intentworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvColumnsTest {
    private static List<List<String>> rows(List<CodedColumn> columns) {
        List<List<String>> rows = new ArrayList<>();
        int count = columns.isEmpty() ? 0 : columns.get(0).rowCount();
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            for (CodedColumn column : columns) {
                row.add(column.get(r));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> read(String text, List<String> header) throws IOException {
        return rows(CsvColumns.read(new StringReader(text), ',', true, 1 << 20, 1000, header));
    }

    @Test
    void readsQuotesSpacesAndBlankLinesAsTheImporterAlwaysHas() throws IOException {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = read("a, b ,c\n 1 , x ,\"  q \"\n\n\"line\nbreak\",\"x\"\"y\",\"a,b\"\n,,\n", header);
        assertThat(header).containsExactly("a", "b", "c");
        assertThat(rows).containsExactly(List.of("1", "x", "  q "), List.of("line\nbreak", "x\"y", "a,b"),
                List.of("", "", ""));
    }

    @Test
    void itsTablesawColumnsAnswerAsTablesawsOwn() throws IOException {
        List<CodedColumn> columns = CsvColumns.read(new StringReader("k\nAa\nBB\n\"\"\nAa\n"), ',', true,
                1 << 20, 1000, new ArrayList<>());
        tech.tablesaw.api.StringColumn ours = columns.get(0).toStringColumn("k");
        tech.tablesaw.api.StringColumn theirs = tech.tablesaw.api.StringColumn.create("k", "Aa", "BB", "", "Aa");
        assertThat(ours.asList()).isEqualTo(theirs.asList());
        assertThat(ours.countMissing()).isEqualTo(theirs.countMissing()).isEqualTo(1);
        assertThat(ours.isEqualTo("zzz").size()).isEqualTo(theirs.isEqualTo("zzz").size()).isZero();
        assertThat(ours.isEqualTo("Aa").size()).isEqualTo(2);
        assertThat(ours.countUnique()).isEqualTo(theirs.countUnique());
        ours.append("new");
        assertThat(ours.get(4)).isEqualTo("new");
        DistinctCells cells = DistinctCells.of(ours);
        assertThat(cells.values).containsExactly("Aa", "BB", "", "new");
        assertThat(cells.counts).containsExactly(2, 1, 1, 1);
    }

    @Test
    void tellsApartTextsWhoseHashesCollide() throws IOException {
        // "Aa" and "BB" have the same hash code.
        List<List<String>> rows = read("k\nAa\nBB\nAa\nBB\n", new ArrayList<>());
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("Aa", "BB", "Aa", "BB");
    }

    @Test
    void namesTheLineOfARaggedRowAfterQuotedLineBreaks() {
        assertThatThrownBy(() -> read("a,b\n\"x\ny\",1\n2\n", new ArrayList<>()))
                .isInstanceOf(CsvColumns.ShapeException.class).hasMessageContaining("Line 4 has 1 fields");
        assertThatThrownBy(() -> read("a,b\n1,2\n\"open,3\n4,5\n", new ArrayList<>()))
                .isInstanceOf(CsvColumns.ShapeException.class).hasMessageContaining("quote opened on line 3");
    }

    @Test
    void agreesWithTheWrittenCellsOnRandomTablesLargerThanItsBuffer() throws IOException {
        Random random = new Random(5);
        String alphabet = "ab1.,\"\n -xyz0";
        for (int trial = 0; trial < 5; trial++) {
            int width = 1 + random.nextInt(6);
            List<List<String>> written = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < width; c++) {
                text.append(c == 0 ? "" : ",").append("h").append(c);
            }
            text.append('\n');
            for (int r = 0; r < 3000 + random.nextInt(3000); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    StringBuilder cell = new StringBuilder();
                    int length = random.nextInt(10) == 0 ? 200 + random.nextInt(400) : random.nextInt(6);
                    for (int i = 0; i < length; i++) {
                        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    String value = cell.toString();
                    boolean quote = random.nextBoolean() || value.contains(",") || value.contains("\"")
                            || value.contains("\n") || value.startsWith(" ") || value.endsWith(" ")
                            || width == 1 && value.isEmpty(); // unquoted, a lone empty cell is a blank line
                    text.append(c == 0 ? "" : ",")
                            .append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
                    row.add(value);
                }
                text.append('\n');
                written.add(row);
            }
            List<List<String>> got = read(text.toString(), new ArrayList<>());
            for (int i = 0; i < Math.min(got.size(), written.size()); i++) {
                assertThat(got.get(i)).as("row %d of trial %d", i, trial).isEqualTo(written.get(i));
            }
            assertThat(got).hasSameSizeAs(written);
        }
    }
}
