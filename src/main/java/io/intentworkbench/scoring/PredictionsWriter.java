package io.intentworkbench.scoring;

import io.intentworkbench.data.RawTable;
import io.intentworkbench.files.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.StringColumn;

/**
 * Writes the predictions file: every input column unchanged, then purchase_probability,
 * predicted_purchase (TRUE or FALSE at the model's threshold) and score_error.
 */
public final class PredictionsWriter {
    public static final String PROBABILITY = "purchase_probability";
    public static final String PREDICTED = "predicted_purchase";
    public static final String ERROR = "score_error";

    private PredictionsWriter() {
    }

    public static void write(RawTable raw, ScoredRows scored, Path target) throws IOException {
        List<String> names = raw.columnNames();
        List<StringColumn> columns = names.stream().map(n -> raw.table().stringColumn(n)).toList();
        AtomicFiles.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder line = new StringBuilder(256);
            for (String name : names) {
                appendCell(line, name).append(',');
            }
            line.append(PROBABILITY).append(',').append(PREDICTED).append(',').append(ERROR).append('\n');
            writer.write(line.toString());
            for (int row = 0; row < raw.rowCount(); row++) {
                line.setLength(0);
                for (StringColumn column : columns) {
                    appendCell(line, column.get(row)).append(',');
                }
                double p = scored.probabilities()[row];
                if (!Double.isNaN(p)) {
                    line.append(String.format(Locale.ROOT, "%.6f", p)).append(',')
                            .append(p >= scored.threshold() ? "TRUE" : "FALSE").append(',');
                } else {
                    line.append(",,");
                }
                appendCell(line, scored.errors()[row] == null ? "" : scored.errors()[row]).append('\n');
                writer.write(line.toString());
            }
            writer.flush();
        });
    }

    private static StringBuilder appendCell(StringBuilder line, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            return line.append(value);
        }
        return line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
