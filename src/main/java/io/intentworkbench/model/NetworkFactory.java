package io.intentworkbench.model;

import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/** Builds a DL4J network from a {@link NetworkSpec}: dense hidden layers and a two-class softmax output. */
public final class NetworkFactory {
    private static final double MOMENTUM = 0.9;

    private NetworkFactory() {
    }

    /**
     * @param classWeights weights of class 0 and class 1 in the loss, or null for equal weights
     */
    public static MultiLayerNetwork build(NetworkSpec spec, int inputs, double[] classWeights, long seed) {
        return LeanLayers.install(buildWithDl4jLayers(spec, inputs, classWeights, seed));
    }

    /** The same network computed by DL4J's own layer code (what {@link #build} is checked against). */
    static MultiLayerNetwork buildWithDl4jLayers(NetworkSpec spec, int inputs, double[] classWeights, long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(nonZero(seed))
                .dataType(DataType.FLOAT)
                .updater(updater(spec))
                .weightInit(WeightInit.RELU)
                .l1(spec.l1())
                .l2(spec.l2())
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        List<LayerSpec> layers = spec.layers();
        int previous = inputs;
        double inputDropout = 0;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            DenseLayer.Builder dense = new DenseLayer.Builder().nIn(previous).nOut(layer.units())
                    .activation(layer.activation().dl4j());
            // DL4J drops a layer's inputs (with a retain probability); our dropout belongs to the layer before.
            if (inputDropout > 0) {
                dense.dropOut(1 - inputDropout);
            }
            list.layer(i, dense.build());
            previous = layer.units();
            inputDropout = layer.dropout();
        }
        LossMCXENT loss = classWeights == null ? new LossMCXENT() : new LossMCXENT(
                Nd4j.create(new float[] {(float) classWeights[0], (float) classWeights[1]}));
        OutputLayer.Builder output = new OutputLayer.Builder(loss).nIn(previous).nOut(2)
                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).weightInit(WeightInit.XAVIER);
        if (inputDropout > 0) {
            output.dropOut(1 - inputDropout);
        }
        MultiLayerConfiguration conf = list.layer(layers.size(), output.build()).build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    /** Prepares a network loaded from a saved model to compute as fast as one built here. */
    public static MultiLayerNetwork prepareLoaded(MultiLayerNetwork network) {
        return LeanLayers.install(network);
    }

    /**
     * DL4J leaves its random generator unseeded when the seed is 0, so runs with seed 0 would
     * differ; every seed is therefore shifted by a fixed odd constant, which 0 never becomes.
     */
    static long nonZero(long seed) {
        long shifted = seed + 0x9E3779B97F4A7C15L;
        return shifted == 0 ? 1 : shifted;
    }

    private static IUpdater updater(NetworkSpec spec) {
        return switch (spec.optimizer()) {
            case ADAM -> new Adam(spec.learningRate());
            case SGD_MOMENTUM -> new Nesterovs(spec.learningRate(), MOMENTUM);
            case RMSPROP -> new RmsProp(spec.learningRate());
        };
    }
}
