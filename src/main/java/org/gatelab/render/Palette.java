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
 * @param series      line colours for the RNN, LSTM and GRU, in that order (colour-blind safe: Okabe-Ito)
 */
public record Palette(Rgb background, Rgb panel, Rgb text, Rgb mutedText, Rgb grid, Rgb wire, Rgb accent,
                      Rgb[] series) {

    public static final Palette LIGHT = new Palette(Rgb.hex("#ffffff"), Rgb.hex("#f6f7f9"), Rgb.hex("#1d2330"),
            Rgb.hex("#5b6475"), Rgb.hex("#d5d9e0"), Rgb.hex("#5b6475"), Rgb.hex("#b8328a"),
            new Rgb[] {Rgb.hex("#0072b2"), Rgb.hex("#d55e00"), Rgb.hex("#009e73")});

    public static final Palette DARK = new Palette(Rgb.hex("#1b1e24"), Rgb.hex("#242830"), Rgb.hex("#e8eaee"),
            Rgb.hex("#a3abb9"), Rgb.hex("#3a404b"), Rgb.hex("#a3abb9"), Rgb.hex("#ff79c6"),
            new Rgb[] {Rgb.hex("#56b4e9"), Rgb.hex("#ffa640"), Rgb.hex("#3fd0a4")});

    /** The series colour for a cell kind's ordinal (RNN 0, LSTM 1, GRU 2). */
    public Rgb series(int index) {
        return series[Math.floorMod(index, series.length)];
    }
}
