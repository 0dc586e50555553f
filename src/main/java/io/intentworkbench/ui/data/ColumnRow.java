package io.intentworkbench.ui.data;

import io.intentworkbench.data.ColumnProfile;
import io.intentworkbench.data.ColumnRole;
import io.intentworkbench.data.ColumnType;
import java.util.Locale;
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

    public String summary() {
        if (profile.isNumeric() && profile.type() == ColumnType.NUMERIC) {
            return String.format(Locale.ROOT, "mean %.4g · min %.4g · max %.4g · sd %.3g", profile.mean(),
                    profile.min(), profile.max(), profile.std());
        }
        return profile.topValues().stream().limit(4).map(v -> v.value() + " (" + v.count() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
