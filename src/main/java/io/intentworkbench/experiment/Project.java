package io.intentworkbench.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.intentworkbench.bundle.DataFingerprint;
import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.training.TrainingSpec;
import java.util.List;

/**
 * The whole state of the workbench, saved as one human-readable JSON file: the data file and its
 * fingerprint, the roles, the feature choices, the network and training settings, and every run.
 *
 * @param dataFile the data file's path as it was when saved
 * @param plan     the feature preparation, or null for the defaults
 */
public record Project(String format,
                      @JsonProperty("format_version") int formatVersion,
                      @JsonProperty("data_file") String dataFile,
                      DataFingerprint data,
                      ColumnRoles roles,
                      FeaturePlan plan,
                      NetworkSpec network,
                      TrainingSpec training,
                      List<RunRecord> runs) {
    public static final String FORMAT = "intent-workbench-project";
    public static final int FORMAT_VERSION = 1;

    public Project {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }
}
