package org.gatelab.render;

import java.util.Locale;

/** An opaque sRGB colour with an alpha, components 0..255; the one colour type the render package speaks. */
public record Rgb(int r, int g, int b, int a) {
    public Rgb {
        if ((r | g | b | a) < 0 || r > 255 || g > 255 || b > 255 || a > 255) {
            throw new IllegalArgumentException("colour components must be 0..255");
        }
    }

    public static Rgb of(int r, int g, int b) {
        return new Rgb(r, g, b, 255);
    }

    /** Parses {@code #rrggbb} or {@code #rrggbbaa}. */
    public static Rgb hex(String text) {
        String s = text.startsWith("#") ? text.substring(1) : text;
        if (s.length() != 6 && s.length() != 8) {
            throw new IllegalArgumentException("not a colour: " + text);
        }
        int v = (int) Long.parseLong(s.substring(0, 6), 16);
        int a = s.length() == 8 ? Integer.parseInt(s.substring(6), 16) : 255;
        return new Rgb((v >> 16) & 255, (v >> 8) & 255, v & 255, a);
    }

    public Rgb withAlpha(int alpha) {
        return new Rgb(r, g, b, alpha);
    }

    /** Packed 0xAARRGGBB. */
    public int argb() {
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    /** {@code #rrggbb}, for SVG and CSS. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    public double opacity() {
        return a / 255.0;
    }

    /** Linear blend: t = 0 gives this, t = 1 gives {@code other}. */
    public Rgb mix(Rgb other, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Rgb((int) Math.round(r + (other.r - r) * u), (int) Math.round(g + (other.g - g) * u),
                (int) Math.round(b + (other.b - b) * u), (int) Math.round(a + (other.a - a) * u));
    }

    /** Relative luminance (WCAG), 0 for black to 1 for white: pick dark or light text on this colour. */
    public double luminance() {
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
