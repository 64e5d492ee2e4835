package org.gatelab.training.text;

/** Cross-entropy in nats to bits: a character model's loss per character in bits is its mean loss / ln 2. */
public final class Bits {
    private static final double LN2 = Math.log(2);

    private Bits() {
    }

    /** {@code nats / ln 2}. */
    public static double fromNats(double nats) {
        return nats / LN2;
    }
}
