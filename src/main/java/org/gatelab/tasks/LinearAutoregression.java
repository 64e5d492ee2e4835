package org.gatelab.tasks;

/**
 * A linear autoregression fitted by least squares: {@code ŷ = w · (the last p values) + b}, the linear
 * counterpart of a recurrent forecaster that reads the same windows. The normal equations
 * {@code (XᵀX + λI) w = Xᵀy} are solved by Cholesky; the tiny ridge λ (1e-9 of the mean diagonal) only keeps a
 * constant or collinear window solvable. Deterministic: the same windows give the same weights, bit for bit.
 */
final class LinearAutoregression {
    /** Most lags fitted: a window longer than this uses its last values only (the fit costs p² per window). */
    static final int MAX_ORDER = 60;

    private final double[] weights;
    private final int order;

    private LinearAutoregression(double[] weights, int order) {
        this.weights = weights;
        this.order = order;
    }

    /** The order p used for windows of {@code window} values. */
    static int order(int window) {
        return Math.min(window, MAX_ORDER);
    }

    /** Fits the last {@code order(window)} inputs of every window of {@code set} to its target. */
    static LinearAutoregression fit(WindowedSeries set) {
        int p = order(set.length());
        int k = p + 1;
        int offset = set.length() - p;
        double[] xtx = new double[k * k];
        double[] xty = new double[k];
        double[] row = new double[k];
        for (int n = 0; n < set.size(); n++) {
            for (int j = 0; j < p; j++) {
                row[j] = set.input(n, offset + j, 0);
            }
            row[p] = 1;
            double y = set.targetValue(n, 0);
            for (int a = 0; a < k; a++) {
                double ra = row[a];
                xty[a] += ra * y;
                for (int b = 0; b <= a; b++) {
                    xtx[a * k + b] += ra * row[b];
                }
            }
        }
        double trace = 0;
        for (int a = 0; a < k; a++) {
            trace += xtx[a * k + a];
        }
        double ridge = 1e-9 * Math.max(trace / k, 1e-300);
        for (int a = 0; a < k; a++) {
            xtx[a * k + a] += ridge;
        }
        return new LinearAutoregression(solve(xtx, xty, k), p);
    }

    /** Solves L Lᵀ w = b for the symmetric positive definite matrix whose lower triangle is in {@code a}. */
    private static double[] solve(double[] a, double[] b, int k) {
        double[] l = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * k + j];
                for (int m = 0; m < j; m++) {
                    s -= l[i * k + m] * l[j * k + m];
                }
                if (i == j) {
                    l[i * k + i] = Math.sqrt(Math.max(s, 1e-300));
                } else {
                    l[i * k + j] = s / l[j * k + j];
                }
            }
        }
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            double s = b[i];
            for (int m = 0; m < i; m++) {
                s -= l[i * k + m] * y[m];
            }
            y[i] = s / l[i * k + i];
        }
        double[] w = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = y[i];
            for (int m = i + 1; m < k; m++) {
                s -= l[m * k + i] * w[m];
            }
            w[i] = s / l[i * k + i];
        }
        return w;
    }

    /** Lags used. */
    int order() {
        return order;
    }

    /** The forecast for window {@code n} of {@code set} (windows of the length it was fitted on). */
    double predict(WindowedSeries set, int n) {
        int offset = set.length() - order;
        double s = weights[order];
        for (int j = 0; j < order; j++) {
            s += weights[j] * set.input(n, offset + j, 0);
        }
        return s;
    }

    /** The forecasts for every window of {@code set}, as predictions of the set's shape. */
    Predictions predictAll(WindowedSeries set) {
        double[] out = new double[set.size()];
        for (int n = 0; n < out.length; n++) {
            out[n] = predict(set, n);
        }
        return Predictions.wrap(out.length, 1, 1, out);
    }
}
