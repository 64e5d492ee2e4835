package org.gatelab.vocabulary;

import java.util.Locale;

/**
 * How an encoder-decoder's decoder looks back at the encoder's states: not at all (the decoder has only the
 * encoder's last state, the bottleneck of Sutskever et al. 2014), or through an attention score between the
 * decoder state d_s and each encoder state e_t, turned into weights by a softmax over t.
 */
public enum AttentionKind {
    /** No attention: the decoder reads only the encoder's final state. */
    NONE("none", "no attention", "the decoder sees only the encoder's final state"),
    /** Luong et al. 2015's dot score: score(d, e) = d · e. */
    DOT("dot", "dot product", "score(d_s, e_t) = d_s · e_t (Luong et al. 2015)"),
    /** Luong et al. 2015's "general" score: score(d, e) = d · (W_a e). */
    GENERAL("general", "general (bilinear)", "score(d_s, e_t) = d_s · W_a e_t (Luong et al. 2015)"),
    /** Bahdanau et al. 2015's additive score: score(d, e) = v · tanh(W_q d + W_k e). */
    ADDITIVE("additive", "additive (Bahdanau)", "score(d_s, e_t) = v · tanh(W_q d_s + W_k e_t) (Bahdanau et al. 2015)");

    private final String id;
    private final String title;
    private final String formula;

    AttentionKind(String id, String title, String formula) {
        this.id = id;
        this.title = title;
        this.formula = formula;
    }

    /** The name on the command line and in files: {@code none}, {@code dot}, {@code general}, {@code additive}. */
    public String id() {
        return id;
    }

    /** A human name for menus, e.g. "additive (Bahdanau)". */
    public String title() {
        return title;
    }

    /** The score in one line, with its source. */
    public String formula() {
        return formula;
    }

    /** True unless {@link #NONE}. */
    public boolean attends() {
        return this != NONE;
    }

    /** Parses an id (any case). */
    public static AttentionKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (AttentionKind k : values()) {
            if (k.id.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown attention \"" + text
                + "\" (expected none, dot, general or additive)");
    }
}
