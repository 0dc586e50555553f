package io.intentworkbench.model;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

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

    /**
     * DL4J's backprop of an output layer, for the project's softmax with (class-weighted)
     * cross-entropy. The softmax is DL4J's own operation; the loss gradient from it, the
     * probability times the row's class weight minus the weighted label, is worked out in Java on
     * the few values of each row, in the same float arithmetic, where DL4J runs four more array
     * operations on them, each with its fixed cost. Other losses and activations, and masks, go
     * through DL4J's own code.
     */
    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        INDArray weights = LeanLayers.weights(this);
        if (!(layerConf().getLossFn() instanceof LossMCXENT loss)
                || !(layerConf().getActivationFn() instanceof ActivationSoftmax)
                || weights.dataType() != DataType.FLOAT || labels == null || labels.rank() != 2
                || !LeanLayers.handles(input, weights, hasLayerNorm(), layerConf().getWeightNoise(), maskArray)
                || labels.size(0) != input.size(0) || labels.size(1) != weights.size(1)
                || (loss.getWeights() != null && loss.getWeights().length() != weights.size(1))) {
            // DL4J's own code, which also explains labels or class weights of the wrong shape.
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        INDArray z = preOutput2d(true, workspaceMgr);
        // In place: the pre-activations are not needed again.
        INDArray probabilities = layerConf().getActivationFn().getActivation(z, true);
        INDArray delta = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT, z.shape(), 'c');
        float[] classWeights = loss.getWeights() == null ? null
                : loss.getWeights().castTo(DataType.FLOAT).toFloatVector();
        delta.data().setData(crossEntropyDelta(floats(probabilities), floats(labels), (int) z.size(1),
                classWeights));
        Pair<Gradient, INDArray> gradients = LeanLayers.gradients(this, input, delta, gradientViews, workspaceMgr);
        weightNoiseParams.clear();
        return new Pair<>(gradients.getFirst(), backpropDropOutIfPresent(gradients.getSecond()));
    }

    /**
     * The gradient of the (weighted) cross-entropy at the softmax's input, from its output p, row by
     * row, in the float arithmetic of DL4J's LossMCXENT: p - y without class weights; with them, p
     * times the row's weight (the sum over classes of y w) minus y w.
     */
    static float[] crossEntropyDelta(float[] probabilities, float[] labels, int classes, float[] classWeights) {
        float[] delta = new float[probabilities.length];
        for (int row = 0; row < probabilities.length; row += classes) {
            if (classWeights == null) {
                for (int c = 0; c < classes; c++) {
                    delta[row + c] = probabilities[row + c] - labels[row + c];
                }
                continue;
            }
            float rowWeight = 0;
            for (int c = 0; c < classes; c++) {
                rowWeight += labels[row + c] * classWeights[c];
            }
            for (int c = 0; c < classes; c++) {
                delta[row + c] = probabilities[row + c] * rowWeight - labels[row + c] * classWeights[c];
            }
        }
        return delta;
    }

    /** The values of an array in row-major order. */
    private static float[] floats(INDArray array) {
        INDArray rowMajor = array.ordering() == 'c' && array.elementWiseStride() == 1 ? array : array.dup('c');
        INDArray values = rowMajor.castTo(DataType.FLOAT);
        return values.data().getFloatsAt(values.offset(), (int) values.length());
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
        return dropout.backprop(epsilon, super::backpropDropOutIfPresent);
    }

    @Override
    public double calcRegularizationScore(boolean backpropParamsOnly) {
        return 0;
    }

    /**
     * In training, DL4J works out each minibatch's loss only to report it; the project's trainer
     * measures the training loss on training rows after each epoch instead, so it is skipped here
     * (reported as 0). Outside training (DL4J's score methods) it is computed as usual.
     *
     * <p>It must stay skipped in training: DL4J would work it out after backprop, from this layer's
     * input, which the ReLU layer below has by then overwritten with its step (see
     * {@link LeanDenseLayer#backpropGradient}).
     */
    @Override
    public double computeScore(double fullNetRegTerm, boolean training, LayerWorkspaceMgr workspaceMgr) {
        return training ? 0 : super.computeScore(fullNetRegTerm, false, workspaceMgr);
    }
}
