package io.intentworkbench.data;

import java.util.List;

/**
 * What a column holds, measured over every row.
 *
 * @param distinct     distinct non-missing values (capped at {@link TypeInference#DISTINCT_CAP})
 * @param invalid      cells that do not fit the column's type (text in a numeric column); treated as missing
 * @param integral     whether every numeric value is a whole number
 * @param mean         mean of a numeric column, otherwise null (likewise std, min, max)
 * @param topValues    the most frequent values, most frequent first
 * @param role         the role inferred for the column
 * @param roleReason   why the role was chosen when it is not plainly a feature, otherwise null
 */
public record ColumnProfile(
        String name,
        ColumnType type,
        ColumnRole role,
        String roleReason,
        long missing,
        long invalid,
        long distinct,
        boolean integral,
        Double mean,
        Double std,
        Double min,
        Double max,
        List<ValueCount> topValues) {

    public boolean isNumeric() {
        return mean != null;
    }

    public ColumnProfile withRole(ColumnRole newRole, String reason) {
        return new ColumnProfile(name, type, newRole, reason, missing, invalid, distinct, integral, mean, std,
                min, max, topValues);
    }

    public ColumnProfile withType(ColumnType newType) {
        return new ColumnProfile(name, newType, role, roleReason, missing, invalid, distinct, integral, mean, std,
                min, max, topValues);
    }
}
