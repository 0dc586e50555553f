package io.intentworkbench.ui.features;

import io.intentworkbench.data.BinaryTarget;
import io.intentworkbench.data.ColumnRole;
import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.ColumnType;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.evaluation.FeatureStrength;
import io.intentworkbench.features.ColumnTreatment;
import io.intentworkbench.features.FeatureKind;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.features.Scaling;
import io.intentworkbench.ui.WorkbenchState;
import io.intentworkbench.ui.common.Background;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The features screen's state: which columns feed the network and how, and each column's own
 * predictive power (its single-column ROC AUC) to guide the choice.
 */
public final class FeaturesViewModel {
    private final WorkbenchState state;
    private final ObservableList<FeatureRow> rows = FXCollections.observableArrayList();
    private final ObservableMap<String, Double> strength = FXCollections.observableMap(new LinkedHashMap<>());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private boolean updating;

    public FeaturesViewModel(WorkbenchState state) {
        this.state = state;
        state.planProperty().addListener((obs, old, plan) -> refreshRows());
        state.rolesProperty().addListener((obs, old, roles) -> refreshRows());
        state.datasetProperty().addListener((obs, old, dataset) -> computeStrength());
        state.rolesProperty().addListener((obs, old, roles) -> {
            if (old == null || roles == null || !java.util.Objects.equals(old.target(), roles.target())
                    || !java.util.Objects.equals(old.positiveLabel(), roles.positiveLabel())) {
                computeStrength();
            }
        });
        refreshRows();
        computeStrength();
    }

    private void refreshRows() {
        Dataset dataset = state.datasetProperty().get();
        ColumnRoles roles = state.rolesProperty().get();
        if (updating) {
            return;
        }
        updating = true;
        try {
            rows.clear();
            if (dataset == null || roles == null) {
                return;
            }
            Map<String, ColumnTreatment> planned = new LinkedHashMap<>();
            if (state.planProperty().get() != null) {
                state.planProperty().get().columns().forEach(t -> planned.put(t.column(), t));
            }
            for (String column : dataset.columnNames()) {
                ColumnRole role = roles.roleOf(column);
                if (role == ColumnRole.TARGET || role == ColumnRole.ID) {
                    continue;
                }
                ColumnTreatment t = planned.get(column);
                FeatureKind kind = roles.typeOf(column) == ColumnType.NUMERIC ? FeatureKind.NUMERIC
                        : FeatureKind.CATEGORICAL;
                FeatureRow row = new FeatureRow(column, role == ColumnRole.FEATURE, kind,
                        t == null ? Scaling.AUTO : t.scaling(), t == null || t.missingIndicator());
                row.usedProperty().addListener((o, a, used) -> setUsed(column, used));
                row.kindProperty().addListener((o, a, k) -> setKind(column, k));
                row.scalingProperty().addListener((o, a, s) -> updatePlan());
                row.missingIndicatorProperty().addListener((o, a, s) -> updatePlan());
                rows.add(row);
            }
        } finally {
            updating = false;
        }
    }

    private void setUsed(String column, boolean used) {
        if (!updating) {
            state.useRoles(state.rolesProperty().get().withRole(column, used ? ColumnRole.FEATURE : ColumnRole.IGNORE));
        }
    }

    private void setKind(String column, FeatureKind kind) {
        if (!updating) {
            state.useRoles(state.rolesProperty().get().withType(column,
                    kind == FeatureKind.NUMERIC ? ColumnType.NUMERIC : ColumnType.CATEGORICAL));
        }
    }

    private void updatePlan() {
        if (updating) {
            return;
        }
        List<ColumnTreatment> treatments = new ArrayList<>();
        for (FeatureRow row : rows) {
            if (row.usedProperty().get()) {
                treatments.add(new ColumnTreatment(row.column(), row.kindProperty().get(),
                        row.kindProperty().get() == FeatureKind.NUMERIC ? row.scalingProperty().get() : Scaling.NONE,
                        row.missingIndicatorProperty().get()));
            }
        }
        updating = true;
        try {
            state.planProperty().set(treatments.isEmpty() ? null : new FeaturePlan(treatments));
        } finally {
            updating = false;
        }
    }

    /** Each candidate column's single-column ROC AUC on all labelled rows, computed in the background. */
    private void computeStrength() {
        Dataset dataset = state.datasetProperty().get();
        ColumnRoles roles = state.rolesProperty().get();
        strength.clear();
        if (dataset == null || roles == null || roles.target() == null) {
            note.set("Choose a target column on the data screen to see each column's predictive power.");
            return;
        }
        List<String> columns = rows.stream().map(FeatureRow::column).toList();
        List<Boolean> numeric = rows.stream().map(r -> r.kindProperty().get() == FeatureKind.NUMERIC).toList();
        Background.start("Feature strength", progress -> {
            BinaryTarget target = BinaryTarget.resolve(dataset, roles.target(), roles.positiveLabel());
            int[] labelled = IntStream.range(0, dataset.rowCount()).filter(r -> target.labels()[r] >= 0).toArray();
            int[] labels = IntStream.of(labelled).map(r -> target.labels()[r]).toArray();
            return FeatureStrength.of(dataset.values(), columns, numeric, labelled, labels);
        }, result -> {
            strength.putAll(result);
            note.set("ROC AUC of each column alone, over all labelled rows: 0.5 is no signal, 1.0 a perfect one.");
        }, error -> note.set(io.intentworkbench.ui.common.Dialogs.sentenceFor("Feature strength", error)), () -> { });
    }

    public ObservableList<FeatureRow> rows() {
        return rows;
    }

    public ObservableMap<String, Double> strength() {
        return strength;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
