package org.gatelab.engine;

import org.gatelab.vocabulary.Direction;

/**
 * A recurrent stack (one direction, or two when bidirectional) plus a linear readout head, with PyTorch's
 * parameter names and layouts
 * (see {@code package-info.java}). The parameters are mutable (training updates them in place); what leaves
 * this class is copied (see {@link ParameterSet}).
 */
public final class Model extends ParameterSet {
    private final ModelConfig config;

    /** A model of the given shape with every parameter zero; see {@link Initializer} to fill it. */
    public Model(ModelConfig config) {
        this.config = config;
        int gh = config.blockRows();
        for (int l = 0; l < config.layers(); l++) {
            for (Direction direction : config.directionList()) {
                ParameterNames.Layer names = ParameterNames.layer("", l, direction);
                addMatrix(names.weightIh(), gh, config.layerInputSize(l));
                addMatrix(names.weightHh(), gh, config.hiddenSize());
                addVector(names.biasIh(), gh);
                addVector(names.biasHh(), gh);
            }
        }
        addMatrix(ParameterNames.HEAD_WEIGHT, config.outputSize(), config.outputWidth());
        addVector(ParameterNames.HEAD_BIAS, config.outputSize());
    }

    public ModelConfig config() {
        return config;
    }

    @Override
    public String describe() {
        return (config.bidirectional() ? "bidirectional " : "") + config.cell().id() + " model with "
                + config.layers() + " layer(s)";
    }

    /** A deep copy. */
    public Model copy() {
        Model m = new Model(config);
        copyInto(m);
        return m;
    }

    /** Copies every parameter value into {@code target}, which must have the same config. */
    public void copyInto(Model target) {
        if (!target.config.equals(config)) {
            throw new IllegalArgumentException("cannot copy a " + config + " into a " + target.config);
        }
        copyValuesInto(target);
    }
}
