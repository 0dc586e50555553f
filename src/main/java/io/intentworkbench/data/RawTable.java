package io.intentworkbench.data;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A CSV file as read, before types are inferred: every column holds the cell texts unchanged.
 *
 * @param table    one string column per header name, in file order, rows without the header
 * @param warnings what was noticed while reading (renamed headers, for instance)
 */
public record RawTable(Table table, CsvFormat format, List<ImportWarning> warnings) {
    public int rowCount() {
        return table.rowCount();
    }

    public List<String> columnNames() {
        return table.columnNames();
    }
}
