package org.gatelab.render;

/**
 * Maps numbers to colours for heatmaps, colour bars and gate fills.
 *
 * <ul>
 *   <li>{@link #sequential()}: viridis (matplotlib's default, perceptually uniform, readable in grey and by
 *       people with the common colour-vision deficiencies) for values in 0..1 such as gates.</li>
 *   <li>{@link #diverging()}: Moreland's cool-warm (blue through light grey to red, built for colour-blind
 *       viewers) for signed values such as h, c and gradients, centred on 0.</li>
 * </ul>
 * Colours between the stored control points are interpolated linearly in sRGB.
 */
public final class ColorMap {
    private static final ColorMap VIRIDIS = new ColorMap("viridis", "#440154", "#482475", "#414487", "#355f8d", "#2a788e", "#21918c", "#22a884", "#44bf70", "#7ad151", "#bddf26", "#fde725");
    private static final ColorMap COOL_WARM = new ColorMap("cool-warm", "#3b4cc0", "#5977e3", "#7b9ff9", "#9ebeff", "#c0d4f5", "#dddcdc", "#f2cbb7", "#f7ac8e", "#ee8468", "#d65244", "#b40426");

    private final String name;
    private final Rgb[] stops;

    private ColorMap(String name, String... hex) {
        this.name = name;
        this.stops = new Rgb[hex.length];
        for (int i = 0; i < hex.length; i++) {
            stops[i] = Rgb.hex(hex[i]);
        }
    }

    public static ColorMap sequential() {
        return VIRIDIS;
    }

    public static ColorMap diverging() {
        return COOL_WARM;
    }

    public String name() {
        return name;
    }

    /** The colour at position {@code u} in 0..1 (clamped; NaN gives mid grey). */
    public Rgb at(double u) {
        if (Double.isNaN(u)) {
            return Rgb.of(128, 128, 128);
        }
        double x = Math.max(0, Math.min(1, u)) * (stops.length - 1);
        int i = (int) Math.floor(x);
        if (i >= stops.length - 1) {
            return stops[stops.length - 1];
        }
        return stops[i].mix(stops[i + 1], x - i);
    }

    /** The colour of {@code value} on a scale from {@code min} to {@code max}. */
    public Rgb at(double value, double min, double max) {
        if (max <= min) {
            return at(0.5);
        }
        return at((value - min) / (max - min));
    }

    /** Packed ARGB of {@link #at(double, double, double)}, for pixel writers. */
    public int argb(double value, double min, double max) {
        return at(value, min, max).argb();
    }
}
