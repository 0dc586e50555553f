package io.intentworkbench.experiment;

import io.intentworkbench.data.ColumnRoles;
import io.intentworkbench.data.Dataset;
import io.intentworkbench.features.FeaturePlan;
import io.intentworkbench.model.NetworkSpec;
import io.intentworkbench.training.DataSplit;
import io.intentworkbench.training.TrainingSpec;

/**
 * Everything a training run needs.
 *
 * @param plan  how features are prepared, or null for the defaults
 * @param split given train, validation and test rows, or null to split by the training seed
 */
public record ExperimentSetup(Dataset dataset, ColumnRoles roles, FeaturePlan plan, NetworkSpec network,
                              TrainingSpec training, DataSplit split) {

    /** The workbench's defaults on a dataset, with the inferred roles. */
    public static ExperimentSetup defaults(Dataset dataset) {
        return new ExperimentSetup(dataset, ColumnRoles.inferred(dataset), null, NetworkSpec.defaults(),
                TrainingSpec.defaults(), null);
    }

    public ExperimentSetup withRoles(ColumnRoles newRoles) {
        return new ExperimentSetup(dataset, newRoles, plan, network, training, split);
    }

    public ExperimentSetup withNetwork(NetworkSpec newNetwork) {
        return new ExperimentSetup(dataset, roles, plan, newNetwork, training, split);
    }

    public ExperimentSetup withTraining(TrainingSpec newTraining) {
        return new ExperimentSetup(dataset, roles, plan, network, newTraining, split);
    }

    public ExperimentSetup withSplit(DataSplit newSplit) {
        return new ExperimentSetup(dataset, roles, plan, network, training, newSplit);
    }

    public FeaturePlan planOrDefaults() {
        return plan != null ? plan : FeaturePlan.defaults(dataset, roles);
    }
}
