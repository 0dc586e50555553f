package io.intentworkbench.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles and types a person settled on for a dataset's columns: the inferred ones, with any
 * overrides. Immutable; every change returns a new instance.
 *
 * @param positiveLabel the target value that counts as a purchase, or null to recognise TRUE, yes, 1, Y
 */
public record ColumnRoles(Map<String, ColumnRole> roles, Map<String, ColumnType> types, String positiveLabel) {

    public ColumnRoles {
        roles = Map.copyOf(roles);
        types = Map.copyOf(types);
    }

    /** The roles and types inferred when the dataset was imported. */
    public static ColumnRoles inferred(Dataset dataset) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (ColumnProfile p : dataset.profiles()) {
            roles.put(p.name(), p.role());
            types.put(p.name(), p.type());
        }
        return new ColumnRoles(roles, types, null);
    }

    public ColumnRole roleOf(String column) {
        return roles.getOrDefault(column, ColumnRole.IGNORE);
    }

    public ColumnType typeOf(String column) {
        return types.getOrDefault(column, ColumnType.TEXT);
    }

    /** Makes the column the target; a previous target becomes a feature. */
    public ColumnRoles withTarget(String column) {
        Map<String, ColumnRole> changed = new LinkedHashMap<>(roles);
        changed.replaceAll((name, role) -> role == ColumnRole.TARGET ? ColumnRole.FEATURE : role);
        changed.put(column, ColumnRole.TARGET);
        return new ColumnRoles(changed, types, positiveLabel);
    }

    public ColumnRoles withRole(String column, ColumnRole role) {
        if (role == ColumnRole.TARGET) {
            return withTarget(column);
        }
        Map<String, ColumnRole> changed = new LinkedHashMap<>(roles);
        changed.put(column, role);
        return new ColumnRoles(changed, types, positiveLabel);
    }

    public ColumnRoles withType(String column, ColumnType type) {
        Map<String, ColumnType> changed = new LinkedHashMap<>(types);
        changed.put(column, type);
        return new ColumnRoles(roles, changed, positiveLabel);
    }

    public ColumnRoles withPositiveLabel(String label) {
        return new ColumnRoles(roles, types, label);
    }

    /** The target column, if one is chosen. */
    public String target() {
        return roles.entrySet().stream().filter(e -> e.getValue() == ColumnRole.TARGET)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Feature columns in the dataset's column order. */
    public List<String> features(Dataset dataset) {
        return dataset.columnNames().stream().filter(c -> roleOf(c) == ColumnRole.FEATURE).toList();
    }
}
