package org.gatelab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gatelab.render.ColorMap;
import org.gatelab.render.ColourVision;
import org.gatelab.render.Palette;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The colour-vision-safe palette keeps apart what must be told apart, for viewers with protanopia, deuteranopia
 * or tritanopia ({@link ColourVision}: Machado, Oliveira and Fernandes 2009, severity 1.0, linear RGB): the
 * colours are taken from exported PNGs, simulated, and compared in CIELAB. The default palette is the control: its
 * RNN blue and GRU green merge under tritanopia, so the same check fails on it.
 *
 * <p>The bar is ΔE*ab of at least {@value #MIN_DELTA_E}: about ten just-noticeable differences, chosen for thin
 * curves and small heatmap cells seen on a projector, not tuned to the palettes (the safe line colours clear it
 * by 16 or more; the default's RNN and GRU curves miss it by 8 in light, 13 in dark).
 */
class ColourVisionSafePaletteTest {
    static final double MIN_DELTA_E = 25;

    private static final Map<CellKind, ExportSource> SOURCES = new EnumMap<>(CellKind.class);

    /** A colour found in a picture, with what it stands for. */
    record Found(String meaning, int rgb) {
    }

    @BeforeAll
    static void traces() {
        for (CellKind cell : CellKind.values()) {
            SOURCES.put(cell, ExportFixtures.source(cell));
        }
    }

    private static ArgbImage png(CellKind cell, ExportSubject view, ExportTheme theme) {
        ExportRequest req = ExportRequest.of(view, ExportFormat.PNG).withScale(1).withTheme(theme).withStep(5)
                .withUnit(3);
        return ViewExporter.renderArgb(SOURCES.get(cell), req);
    }

    /** How many pixels of {@code img} have exactly the colour {@code rgb}. */
    private static int count(ArgbImage img, int rgb) {
        int n = 0;
        for (int c : img.argb()) {
            if ((c & 0xffffff) == rgb) {
                n++;
            }
        }
        return n;
    }

    /** The pixel of {@code img} nearest to {@code rgb} (in ΔE*ab). */
    private static int nearest(ArgbImage img, int rgb) {
        int best = 0;
        double d = Double.MAX_VALUE;
        for (int c : java.util.Arrays.stream(img.argb()).map(c -> c & 0xffffff).distinct().toArray()) {
            double e = ColourVision.deltaE(c, rgb);
            if (e < d) {
                d = e;
                best = c;
            }
        }
        return best;
    }

    /**
     * The colours of the RNN, LSTM and GRU curves in each cell's exported gradient-flow plot, and the page's
     * background: each curve is checked to be drawn in its palette colour.
     */
    static List<Found> curveColours(ExportTheme theme) {
        List<Found> out = new ArrayList<>();
        for (CellKind cell : CellKind.values()) {
            ArgbImage img = png(cell, ExportSubject.GRADIENT_FLOW, theme);
            int rgb = theme.palette().series(cell.ordinal()).argb() & 0xffffff;
            int pixels = count(img, rgb);
            assertTrue(pixels >= 50, "the " + cell + " curve is drawn in its colour in the " + theme
                    + " export (" + pixels + " pixels)");
            out.add(new Found(cell + " curve", rgb));
            if (out.size() == 1) {
                out.add(new Found("background", img.pixel(1, img.height() - 2) & 0xffffff));
            }
        }
        return out;
    }

    /** The pairs of {@code colours} closer than the bar as {@code vision} sees them (null: normal vision). */
    static List<String> tooClose(List<Found> colours, ColourVision vision) {
        List<String> close = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                int a = colours.get(i).rgb();
                int b = colours.get(j).rgb();
                double e = vision == null ? ColourVision.deltaE(a, b)
                        : ColourVision.deltaE(vision.simulate(a), vision.simulate(b));
                if (e < MIN_DELTA_E) {
                    close.add(colours.get(i).meaning() + " / " + colours.get(j).meaning()
                            + String.format(" ΔE %.1f", e));
                }
            }
        }
        return close;
    }

    @ParameterizedTest
    @EnumSource(value = ExportTheme.class, names = {"LIGHT_SAFE", "DARK_SAFE"})
    void theSafeCurveColoursStayApartUnderEverySimulation(ExportTheme theme) {
        List<Found> colours = curveColours(theme);
        assertEquals(List.of(), tooClose(colours, null), "normal vision, " + theme);
        for (ColourVision v : ColourVision.values()) {
            assertEquals(List.of(), tooClose(colours, v), v + ", " + theme);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportTheme.class, names = {"LIGHT", "DARK"})
    void theDefaultCurveColoursMergeUnderTritanopia(ExportTheme theme) {
        List<Found> colours = curveColours(theme);
        assertEquals(List.of(), tooClose(colours, null), "apart for normal vision, " + theme);
        List<String> close = tooClose(colours, ColourVision.TRITANOPIA);
        assertEquals(1, close.size(), theme + ": " + close);
        assertTrue(close.get(0).startsWith("RNN curve / GRU curve"), close.get(0));
    }

    /**
     * The diverging map's two ends and its centre (the sign of h, c, a gradient or a weight, and zero), found in
     * the colour bar of an exported gradient heatmap: apart under every simulation, in both safe themes.
     */
    @ParameterizedTest
    @EnumSource(value = ExportTheme.class, names = {"LIGHT_SAFE", "DARK_SAFE"})
    void theDivergingMapsEndsAndCentreStayApart(ExportTheme theme) {
        ArgbImage img = png(CellKind.LSTM, ExportSubject.GRADIENT_HEATMAP, theme);
        List<Found> colours = new ArrayList<>();
        double[] at = {0, 0.5, 1};
        String[] meaning = {"most negative", "zero", "most positive"};
        for (int k = 0; k < at.length; k++) {
            int want = ColorMap.diverging().at(at[k]).argb() & 0xffffff;
            int got = nearest(img, want);
            assertTrue(ColourVision.deltaE(got, want) < 3, meaning[k] + " is in the colour bar of the " + theme
                    + " export");
            colours.add(new Found(meaning[k], got));
        }
        for (ColourVision v : ColourVision.values()) {
            assertEquals(List.of(), tooClose(colours, v), v + ", " + theme);
        }
    }

    /** Presenter mode's palettes with the option on: the same bar, against their own backgrounds. */
    @Test
    void thePresenterPalettesWithTheOptionStayApartToo() {
        for (Palette p : List.of(Palette.PRESENTER_LIGHT, Palette.PRESENTER_DARK)) {
            Palette safe = p.colourVisionSafe();
            List<Found> colours = new ArrayList<>();
            colours.add(new Found("background", safe.background().argb() & 0xffffff));
            for (CellKind cell : CellKind.values()) {
                colours.add(new Found(cell + " curve", safe.series(cell.ordinal()).argb() & 0xffffff));
            }
            for (ColourVision v : ColourVision.values()) {
                assertEquals(List.of(), tooClose(colours, v), v + ", presenter " + p.background());
            }
        }
    }
}
