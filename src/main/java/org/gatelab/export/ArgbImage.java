package org.gatelab.export;

/**
 * A rendered picture as plain pixels, for the clipboard and other toolkits: {@code argb[y * width + x]},
 * packed 0xAARRGGBB, not premultiplied.
 */
public record ArgbImage(int width, int height, int[] argb) {
    public ArgbImage {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("pixels do not match " + width + " x " + height);
        }
    }

    /** The pixel at ({@code x, y}). */
    public int pixel(int x, int y) {
        return argb[y * width + x];
    }
}
