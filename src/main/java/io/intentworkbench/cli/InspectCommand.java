package io.intentworkbench.cli;

import io.intentworkbench.data.ColumnProfile;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.data.ImportWarning;
import io.intentworkbench.files.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints each column's profile and inferred role. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show each column's type, role, missing and distinct values, and the import warnings.")
final class InspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the behaviour CSV file")
    Path file;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Dataset dataset = Dataset.load(file);
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(toJson(dataset)));
        } else {
            printTable(dataset);
        }
        return Cli.DONE;
    }

    static Map<String, Object> toJson(Dataset dataset) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", dataset.name());
        out.put("rows", dataset.rowCount());
        out.put("delimiter", dataset.format().delimiterName());
        out.put("decimal_comma", dataset.format().decimalComma());
        out.put("columns", dataset.profiles().stream().map(InspectCommand::column).toList());
        out.put("warnings", dataset.warnings().stream().map(InspectCommand::warning).toList());
        return out;
    }

    private static Map<String, Object> column(ColumnProfile p) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", p.name());
        c.put("type", p.type().label());
        c.put("role", p.role().label());
        c.put("missing", p.missing());
        c.put("invalid", p.invalid());
        c.put("distinct", p.distinct());
        if (p.isNumeric()) {
            c.put("mean", p.mean());
            c.put("std", p.std());
            c.put("min", p.min());
            c.put("max", p.max());
        }
        c.put("top_values", p.topValues());
        if (p.roleReason() != null) {
            c.put("role_reason", p.roleReason());
        }
        return c;
    }

    private static Map<String, Object> warning(ImportWarning w) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("column", w.column());
        out.put("row", w.row());
        out.put("message", w.message());
        return out;
    }

    private static void printTable(Dataset dataset) {
        System.out.printf(Locale.ROOT, "%s: %d rows, %d columns (%s delimited%s)%n%n", dataset.name(),
                dataset.rowCount(), dataset.columnNames().size(), dataset.format().delimiterName(),
                dataset.format().decimalComma() ? ", decimal comma" : "");
        System.out.printf(Locale.ROOT, "%-28s %-12s %-8s %8s %8s  %s%n", "column", "type", "role", "missing",
                "distinct", "summary");
        for (ColumnProfile p : dataset.profiles()) {
            System.out.printf(Locale.ROOT, "%-28s %-12s %-8s %8d %8d  %s%n", abbreviate(p.name()), p.type().label(),
                    p.role().label(), p.missing() + p.invalid(), p.distinct(), summary(p));
        }
        List<ImportWarning> warnings = dataset.warnings();
        if (!warnings.isEmpty()) {
            System.out.printf("%nWarnings:%n");
            warnings.forEach(w -> System.out.println("  " + w));
        }
    }

    private static String summary(ColumnProfile p) {
        if (p.isNumeric() && p.type() == io.intentworkbench.data.ColumnType.NUMERIC) {
            return String.format(Locale.ROOT, "mean %.4g, min %.4g, max %.4g", p.mean(), p.min(), p.max());
        }
        return p.topValues().stream().limit(4).map(v -> v.value() + " (" + v.count() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String abbreviate(String name) {
        return name.length() > 28 ? name.substring(0, 27) + "~" : name;
    }
}
