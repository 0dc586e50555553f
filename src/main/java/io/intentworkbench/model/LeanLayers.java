package io.intentworkbench.model;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Swaps DL4J's dense and output layer implementations for {@link LeanDenseLayer} and
 * {@link LeanOutputLayer}, which compute the same thing with less work per minibatch. Measured on
 * one thread with 1,024 rows of 75 inputs into 64 and 32 units, DL4J 1.0.0-M2.1 spends most of a
 * training step on work around the arithmetic:
 *
 * <ul>
 *   <li>It asks for a row-major result from every matrix product, which BLAS cannot write, so each
 *       product goes into a temporary and is then copied across: 600 µs against 170 µs for the
 *       product alone. Here the product is written as its transpose straight into the result.
 *   <li>A hidden layer's product runs twice per step, in the forward pass and again in backprop.
 *       Here the forward pass keeps what its backprop needs: the output of ReLU units, a copy of
 *       the pre-activations for others.
 *   <li>Dropout masks come from a native random op at about 6 ns per value; here they are drawn
 *       in Java, 16 bits per value, from a generator seeded from the network's seed.
 *   <li>The updater is handed each step's gradient as an array of its own, and takes its slow
 *       path every step ({@link LeanUpdater} says why and fixes it).
 *   <li>The loss of every minibatch, and the L1/L2 penalty's value, are computed every step only
 *       to be reported. Here neither is: the trainer measures the training loss on training rows
 *       after each epoch, as it measures the validation loss. The penalty's gradient is applied as
 *       before.
 *   <li>The first layer's backprop works out the gradient at the network's inputs, the largest
 *       product of the step, which DL4J then drops. Here it is not computed.
 *   <li>The output layer's loss gradient takes six array operations on 1,024 x 2 values, each
 *       with a fixed cost of tens of microseconds. Here it is worked out in Java.
 * </ul>
 *
 * <p>Weights, gradients and outputs are otherwise those of DL4J's layers (a test compares them).
 * The network's configuration still names DL4J's own layers, so a saved model is plain DL4J; the
 * swap is made again when one is loaded. (DL4J's lookup of layers by name is not updated; the
 * project reaches layers by position only.)
 */
final class LeanLayers {
    private LeanLayers() {
    }

    /** Replaces each of the network's plain dense and output layers, sharing their weights and settings. */
    static MultiLayerNetwork install(MultiLayerNetwork network) {
        Layer[] layers = network.getLayers();
        DataType dataType = network.getLayerWiseConfigurations().getDataType();
        long seed = network.getDefaultConfiguration().getSeed();
        for (int i = 0; i < layers.length; i++) {
            BaseLayer<?> replacement = null;
            if (layers[i].getClass() == DenseLayer.class) {
                replacement = new LeanDenseLayer(layers[i].conf(), dataType, seed + i);
            } else if (layers[i].getClass() == OutputLayer.class) {
                replacement = new LeanOutputLayer(layers[i].conf(), dataType, seed + i);
            }
            if (replacement != null) {
                copyState((BaseLayer<?>) layers[i], replacement);
                layers[i] = replacement;
            }
        }
        network.setLayers(layers);
        Updater existing = network.getUpdater(false);
        INDArray state = existing instanceof MultiLayerUpdater updater ? updater.getStateViewArray() : null;
        network.setUpdater(new LeanUpdater(network, state));
        return network;
    }

    private static void copyState(BaseLayer<?> from, BaseLayer<?> to) {
        to.setListeners(from.getListeners());
        to.setIndex(from.getIndex());
        to.setParamsViewArray(from.params());
        to.setParamTable(from.paramTable());
        if (from.getGradientsViewArray() != null) {
            to.setBackpropGradientsViewArray(from.getGradientsViewArray());
        }
        to.allowInputModification(from.isInputModificationAllowed());
        to.setCacheMode(from.conf().getCacheMode());
        to.setIterationCount(from.getIterationCount());
        to.setEpochCount(from.getEpochCount());
    }

    /**
     * x W + b for a layer whose weights W are [inputs x units], into a new row-major array of the
     * given workspace type. BLAS writes column-major, and the column-major [units x rows] array
     * (x W)^T = W^T x^T lies in memory exactly as the row-major [rows x units] one, so the product
     * is written through the result's transposed view with no copy.
     */
    static INDArray affine(INDArray x, INDArray weights, INDArray bias, LayerWorkspaceMgr workspaceMgr) {
        INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, weights.dataType(),
                new long[] {x.size(0), weights.size(1)}, 'c');
        Nd4j.gemm(weights, x, z.transpose(), true, true, 1.0, 0.0);
        if (bias != null) {
            z.addiRowVector(bias);
        }
        return z;
    }

    /**
     * Backprop through the weights of a dense or output layer, given its delta (the loss gradient
     * at its pre-activations): the weight and bias gradients, written into the layer's gradient
     * views, and the gradient at the layer's input, before any dropout backprop.
     *
     * <p>The network's first layer returns no input gradient (null). Training never reads it:
     * DL4J drops it after the first layer's backprop, and accepts null there, which its embedding
     * layer returns too. It was the largest matrix product of a step (1,024 rows, 75 inputs, 64
     * units). Only DL4J's public {@code MultiLayerNetwork.backpropGradient}, for gradients from
     * outside the network, would hand it on; the project does not use that.
     */
    static Pair<Gradient, INDArray> gradients(BaseLayer<?> layer, INDArray input, INDArray delta,
                                              Map<String, INDArray> gradientViews, LayerWorkspaceMgr workspaceMgr) {
        INDArray weights = weights(layer);
        Gradient gradient = new DefaultGradient();
        INDArray weightGradient = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
        Nd4j.gemm(input.castTo(weightGradient.dataType()), delta, weightGradient, true, false, 1.0, 0.0);
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradient);
        if (layer.hasBias()) {
            INDArray biasGradient = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
            delta.sum(biasGradient, 0);
            gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGradient);
        }
        if (layer.getIndex() == 0) {
            return new Pair<>(gradient, null);
        }
        INDArray epsilonNext = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, delta.dataType(),
                new long[] {weights.size(0), delta.size(0)}, 'f');
        epsilonNext = weights.mmuli(delta.transpose(), epsilonNext).transpose();
        return new Pair<>(gradient, epsilonNext);
    }

    /** Whether the layer's configuration is one these layers compute themselves (else DL4J's code runs). */
    static boolean handles(INDArray input, INDArray weights, boolean layerNorm, Object weightNoise, INDArray mask) {
        return !layerNorm && weightNoise == null && mask == null && input != null && input.rank() == 2
                && input.columns() == weights.rows();
    }

    static INDArray weights(BaseLayer<?> layer) {
        return layer.getParam(DefaultParamInitializer.WEIGHT_KEY);
    }

    static INDArray bias(BaseLayer<?> layer) {
        return layer.hasBias() ? layer.getParam(DefaultParamInitializer.BIAS_KEY) : null;
    }

    /**
     * Inverted dropout with masks drawn in Java: each kept value is scaled by 1 / retain so the
     * expected activation is unchanged, and backprop multiplies by the same mask. Mask arrays live
     * outside DL4J's workspaces and are reused for every minibatch of the same size.
     */
    static final class MaskedDropout {
        private final SplittableRandom random;
        private final Map<Long, INDArray> masks = new HashMap<>();
        private float[] values = new float[0];
        private INDArray current;

        MaskedDropout(long seed) {
            this.random = new SplittableRandom(seed);
        }

        /**
         * The input after dropout drawn here, or null where DL4J's own dropout should run: outside
         * training, once already applied, or for anything but plain DL4J dropout with a fixed rate
         * on 32-bit values (the masks are written as floats).
         */
        INDArray dropIfHandled(INDArray input, IDropout configured, boolean training, boolean alreadyApplied,
                               boolean inputModificationAllowed, LayerWorkspaceMgr workspaceMgr) {
            if (!training || alreadyApplied || input == null || input.dataType() != DataType.FLOAT
                    || !(configured instanceof Dropout d) || d.getPSchedule() != null
                    || !(d.getP() > 0 && d.getP() < 1)) {
                return null;
            }
            INDArray result = inputModificationAllowed ? input : workspaceMgr.createUninitialized(ArrayType.INPUT,
                    input.dataType(), input.shape(), input.ordering());
            return apply(input, result, d.getP());
        }

        /** Drops values of the input at random (keeping each with the given probability) into result. */
        INDArray apply(INDArray input, INDArray result, double retain) {
            long rows = input.size(0);
            int length = (int) input.length();
            INDArray mask = masks.computeIfAbsent(rows * 2 + (input.ordering() == 'c' ? 0 : 1), key -> {
                try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                    return Nd4j.create(input.dataType(), input.shape(), input.ordering());
                }
            });
            if (values.length < length) {
                values = new float[length];
            }
            fill(values, length, retain, random);
            new FloatPointer(mask.data().addressPointer()).put(values, 0, length);
            current = mask;
            return input.mul(mask, result);
        }

        /**
         * Multiplies the gradient by the last mask drawn here, in place, and forgets the mask; where
         * none was drawn, DL4J's own dropout backprop (the given one) runs instead. A null gradient
         * (the network's first layer has none) stays null.
         */
        INDArray backprop(INDArray epsilon, UnaryOperator<INDArray> dl4jBackprop) {
            if (epsilon == null || current == null) {
                current = null;
                return epsilon == null ? null : dl4jBackprop.apply(epsilon);
            }
            epsilon.muli(current);
            current = null;
            return epsilon;
        }

        /** Fills values[0..length) with 0 or 1 / retain, each value kept with probability retain. */
        static void fill(float[] values, int length, double retain, SplittableRandom random) {
            int cut = (int) Math.round(retain * 65536);
            float scale = (float) (1 / retain);
            int i = 0;
            while (i < length) {
                long bits = random.nextLong();
                for (int k = 0; k < 4 && i < length; k++, i++) {
                    int kept = ((int) (bits & 0xFFFF) - cut) >>> 31; // 1 where the 16 bits fall below the cut
                    values[i] = kept * scale;
                    bits >>>= 16;
                }
            }
        }
    }
}
