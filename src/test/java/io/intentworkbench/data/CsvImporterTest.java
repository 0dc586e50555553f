package io.intentworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvImporterTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.write(dir.resolve("data.csv"), content.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void detectsTheDelimiter(String delimiter) throws IOException {
        Path file = write(String.join(delimiter, "pages", "month", "bought") + "\n"
                + String.join(delimiter, "3", "May", "TRUE") + "\n" + String.join(delimiter, "5", "Nov",
                        "FALSE") + "\n");
        RawTable raw = CsvImporter.read(file);
        assertThat(raw.columnNames()).containsExactly("pages", "month", "bought");
        assertThat(raw.table().stringColumn("month").get(1)).isEqualTo("Nov");
        assertThat(raw.format().delimiter()).isEqualTo(delimiter.charAt(0));
    }

    @Test
    void keepsTheHeaderNamesOfAHeaderLongerThanTheSniffedStartOfTheFile() throws IOException {
        StringBuilder text = new StringBuilder();
        int columns = 3000;
        for (int c = 0; c < columns; c++) {
            text.append(c == 0 ? "" : ",").append("a_rather_long_behaviour_measure_name_for_column_").append(c)
                    .append("_padded_out_to_about_one_hundred_characters_wide");
        }
        text.append('\n');
        for (int row = 0; row < 2; row++) {
            for (int c = 0; c < columns; c++) {
                text.append(c == 0 ? "" : ",").append(row + c);
            }
            text.append('\n');
        }
        RawTable raw = CsvImporter.read(write(text.toString()));
        assertThat(raw.columnNames()).hasSize(columns);
        assertThat(raw.columnNames().get(2999)).startsWith("a_rather_long_behaviour_measure_name_for_column_2999_");
    }

    @Test
    void aQuotedHeaderCellAfterASpaceKeepsItsName() throws IOException {
        RawTable raw = CsvImporter.read(write(" \"pages, total\",bought\n3,TRUE\n5,FALSE\n"));
        assertThat(raw.columnNames()).containsExactly("pages, total", "bought");
    }

    @Test
    void dropsTheByteOrderMarkFromTheFirstHeader() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "pages,bought\n1,TRUE\n2,FALSE\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        RawTable raw = CsvImporter.read(Files.write(dir.resolve("bom.csv"), all));
        assertThat(raw.columnNames()).containsExactly("pages", "bought");
        assertThat(raw.format().byteOrderMark()).isTrue();
    }

    @Test
    void readsCrlfAndMixedLineEndings() throws IOException {
        RawTable raw = CsvImporter.read(write("a,b\r\n1,2\r\n3,4\n5,6\r7,8\r\n"));
        assertThat(raw.rowCount()).isEqualTo(4);
        assertThat(raw.table().stringColumn("b").asList()).containsExactly("2", "4", "6", "8");
    }

    @Test
    void readsLatin1Text() throws IOException {
        byte[] latin1 = "city,n\nK\u00f6ln,1\nM\u00fcnchen,2\n".getBytes(StandardCharsets.ISO_8859_1);
        RawTable raw = CsvImporter.read(Files.write(dir.resolve("latin1.csv"), latin1));
        assertThat(raw.table().stringColumn("city").get(0)).isEqualTo("K\u00f6ln");
    }

    @Test
    void readsDecimalCommasInSemicolonFiles() throws IOException {
        Dataset dataset = Dataset.of(null, CsvImporter.read(write("rate;pages\n3,5;1\n0,25;2\n1;3\n")));
        assertThat(dataset.format().decimalComma()).isTrue();
        assertThat(dataset.values().numbers("rate")).containsExactly(3.5, 0.25, 1.0);
    }

    @Test
    void keepsQuotedCommasAndNewlinesInsideCells() throws IOException {
        RawTable raw = CsvImporter.read(write("note,n\n\"one, two\",1\n\"line\nbreak\",2\n"));
        assertThat(raw.rowCount()).isEqualTo(2);
        assertThat(raw.table().stringColumn("note").get(0)).isEqualTo("one, two");
        assertThat(raw.table().stringColumn("note").get(1)).isEqualTo("line\nbreak");
    }

    @Test
    void namesEmptyAndRepeatedHeaders() throws IOException {
        RawTable raw = CsvImporter.read(write("pages,,pages\n1,2,3\n4,5,6\n"));
        assertThat(raw.columnNames()).containsExactly("pages", "column_2", "pages_2");
        assertThat(raw.warnings()).hasSize(2);
    }

    @Test
    void readsAHeaderlessFileAsData() throws IOException {
        RawTable raw = CsvImporter.read(write("1,2.5\n2,3.5\n3,4.5\n"));
        assertThat(raw.rowCount()).isEqualTo(3);
        assertThat(raw.columnNames()).containsExactly("column_1", "column_2");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertThatThrownBy(() -> CsvImporter.read(write(""))).isInstanceOf(DataException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void refusesAHeaderWithoutRows() throws IOException {
        assertThatThrownBy(() -> CsvImporter.read(write("a,b,c\n"))).isInstanceOf(DataException.class)
                .hasMessageContaining("no data rows");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        Path file = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3});
        assertThatThrownBy(() -> CsvImporter.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("not a CSV text file");
    }

    @Test
    void refusesAMissingFileWithItsPath() {
        Path missing = dir.resolve("nowhere.csv");
        assertThatThrownBy(() -> CsvImporter.read(missing)).isInstanceOf(DataException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("nowhere.csv");
    }
}
