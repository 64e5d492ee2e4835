package org.gatelab.engine;

/** PyTorch's state_dict names for a recurrent stack plus a {@code head} Linear layer. */
public final class ParameterNames {
    public static final String HEAD_WEIGHT = "head.weight";
    public static final String HEAD_BIAS = "head.bias";

    private ParameterNames() {
    }

    /** {@code weight_ih_l<layer>}: [G*H x in]. */
    public static String weightIh(int layer) {
        return "weight_ih_l" + layer;
    }

    /** {@code weight_hh_l<layer>}: [G*H x H]. */
    public static String weightHh(int layer) {
        return "weight_hh_l" + layer;
    }

    /** {@code bias_ih_l<layer>}: [G*H]. */
    public static String biasIh(int layer) {
        return "bias_ih_l" + layer;
    }

    /** {@code bias_hh_l<layer>}: [G*H]. */
    public static String biasHh(int layer) {
        return "bias_hh_l" + layer;
    }
}
