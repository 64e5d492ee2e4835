package org.gatelab.render;

/**
 * The colours painters use for everything that is not data (data colours come from {@link ColorMap}):
 * one instance per theme, so the screen, the exports and presenter mode agree.
 *
 * @param background  behind everything
 * @param panel       behind a plot area or a cell body
 * @param text        labels and numbers
 * @param mutedText   axis labels, hints
 * @param grid        grid lines and axes
 * @param wire        the cell diagram's wires
 * @param accent      the current timestep, the selected unit, the highlighted gate
 * @param series      line colours for the RNN, LSTM and GRU, in that order (Okabe-Ito hues; the RNN's blue and the
 *                    GRU's green merge under tritanopia, so {@link #colourVisionSafe()} swaps them for a set that
 *                    stays apart under every simulated deficiency)
 * @param lineWeight  how much heavier than asked every stroke is drawn (1 on a monitor; more for a projector)
 */
public record Palette(Rgb background, Rgb panel, Rgb text, Rgb mutedText, Rgb grid, Rgb wire, Rgb accent,
                      Rgb[] series, double lineWeight) {

    public static final Palette LIGHT = new Palette(Rgb.hex("#ffffff"), Rgb.hex("#f6f7f9"), Rgb.hex("#1d2330"),
            Rgb.hex("#5b6475"), Rgb.hex("#d5d9e0"), Rgb.hex("#5b6475"), Rgb.hex("#b8328a"),
            new Rgb[] {Rgb.hex("#0072b2"), Rgb.hex("#d55e00"), Rgb.hex("#009e73")});

    public static final Palette DARK = new Palette(Rgb.hex("#1b1e24"), Rgb.hex("#242830"), Rgb.hex("#e8eaee"),
            Rgb.hex("#a3abb9"), Rgb.hex("#3a404b"), Rgb.hex("#a3abb9"), Rgb.hex("#ff79c6"),
            new Rgb[] {Rgb.hex("#56b4e9"), Rgb.hex("#ffa640"), Rgb.hex("#3fd0a4")});

    /**
     * Presenter mode on a light background, for a washed-out projector: pure white behind black text, no
     * light-grey text (hints are nearly black too), grid lines dark enough to survive, saturated line and
     * accent colours (the Okabe-Ito hues, deepened), and every stroke 1.6 times as heavy.
     */
    public static final Palette PRESENTER_LIGHT = new Palette(Rgb.hex("#ffffff"), Rgb.hex("#f2f3f5"),
            Rgb.hex("#000000"), Rgb.hex("#1f2430"), Rgb.hex("#8c93a0"), Rgb.hex("#111111"), Rgb.hex("#d4007f"),
            new Rgb[] {Rgb.hex("#0057c2"), Rgb.hex("#e04a00"), Rgb.hex("#00875a")}, 1.6);

    /**
     * Presenter mode on a dark background: near-black behind white text, light hints, bright saturated line and
     * accent colours, and every stroke 1.6 times as heavy.
     */
    public static final Palette PRESENTER_DARK = new Palette(Rgb.hex("#0a0b0d"), Rgb.hex("#17191d"),
            Rgb.hex("#ffffff"), Rgb.hex("#e3e6eb"), Rgb.hex("#6b7280"), Rgb.hex("#f2f2f2"), Rgb.hex("#ff3fb4"),
            new Rgb[] {Rgb.hex("#3db2ff"), Rgb.hex("#ff9a1f"), Rgb.hex("#1fe39a")}, 1.6);

    /**
     * The RNN, LSTM and GRU line colours of the colour-vision-safe option on a light background: Okabe-Ito blue,
     * vermillion and black (Okabe and Ito 2008, "Color Universal Design"). Of the Okabe-Ito triples this one stays
     * furthest apart (CIELAB ΔE at least 57) under the Machado et al. (2009) simulations of protanopia,
     * deuteranopia and tritanopia, each colour with at least 3.8:1 contrast on white.
     */
    private static final Rgb[] SAFE_ON_LIGHT = {Rgb.hex("#0072b2"), Rgb.hex("#d55e00"), Rgb.hex("#000000")};

    /**
     * The same on a dark background: Okabe-Ito sky blue, orange and white (ΔE at least 41 under the three
     * simulations, each colour with at least 7:1 contrast on the dark theme's background).
     */
    private static final Rgb[] SAFE_ON_DARK = {Rgb.hex("#56b4e9"), Rgb.hex("#e69f00"), Rgb.hex("#ffffff")};

    public Palette {
        lineWeight = Double.isFinite(lineWeight) && lineWeight > 0 ? lineWeight : 1;
    }

    /** A palette with strokes as painters ask for them (weight 1). */
    public Palette(Rgb background, Rgb panel, Rgb text, Rgb mutedText, Rgb grid, Rgb wire, Rgb accent, Rgb[] series) {
        this(background, panel, text, mutedText, grid, wire, accent, series, 1);
    }

    /**
     * This palette with line colours that people with protanopia, deuteranopia or tritanopia can still tell apart
     * (the colour-vision-safe option): everything else stays, the heatmaps' colour maps are already safe (viridis
     * and Moreland's cool-warm, see {@link ColorMap}).
     */
    public Palette colourVisionSafe() {
        Rgb[] safe = background.luminance() < 0.2 ? SAFE_ON_DARK : SAFE_ON_LIGHT;
        return new Palette(background, panel, text, mutedText, grid, wire, accent, safe.clone(), lineWeight);
    }

    /** The series colour for a cell kind's ordinal (RNN 0, LSTM 1, GRU 2). */
    public Rgb series(int index) {
        return series[Math.floorMod(index, series.length)];
    }
}
