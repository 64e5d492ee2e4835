package org.gatelab.ui.export;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.gatelab.export.ArgbImage;

/** Puts exported pictures on the system clipboard (without javafx-swing: the pixels are copied directly). */
public final class ClipboardImages {
    private ClipboardImages() {
    }

    /** The pixels as a JavaFX image. */
    public static WritableImage toFx(ArgbImage img) {
        WritableImage out = new WritableImage(img.width(), img.height());
        out.getPixelWriter().setPixels(0, 0, img.width(), img.height(), PixelFormat.getIntArgbInstance(), img.argb(),
                0, img.width());
        return out;
    }

    /** Replaces the system clipboard's content with {@code img} (FX thread). */
    public static void put(Image img) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(img);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
