package io.intentworkbench.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.intentworkbench.bundle.RunMetrics;
import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.training.TrainingSpec;

/**
 * One training run as kept in the run history: what it was trained on and with, and what it
 * measured. Training again with the same data, settings and seed gives the same metrics.
 *
 * @param plan the feature preparation as chosen, or null for the defaults
 */
public record RunRecord(int id,
                        @JsonProperty("finished_at") String finishedAt,
                        ColumnRoles roles,
                        FeaturePlan plan,
                        NetworkSpec network,
                        TrainingSpec training,
                        RunMetrics metrics) {

    public static RunRecord of(int id, String finishedAt, ExperimentSetup setup, RunMetrics metrics) {
        return new RunRecord(id, finishedAt, setup.roles(), setup.plan(), setup.network(), setup.training(), metrics);
    }

    /** "64-32" for a network of two hidden layers of 64 and 32 units. */
    public String shape() {
        return String.join("-", network.layers().stream().map(l -> String.valueOf(l.units())).toList());
    }
}
