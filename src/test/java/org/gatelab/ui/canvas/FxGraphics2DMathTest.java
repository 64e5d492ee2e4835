package org.gatelab.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.gatelab.export.TeXGraphics;
import org.gatelab.render.Surface;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The route typeset maths takes to the screen: {@link TeXGraphics} drawing on a JavaFX canvas through FXGraphics2D,
 * with JLaTeXMath's fonts known to JavaFX ({@link FxMathFonts}), puts the formula's ink where the exports'
 * Graphics2D puts it, glyph for glyph (compared block by block of 6 x 6 pixels, up to a block's shift); and a
 * canvas view's {@link FxSurface} sets a formula on its baseline, where text of the same size sits.
 */
@ExtendWith(ApplicationExtension.class)
class FxGraphics2DMathTest {
    private static final String FORMULA = "\\frac{\\partial L}{\\partial h_{t-1}} = \\rho(W_{hh})\\, \\sigma'(a)";
    private static final int W = 420;
    private static final int H = 120;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void theCanvasShowsTheFormulaTheExportsShow(FxRobot robot) {
        BufferedImage awt = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = awt.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        TeXGraphics.paint(g, FORMULA, 20, 70, 30, true, Color.BLACK);
        g.dispose();

        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(W, H);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(javafx.scene.paint.Color.WHITE);
            gc.fillRect(0, 0, W, H);
            assertTrue(FxMathFonts.register().contains("jlm_cmmi10"));
            TeXGraphics.paint(new FXGraphics2D(gc), FORMULA, 20, 70, 30, true, Color.BLACK);
            shot.set(canvas.snapshot(new SnapshotParameters(), null));
        });
        PixelReader fx = shot.get().getPixelReader();
        // 6x6 blocks: both are antialiased differently, so a block inked in one must be inked in the other or in
        // a block next to it (an edge falling on a block's border lands in either); wrong glyphs fail that
        int bw = W / 6;
        int bh = H / 6;
        boolean[][] a = new boolean[bh][bw];
        boolean[][] f = new boolean[bh][bw];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                for (int y = 6 * by; y < 6 * by + 6; y++) {
                    for (int x = 6 * bx; x < 6 * bx + 6; x++) {
                        a[by][bx] |= (awt.getRGB(x, y) & 0xff) < 128;
                        f[by][bx] |= (fx.getArgb(x, y) & 0xff) < 128;
                    }
                }
            }
        }
        int blocks = 0;
        int agree = 0;
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                if (a[by][bx] || f[by][bx]) {
                    blocks++;
                    if ((!a[by][bx] || near(f, bx, by)) && (!f[by][bx] || near(a, bx, by))) {
                        agree++;
                    }
                }
            }
        }
        assertTrue(blocks > 40, blocks + " inked blocks");
        assertTrue(agree >= 0.97 * blocks, agree + " of " + blocks + " inked blocks agree");
    }

    @Test
    void aFormulaSitsOnTheBaselineOfTheTextBesideItAlsoOnAScaledCanvas(FxRobot robot) {
        for (double scale : new double[] {1, 2}) {
            AtomicReference<WritableImage> shot = new AtomicReference<>();
            robot.interact(() -> {
                Canvas canvas = new Canvas(W * scale, H * scale);
                GraphicsContext gc = canvas.getGraphicsContext2D();
                gc.setFill(javafx.scene.paint.Color.WHITE);
                gc.fillRect(0, 0, W * scale, H * scale);
                gc.setTransform(scale, 0, 0, scale, 0, 0);
                FxSurface s = new FxSurface(gc, W, H);
                s.setFill(org.gatelab.render.Rgb.hex("#000000"));
                s.setFont(30, false, false);
                // the last text anchored at its top: the formula must not inherit that anchoring
                s.text("x", 20, 70, Surface.HAlign.LEFT, Surface.VAlign.TOP);
                s.text("x", 60, 70, Surface.HAlign.LEFT, Surface.VAlign.BASELINE);
                s.formula("x", 200, 70, 30, false, Surface.HAlign.LEFT, Surface.VAlign.BASELINE);
                shot.set(canvas.snapshot(new SnapshotParameters(), null));
            });
            PixelReader r = shot.get().getPixelReader();
            double text = lowestInk(r, 60 * scale, 120 * scale, H * scale) / scale;
            double formula = lowestInk(r, 200 * scale, 260 * scale, H * scale) / scale;
            assertTrue(Math.abs(text - 70) <= 1.5, "text's x ends at " + text + " at scale " + scale);
            assertTrue(Math.abs(formula - 70) <= 1.5, "the formula's x ends at " + formula + " at scale " + scale);
        }
    }

    /** The lowest row with ink between columns x0 and x1. */
    private static double lowestInk(PixelReader r, double x0, double x1, double h) {
        int lowest = -1;
        for (int y = 0; y < (int) h; y++) {
            for (int x = (int) x0; x < (int) x1; x++) {
                if ((r.getArgb(x, y) & 0xff) < 128) {
                    lowest = y;
                }
            }
        }
        return lowest + 1;
    }

    /** True when block (bx, by) or one of its eight neighbours is inked. */
    private static boolean near(boolean[][] ink, int bx, int by) {
        for (int y = Math.max(0, by - 1); y <= Math.min(ink.length - 1, by + 1); y++) {
            for (int x = Math.max(0, bx - 1); x <= Math.min(ink[0].length - 1, bx + 1); x++) {
                if (ink[y][x]) {
                    return true;
                }
            }
        }
        return false;
    }
}
