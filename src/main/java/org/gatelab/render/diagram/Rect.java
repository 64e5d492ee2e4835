package org.gatelab.render.diagram;

/** An axis-aligned rectangle in layout units: left {@code x}, top {@code y}, width and height. */
public record Rect(double x, double y, double w, double h) {

    /** The rectangle of size {@code w x h} centred on ({@code cx}, {@code cy}). */
    public static Rect centred(double cx, double cy, double w, double h) {
        return new Rect(cx - w / 2, cy - h / 2, w, h);
    }

    public double cx() {
        return x + w / 2;
    }

    public double cy() {
        return y + h / 2;
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    /** True if the point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }
}
