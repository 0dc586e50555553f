package io.intentworkbench.training;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A finished training run: the network with the weights of its best epoch, and the history.
 *
 * @param bestEpoch the epoch (from 1) whose weights were kept: the best watched validation figure
 */
public record TrainingResult(MultiLayerNetwork network, List<EpochProgress> history, int bestEpoch,
                             double seconds) {
    public TrainingResult {
        history = List.copyOf(history);
    }

    public int epochsRun() {
        return history.size();
    }
}
