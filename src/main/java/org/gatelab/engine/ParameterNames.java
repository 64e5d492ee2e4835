package org.gatelab.engine;

import org.gatelab.vocabulary.Direction;

/**
 * PyTorch's state_dict names for a recurrent stack plus a {@code head} Linear layer: {@code weight_ih_l<k>}
 * and, for the reverse direction of a bidirectional layer, {@code weight_ih_l<k>_reverse}. A stack inside a
 * larger model (the encoder of an encoder-decoder) has its module's name in front: {@code encoder.weight_ih_l0}.
 */
public final class ParameterNames {
    public static final String HEAD_WEIGHT = "head.weight";
    public static final String HEAD_BIAS = "head.bias";

    private ParameterNames() {
    }

    /** The four names of one direction of one layer, e.g. {@code encoder.weight_hh_l1_reverse}. */
    public record Layer(String weightIh, String weightHh, String biasIh, String biasHh) {
    }

    /** The names of layer {@code layer}, direction {@code direction}, in a module called {@code prefix} (or ""). */
    public static Layer layer(String prefix, int layer, Direction direction) {
        String p = prefix.isEmpty() ? "" : prefix + ".";
        String s = "_l" + layer + direction.parameterSuffix();
        return new Layer(p + "weight_ih" + s, p + "weight_hh" + s, p + "bias_ih" + s, p + "bias_hh" + s);
    }

    /** {@code weight_ih_l<layer>}: [G*H x in]. */
    public static String weightIh(int layer) {
        return weightIh(layer, Direction.FORWARD);
    }

    /** {@code weight_hh_l<layer>}: [G*H x H]. */
    public static String weightHh(int layer) {
        return weightHh(layer, Direction.FORWARD);
    }

    /** {@code bias_ih_l<layer>}: [G*H]. */
    public static String biasIh(int layer) {
        return biasIh(layer, Direction.FORWARD);
    }

    /** {@code bias_hh_l<layer>}: [G*H]. */
    public static String biasHh(int layer) {
        return biasHh(layer, Direction.FORWARD);
    }

    /** {@code weight_ih_l<layer>} or {@code weight_ih_l<layer>_reverse}. */
    public static String weightIh(int layer, Direction direction) {
        return "weight_ih_l" + layer + direction.parameterSuffix();
    }

    /** {@code weight_hh_l<layer>} or {@code weight_hh_l<layer>_reverse}. */
    public static String weightHh(int layer, Direction direction) {
        return "weight_hh_l" + layer + direction.parameterSuffix();
    }

    /** {@code bias_ih_l<layer>} or {@code bias_ih_l<layer>_reverse}. */
    public static String biasIh(int layer, Direction direction) {
        return "bias_ih_l" + layer + direction.parameterSuffix();
    }

    /** {@code bias_hh_l<layer>} or {@code bias_hh_l<layer>_reverse}. */
    public static String biasHh(int layer, Direction direction) {
        return "bias_hh_l" + layer + direction.parameterSuffix();
    }
}
