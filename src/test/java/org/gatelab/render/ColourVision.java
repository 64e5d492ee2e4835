package org.gatelab.render;

/**
 * Simulated colour-vision deficiency and colour difference, for tests.
 *
 * <p>The simulation is Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for Simulation of
 * Color Vision Deficiency", IEEE TVCG 15(6):1291-1298, with their published matrices for severity 1.0 (complete
 * protanopia, deuteranopia, tritanopia), applied to linear RGB (sRGB decoded, multiplied, clipped to 0..1,
 * encoded). The difference is CIE 1976 ΔE*ab in CIELAB under D65: about 2.3 is a just-noticeable difference
 * between large patches; thin lines and small cells need much more.
 */
public enum ColourVision {
    PROTANOPIA(new double[][] {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

    private final double[][] m;

    ColourVision(double[][] m) {
        this.m = m;
    }

    /** How {@code rgb} (packed, alpha ignored) looks to a viewer with this deficiency, as packed RGB. */
    public int simulate(int rgb) {
        double[] l = linear(rgb);
        int out = 0;
        for (int i = 0; i < 3; i++) {
            double v = m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2];
            out = (out << 8) | encode(Math.max(0, Math.min(1, v)));
        }
        return out;
    }

    /** CIE 1976 ΔE*ab between two packed RGB colours. */
    public static double deltaE(int a, int b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(sq(p[0] - q[0]) + sq(p[1] - q[1]) + sq(p[2] - q[2]));
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double[] linear(int rgb) {
        return new double[] {decode((rgb >> 16) & 0xff), decode((rgb >> 8) & 0xff), decode(rgb & 0xff)};
    }

    private static double decode(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int encode(double l) {
        double v = l <= 0.0031308 ? 12.92 * l : 1.055 * Math.pow(l, 1 / 2.4) - 0.055;
        return (int) Math.round(v * 255);
    }

    /** sRGB (D65) to CIELAB. */
    static double[] lab(int rgb) {
        double[] l = linear(rgb);
        double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
        double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
        double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
