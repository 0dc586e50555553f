package io.intentworkbench.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tech.tablesaw.api.StringColumn;

/** Infers each column's type from all of its values and measures its profile. */
public final class TypeInference {
    /** Distinct values are counted up to this many; past it a column is simply "many-valued". */
    public static final int DISTINCT_CAP = 100_000;
    static final int MAX_CATEGORIES = 100;
    private static final int WARNED_CELLS_PER_COLUMN = 5;
    private static final int TOP_VALUES = 8;
    private static final double TYPE_SHARE = 0.9;
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no", "y", "n", "t", "f");
    private static final Pattern CODE_NAME = Pattern.compile(
            "(?i).*(type|code|browser|region|system|(^|_)os($|_)|source|channel|category|device|segment|campaign).*");
    private static final Pattern COUNT_NAME = Pattern.compile(
            "(?i).*(count|pages|num|qty|quantity|duration|time|views|visits|clicks|items|seconds|minutes).*");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}([ T].*)?");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy/MM/dd"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy"), DateTimeFormatter.ofPattern("d/M/yyyy"),
            DateTimeFormatter.ofPattern("M/d/yyyy"), DateTimeFormatter.ofPattern("d-M-yyyy"));

    private TypeInference() {
    }

    /** The profile of one column; cells that do not fit the inferred type are added to warnings. */
    public static ColumnProfile profile(StringColumn column, boolean decimalComma, List<ImportWarning> warnings) {
        Tally tally = new Tally();
        DistinctCells cells = DistinctCells.of(column);
        for (int i = 0; i < cells.values.length; i++) {
            tally.add(cells.values[i], cells.counts[i], decimalComma);
        }
        ColumnType type = decideType(column.name(), tally);
        long invalid = type == ColumnType.NUMERIC ? tally.nonNumeric : 0;
        if (invalid > 0) {
            warnInvalidCells(column, decimalComma, invalid, warnings);
        }
        boolean numeric = type == ColumnType.NUMERIC || isNumericCode(type, tally);
        return new ColumnProfile(column.name(), type, ColumnRole.FEATURE, null, tally.missing, invalid,
                tally.counts.size(), tally.integral, numeric ? tally.mean() : null, numeric ? tally.std() : null,
                numeric ? tally.min : null, numeric ? tally.max : null, tally.top(TOP_VALUES));
    }

    private static boolean isNumericCode(ColumnType type, Tally tally) {
        return (type == ColumnType.CATEGORICAL || type == ColumnType.BOOLEAN)
                && tally.numeric > 0 && tally.nonNumeric == 0;
    }

    private static ColumnType decideType(String name, Tally tally) {
        long present = tally.present();
        if (present == 0) {
            return ColumnType.TEXT;
        }
        if (tally.numeric > 0 && tally.numeric >= TYPE_SHARE * present) {
            return numericKind(name, tally);
        }
        if (tally.booleanWords == present && tally.counts.size() <= 2) {
            return ColumnType.BOOLEAN;
        }
        if (tally.dates >= TYPE_SHARE * present) {
            return ColumnType.DATE;
        }
        boolean fewValues = tally.counts.size() <= MAX_CATEGORIES || tally.counts.size() <= present / 20;
        return fewValues && tally.counts.size() < DISTINCT_CAP ? ColumnType.CATEGORICAL : ColumnType.TEXT;
    }

    /** Whole-number codes with few values (browser, region, traffic source) are categories, not amounts. */
    private static ColumnType numericKind(String name, Tally tally) {
        if (tally.nonNumeric > 0) {
            return ColumnType.NUMERIC;
        }
        int distinct = tally.counts.size();
        if (tally.integral && distinct == 2 && tally.min == 0 && tally.max == 1) {
            return ColumnType.BOOLEAN;
        }
        boolean fewCodes = tally.integral && distinct >= 2 && distinct <= 30;
        boolean codeLike = CODE_NAME.matcher(name).matches() || (tally.min >= 1 && !COUNT_NAME.matcher(name).matches());
        return fewCodes && codeLike ? ColumnType.CATEGORICAL : ColumnType.NUMERIC;
    }

    private static void warnInvalidCells(StringColumn column, boolean decimalComma, long invalid,
                                         List<ImportWarning> warnings) {
        int listed = 0;
        for (int row = 0; row < column.size() && listed < WARNED_CELLS_PER_COLUMN; row++) {
            String text = column.get(row);
            if (!MissingValues.isMissing(text) && Double.isNaN(Numbers.parse(text, decimalComma))) {
                warnings.add(new ImportWarning(column.name(), row + 1,
                        "'" + abbreviate(text) + "' is not a number; it is treated as missing"));
                listed++;
            }
        }
        if (invalid > listed) {
            warnings.add(ImportWarning.ofColumn(column.name(), (invalid - listed)
                    + " more cells are not numbers; they are treated as missing"));
        }
    }

    static String abbreviate(String text) {
        String t = text.strip();
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    static boolean isBooleanWord(String text) {
        return BOOLEAN_WORDS.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    static boolean isDate(String text) {
        String t = text.trim();
        if (!DATE_SHAPE.matcher(t).matches()) {
            return false;
        }
        String datePart = t.split("[ T]", 2)[0];
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                LocalDate.parse(datePart, format);
                return true;
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return false;
    }

    /** Counts gathered in one pass over a column's distinct cells. */
    private static final class Tally {
        final Map<String, long[]> counts = new HashMap<>();
        long missing;
        long numeric;
        long nonNumeric;
        long booleanWords;
        long dates;
        boolean integral = true;
        boolean datesPossible = true;
        double sum;
        double sumSquares;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        /** Counts a cell text that occurs the given number of times. */
        void add(String text, long times, boolean decimalComma) {
            if (MissingValues.isMissing(text)) {
                missing += times;
                return;
            }
            String value = text.trim();
            long[] count = counts.get(value);
            if (count != null) {
                count[0] += times;
            } else if (counts.size() < DISTINCT_CAP) {
                counts.put(value, new long[] {times});
            }
            double number = Numbers.parse(value, decimalComma);
            if (Double.isNaN(number)) {
                nonNumeric += times;
                booleanWords += isBooleanWord(value) ? times : 0;
                if (datesPossible) {
                    boolean date = isDate(value);
                    dates += date ? times : 0;
                    datesPossible = date || dates > 0;
                }
                return;
            }
            numeric += times;
            integral &= number == Math.rint(number);
            sum += number * times;
            sumSquares += number * number * times;
            min = Math.min(min, number);
            max = Math.max(max, number);
        }

        long present() {
            return numeric + nonNumeric;
        }

        double mean() {
            return numeric == 0 ? Double.NaN : sum / numeric;
        }

        double std() {
            if (numeric < 2) {
                return 0;
            }
            double mean = mean();
            return Math.sqrt(Math.max(0, (sumSquares - numeric * mean * mean) / (numeric - 1)));
        }

        List<ValueCount> top(int n) {
            List<ValueCount> values = new ArrayList<>();
            counts.forEach((value, count) -> values.add(new ValueCount(value, count[0])));
            values.sort(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value));
            return List.copyOf(values.subList(0, Math.min(n, values.size())));
        }
    }
}
