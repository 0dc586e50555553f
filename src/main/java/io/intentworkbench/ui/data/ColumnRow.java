package io.intentworkbench.ui.data;

import io.intentworkbench.data.ColumnProfile;
import io.intentworkbench.data.ColumnRole;
import io.intentworkbench.data.ColumnType;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One row of the column table: a column's profile, with its role and type as editable properties. */
public final class ColumnRow {
    private final ColumnProfile profile;
    private final ObjectProperty<ColumnRole> role;
    private final ObjectProperty<ColumnType> type;

    ColumnRow(ColumnProfile profile, ColumnRole role, ColumnType type) {
        this.profile = profile;
        this.role = new SimpleObjectProperty<>(role);
        this.type = new SimpleObjectProperty<>(type);
    }

    public String name() {
        return profile.name();
    }

    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    public ObjectProperty<ColumnType> typeProperty() {
        return type;
    }

    public long missing() {
        return profile.missing() + profile.invalid();
    }

    public long distinct() {
        return profile.distinct();
    }

    /** A number with at most four significant digits and no trailing zeros. */
    static String compact(double value) {
        return io.intentworkbench.data.Numbers.format(value, 4);
    }

    public String summary() {
        if (profile.isNumeric() && profile.type() == ColumnType.NUMERIC) {
            return "mean " + compact(profile.mean()) + " · min " + compact(profile.min()) + " · max "
                    + compact(profile.max()) + " · sd " + compact(profile.std());
        }
        return profile.topValues().stream().limit(4).map(v -> v.value() + " (" + v.count() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
