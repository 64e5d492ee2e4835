package org.gatelab.engine;

import org.gatelab.vocabulary.InitScheme;

/**
 * Everything that decides a model's initial parameters.
 *
 * @param scheme          the distribution family
 * @param seed            the random seed: the same spec gives the same parameters, bit for bit
 * @param gateBias        if finite, the LSTM forget-gate bias (or the GRU update-gate bias) is set to this value:
 *                        {@code bias_ih} gets it and {@code bias_hh} gets 0 for that block, so their sum is this
 *                        value; NaN leaves the scheme's bias
 * @param recurrentScale  W_hh is multiplied by this after it is drawn (1 leaves it alone)
 * @param chronoMaxLength T_max for {@link InitScheme#CHRONO}: the longest dependency the model should span
 */
public record InitSpec(InitScheme scheme, long seed, double gateBias, double recurrentScale, int chronoMaxLength) {

    public InitSpec {
        if (scheme == null) {
            throw new IllegalArgumentException("initialization scheme is required");
        }
        if (!Double.isFinite(recurrentScale)) {
            throw new IllegalArgumentException("W_hh scale must be a finite number, got " + recurrentScale);
        }
        if (scheme == InitScheme.CHRONO && chronoMaxLength < 3) {
            throw new IllegalArgumentException("chrono initialization needs T_max of at least 3, got " + chronoMaxLength);
        }
    }

    /** PyTorch's default initialization from {@code seed}. */
    public static InitSpec pytorchDefault(long seed) {
        return new InitSpec(InitScheme.PYTORCH_DEFAULT, seed, Double.NaN, 1.0, 0);
    }

    public InitSpec withScheme(InitScheme s) {
        return new InitSpec(s, seed, gateBias, recurrentScale, s == InitScheme.CHRONO && chronoMaxLength < 3
                ? 100 : chronoMaxLength);
    }

    public InitSpec withSeed(long s) {
        return new InitSpec(scheme, s, gateBias, recurrentScale, chronoMaxLength);
    }

    public InitSpec withGateBias(double b) {
        return new InitSpec(scheme, seed, b, recurrentScale, chronoMaxLength);
    }

    public InitSpec withRecurrentScale(double s) {
        return new InitSpec(scheme, seed, gateBias, s, chronoMaxLength);
    }
}
