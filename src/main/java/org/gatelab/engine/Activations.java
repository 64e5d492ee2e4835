package org.gatelab.engine;

/** The squashing functions and their derivatives written in terms of their outputs. */
final class Activations {
    private Activations() {
    }

    /** σ(x) = 1 / (1 + e^-x). */
    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** σ'(x) = s (1 - s) where s = σ(x). */
    static double sigmoidSlope(double s) {
        return s * (1.0 - s);
    }

    /** tanh'(x) = 1 - y² where y = tanh(x). */
    static double tanhSlope(double y) {
        return 1.0 - y * y;
    }
}
