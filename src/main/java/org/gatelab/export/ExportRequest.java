package org.gatelab.export;

import org.gatelab.render.figures.FigureSelection;
import org.gatelab.vocabulary.Gate;

/**
 * One export: which view, in which format, how large, in which colours, at which step, unit and layer.
 *
 * @param view        what to draw
 * @param format      PNG, SVG or PDF
 * @param scale       PNG only: pixels per logical pixel, 1 to {@link #MAX_SCALE} (the app offers 1, 2 and 4);
 *                    the figure is drawn at that resolution, not upscaled
 * @param theme       light or dark colours, independent of the screen's
 * @param transparent no background (PNG, SVG, PDF); else the theme's background colour fills the page
 * @param selection   timestep, unit, layer and highlighted gate (clamped to the trace)
 * @param options     the view's own state (shown maps, gradient block, overlay)
 * @param width       logical width in pixels (points in PDF)
 * @param height      logical height in pixels
 */
public record ExportRequest(ExportSubject view, ExportFormat format, int scale, ExportTheme theme, boolean transparent,
                            FigureSelection selection, ViewOptions options, double width, double height) {
    /** The largest scale accepted. */
    public static final int MAX_SCALE = 8;
    /** The largest bitmap side accepted, in pixels. */
    public static final int MAX_PIXELS = 16_384;

    public ExportRequest {
        if (view == null || format == null || theme == null) {
            throw new IllegalArgumentException("view, format and theme are required");
        }
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1 to " + MAX_SCALE + ", not " + scale);
        }
        if (!(width >= 50 && height >= 50 && width * scale <= MAX_PIXELS && height * scale <= MAX_PIXELS)) {
            throw new IllegalArgumentException("size " + width + " x " + height + " at scale " + scale
                    + " is outside 50 to " + MAX_PIXELS + " pixels");
        }
        selection = selection == null ? FigureSelection.START : selection;
        options = options == null ? ViewOptions.DEFAULT : options;
    }

    /** {@code view} in {@code format} at scale 1, light, on a solid background, at step 0 of unit 0, default size. */
    public static ExportRequest of(ExportSubject view, ExportFormat format) {
        return new ExportRequest(view, format, 1, ExportTheme.LIGHT, false, FigureSelection.START, ViewOptions.DEFAULT,
                view.defaultWidth(), view.defaultHeight());
    }

    /** The same request for another view, at that view's default size. */
    public ExportRequest withView(ExportSubject v) {
        return new ExportRequest(v, format, scale, theme, transparent, selection, options, v.defaultWidth(),
                v.defaultHeight());
    }

    public ExportRequest withFormat(ExportFormat f) {
        return new ExportRequest(view, f, scale, theme, transparent, selection, options, width, height);
    }

    public ExportRequest withScale(int s) {
        return new ExportRequest(view, format, s, theme, transparent, selection, options, width, height);
    }

    public ExportRequest withTheme(ExportTheme t) {
        return new ExportRequest(view, format, scale, t, transparent, selection, options, width, height);
    }

    public ExportRequest withTransparent(boolean on) {
        return new ExportRequest(view, format, scale, theme, on, selection, options, width, height);
    }

    public ExportRequest withSelection(FigureSelection s) {
        return new ExportRequest(view, format, scale, theme, transparent, s, options, width, height);
    }

    /** The same request at timestep {@code t}. */
    public ExportRequest withStep(int t) {
        return withSelection(selection.withStep(t));
    }

    public ExportRequest withUnit(int u) {
        return withSelection(selection.withUnit(u));
    }

    public ExportRequest withLayer(int l) {
        return withSelection(selection.withLayer(l));
    }

    public ExportRequest withHighlightedGate(Gate g) {
        return withSelection(selection.withHighlightedGate(g));
    }

    public ExportRequest withOptions(ViewOptions o) {
        return new ExportRequest(view, format, scale, theme, transparent, selection, o, width, height);
    }

    /** The same request at another logical size. */
    public ExportRequest withSize(double w, double h) {
        return new ExportRequest(view, format, scale, theme, transparent, selection, options, w, h);
    }

    /** The bitmap's width at this scale, in pixels. */
    public int pixelWidth() {
        return (int) Math.ceil(width * scale);
    }

    /** The bitmap's height at this scale, in pixels. */
    public int pixelHeight() {
        return (int) Math.ceil(height * scale);
    }
}
