package io.intentworkbench.scoring;

import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.data.ColumnValues;
import io.intentworkbench.data.DataException;
import io.intentworkbench.data.MissingValues;
import io.intentworkbench.data.RawTable;
import io.intentworkbench.features.ColumnEncoder;
import io.intentworkbench.features.NumericEncoder;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a model bundle to the rows of a file. A row whose values the model cannot use (a word
 * in a numeric column) keeps its place with no probability and a reason.
 */
public final class Scorer {
    private static final Logger log = LoggerFactory.getLogger(Scorer.class);

    private Scorer() {
    }

    public static ScoredRows score(ModelBundle bundle, RawTable raw) {
        long started = System.nanoTime();
        requireColumns(bundle, raw);
        ColumnValues values = new ColumnValues(raw);
        String[] errors = rowErrors(bundle, values);
        int[] usable = IntStream.range(0, raw.rowCount()).filter(r -> errors[r] == null).toArray();
        double[] probabilities = new double[raw.rowCount()];
        java.util.Arrays.fill(probabilities, Double.NaN);
        double[] scored = bundle.predict(values, usable);
        for (int i = 0; i < usable.length; i++) {
            probabilities[usable[i]] = scored[i];
        }
        log.info("Scored {} of {} rows in {} ms", usable.length, raw.rowCount(),
                (System.nanoTime() - started) / 1_000_000);
        return new ScoredRows(probabilities, errors, bundle.threshold());
    }

    private static void requireColumns(ModelBundle bundle, RawTable raw) {
        List<String> missing = bundle.pipeline().inputColumns().stream()
                .filter(c -> !raw.table().containsColumn(c)).toList();
        if (!missing.isEmpty()) {
            throw new DataException("The file lacks " + (missing.size() == 1 ? "the column " : "the columns ")
                    + String.join(", ", missing) + " that the model was trained on; add "
                    + (missing.size() == 1 ? "it" : "them") + " (empty values are allowed) and score again.");
        }
    }

    private static String[] rowErrors(ModelBundle bundle, ColumnValues values) {
        String[] errors = new String[values.rowCount()];
        for (ColumnEncoder encoder : bundle.pipeline().encoders()) {
            if (!(encoder instanceof NumericEncoder)) {
                continue;
            }
            double[] numbers = values.numbers(encoder.column());
            for (int row = 0; row < errors.length; row++) {
                if (Double.isNaN(numbers[row]) && !MissingValues.isMissing(values.rawText(encoder.column(), row))) {
                    errors[row] = append(errors[row], "'" + values.rawText(encoder.column(), row).strip()
                            + "' in column " + encoder.column() + " is not a number");
                }
            }
        }
        return errors;
    }

    private static String append(String existing, String error) {
        return existing == null ? error : existing + "; " + error;
    }
}
