package org.gatelab.ui.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Test helpers: snapshot a node (on the FX thread), measure its pixel variance, save it as PNG. */
public final class Snapshots {
    private Snapshots() {
    }

    public static WritableImage of(Node node) {
        return node.snapshot(null, null);
    }

    /** Variance of the pixels' grey levels: 0 for a blank image. */
    public static double variance(WritableImage img) {
        PixelReader r = img.getPixelReader();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        double sum = 0;
        double sq = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = r.getArgb(x, y);
                double grey = ((argb >> 16) & 255) * 0.299 + ((argb >> 8) & 255) * 0.587 + (argb & 255) * 0.114;
                sum += grey;
                sq += grey * grey;
            }
        }
        double n = (double) w * h;
        return sq / n - (sum / n) * (sum / n);
    }

    public static void savePng(WritableImage img, Path file) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
