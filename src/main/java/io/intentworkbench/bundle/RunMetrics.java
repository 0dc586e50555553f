package io.intentworkbench.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.intentworkbench.evaluation.CurvePoint;
import io.intentworkbench.evaluation.Metrics;
import io.intentworkbench.evaluation.ReliabilityBin;
import io.intentworkbench.evaluation.Spread;
import io.intentworkbench.training.EpochProgress;
import java.util.List;
import java.util.Map;

/**
 * What a training run measured, in the shape of the metrics file: test figures at the chosen
 * threshold, the baselines beside them, and how the run went.
 */
public record RunMetrics(
        Metrics test,
        @JsonProperty("test_at_0_5") Metrics testAtHalf,
        Metrics validation,
        Map<String, Metrics> baselines,
        int epochs,
        @JsonProperty("best_epoch") int bestEpoch,
        @JsonProperty("train_seconds") double trainSeconds,
        long seed,
        @JsonProperty("split_rows") Map<String, Integer> splitRows,
        List<String> warnings,
        List<CurvePoint> roc,
        List<CurvePoint> pr,
        List<EpochProgress> history,
        DataFingerprint data,
        ScatterSample scatter,
        List<ReliabilityBin> reliability,
        @JsonProperty("roc_auc_spread") Spread rocAucSpread,
        @JsonProperty("pr_auc_spread") Spread prAucSpread) {
}
