package org.gatelab.engine;

import org.ejml.data.DMatrixRMaj;
import org.gatelab.vocabulary.QuantScheme;

/**
 * Post-training int8 quantization of a model's weights, symmetric, as an int8 runtime stores them:
 * <pre>
 *   scale = max |w| / 127                     over the tensor, or over each row (per-row)
 *   q     = clamp(round(w / scale), -127, 127)  one signed byte per weight
 *   w'    = q · scale                         what the model computes with afterwards
 * </pre>
 * The scales are stored as float32, and so are the biases, which are rounded to float32 and not to int8 (as int8
 * runtimes keep them at higher precision). Only the weights change: the activations and the arithmetic stay
 * float64 here, so the difference in accuracy measured afterwards is what rounding the weights costs.
 */
public final class Int8Quantization {
    /** The largest magnitude of a symmetric int8 weight. */
    public static final int LEVELS = 127;

    private Int8Quantization() {
    }

    /**
     * What quantizing a model did. {@code bytes} is the storage: one byte per weight, four per bias and per scale.
     *
     * @param weights         weight values (in matrices)
     * @param biases          bias values (in vectors)
     * @param scales          scales stored
     * @param bytes           the quantized model's size
     * @param maxAbsError     the largest |w' - w| over every weight
     * @param rmsError        sqrt(mean (w' - w)²) over every weight
     * @param rmsWeight       sqrt(mean w²) over every weight, to set the error against
     */
    public record Report(QuantScheme scheme, long weights, long biases, long scales, long bytes, double maxAbsError,
                         double rmsError, double rmsWeight) {
        /** rmsError / rmsWeight. */
        public double relativeRmsError() {
            return rmsWeight == 0 ? 0 : rmsError / rmsWeight;
        }
    }

    /** The int8 size of {@code model} under {@code scheme}, without changing it. */
    public static long bytes(ParameterSet model, QuantScheme scheme) {
        long bytes = 0;
        for (String name : model.parameterNames()) {
            DMatrixRMaj m = model.matrix(name);
            bytes += model.isVector(name) ? 4L * m.getNumElements()
                    : m.getNumElements() + 4L * (scheme == QuantScheme.PER_ROW ? m.numRows : 1);
        }
        return bytes;
    }

    /** Quantizes {@code model}'s weights (and rounds its biases to float32) in place; copy it first to keep it. */
    public static Report quantize(ParameterSet model, QuantScheme scheme) {
        long weights = 0;
        long biases = 0;
        long scales = 0;
        double maxErr = 0;
        double sumErr = 0;
        double sumW = 0;
        for (String name : model.parameterNames()) {
            DMatrixRMaj m = model.matrix(name);
            double[] w = m.data;
            if (model.isVector(name)) {
                for (int i = 0; i < m.getNumElements(); i++) {
                    w[i] = (float) w[i];
                }
                biases += m.getNumElements();
                continue;
            }
            int rows = scheme == QuantScheme.PER_ROW ? m.numRows : 1;
            int width = m.getNumElements() / rows;
            for (int r = 0; r < rows; r++) {
                double max = 0;
                for (int i = r * width; i < (r + 1) * width; i++) {
                    max = Math.max(max, Math.abs(w[i]));
                }
                double scale = (float) (max / LEVELS);
                for (int i = r * width; i < (r + 1) * width; i++) {
                    double q = scale == 0 ? 0 : Math.max(-LEVELS, Math.min(LEVELS, Math.rint(w[i] / scale)));
                    double err = q * scale - w[i];
                    maxErr = Math.max(maxErr, Math.abs(err));
                    sumErr += err * err;
                    sumW += w[i] * w[i];
                    w[i] = q * scale;
                }
                scales++;
            }
            weights += m.getNumElements();
        }
        long bytes = weights + 4 * (biases + scales);
        return new Report(scheme, weights, biases, scales, bytes, maxErr, Math.sqrt(sumErr / Math.max(1, weights)),
                Math.sqrt(sumW / Math.max(1, weights)));
    }
}
