package io.intentworkbench.model;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's output layer with the savings described in {@link LeanLayers} (its pre-activations are
 * small, so they are recomputed for backprop rather than kept).
 */
final class LeanOutputLayer extends OutputLayer {
    private final LeanLayers.MaskedDropout dropout;

    LeanOutputLayer(NeuralNetConfiguration conf, DataType dataType, long seed) {
        super(conf, dataType);
        this.dropout = new LeanLayers.MaskedDropout(seed);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutputWithPreNorm(boolean training, boolean forBackprop,
                                                            LayerWorkspaceMgr workspaceMgr) {
        INDArray weights = LeanLayers.weights(this);
        if (!LeanLayers.handles(input, weights, hasLayerNorm(), layerConf().getWeightNoise(), maskArray)) {
            return super.preOutputWithPreNorm(training, forBackprop, workspaceMgr);
        }
        applyDropOutIfNecessary(training, workspaceMgr);
        INDArray z = LeanLayers.affine(input.castTo(weights.dataType()), weights, LeanLayers.bias(this), workspaceMgr);
        return new Pair<>(z, z);
    }

    @Override
    protected void applyDropOutIfNecessary(boolean training, LayerWorkspaceMgr workspaceMgr) {
        INDArray dropped = dropout.dropIfHandled(input, layerConf().getIDropout(), training, dropoutApplied,
                inputModificationAllowed, workspaceMgr);
        if (dropped == null) {
            super.applyDropOutIfNecessary(training, workspaceMgr);
            return;
        }
        input = dropped;
        dropoutApplied = true;
    }

    @Override
    protected INDArray backpropDropOutIfPresent(INDArray epsilon) {
        return dropout.drewMask() ? dropout.backprop(epsilon) : super.backpropDropOutIfPresent(epsilon);
    }

    @Override
    public double calcRegularizationScore(boolean backpropParamsOnly) {
        return 0;
    }

    /**
     * In training, DL4J works out each minibatch's loss only to report it; the project's trainer
     * measures the training loss on training rows after each epoch instead, so it is skipped here
     * (reported as 0). Outside training (DL4J's score methods) it is computed as usual.
     */
    @Override
    public double computeScore(double fullNetRegTerm, boolean training, LayerWorkspaceMgr workspaceMgr) {
        return training ? 0 : super.computeScore(fullNetRegTerm, false, workspaceMgr);
    }
}
