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
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The route typeset maths takes to the screen: {@link TeXGraphics} drawing on a JavaFX canvas through FXGraphics2D,
 * with JLaTeXMath's fonts known to JavaFX ({@link FxMathFonts}), puts the formula's ink where the exports'
 * Graphics2D puts it, glyph for glyph (compared block by block of 6 x 6 pixels).
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
        // compare 6x6 blocks: both are antialiased differently, but a block inked in one is inked in the other
        int blocks = 0;
        int agree = 0;
        for (int by = 0; by + 6 <= H; by += 6) {
            for (int bx = 0; bx + 6 <= W; bx += 6) {
                boolean a = false;
                boolean f = false;
                for (int y = by; y < by + 6; y++) {
                    for (int x = bx; x < bx + 6; x++) {
                        a |= (awt.getRGB(x, y) & 0xff) < 128;
                        f |= (fx.getArgb(x, y) & 0xff) < 128;
                    }
                }
                if (a || f) {
                    blocks++;
                    if (a == f) {
                        agree++;
                    }
                }
            }
        }
        assertTrue(blocks > 40, blocks + " inked blocks");
        assertTrue(agree >= 0.9 * blocks, agree + " of " + blocks + " inked blocks agree");
    }
}
