package org.gatelab.render.plot;

import java.util.List;

/**
 * Everything one line plot shows.
 *
 * @param xTitle      under the x axis, e.g. {@code "timestep t"}
 * @param yTitle      above the y axis (books write it there rather than rotated), e.g. {@code "norm (log scale)"}
 * @param markerX     where the vertical marker of the current step goes; NaN for none
 * @param markerLabel the marker's tag, e.g. {@code "t = 12"}
 * @param readout     when true, the marker's tag also lists each series' value at the marker
 * @param references  horizontal reference lines, e.g. y = 1 for a step Jacobian
 * @param note        a hint at the bottom left, e.g. which way the gradient flows; empty for none
 */
public record LinePlot(Axis xAxis, Axis yAxis, String xTitle, String yTitle, List<PlotSeries> series,
                       double markerX, String markerLabel, boolean readout, List<Reference> references,
                       String note) {
    /** A horizontal dotted line at {@code y}; its label goes into the legend. */
    public record Reference(double y, String label) {
    }

    public LinePlot {
        series = List.copyOf(series);
        references = List.copyOf(references);
        xTitle = xTitle == null ? "" : xTitle;
        yTitle = yTitle == null ? "" : yTitle;
        markerLabel = markerLabel == null ? "" : markerLabel;
        note = note == null ? "" : note;
    }

    /** A plot of the series with titles and nothing else. */
    public static LinePlot of(Axis x, Axis y, String xTitle, String yTitle, List<PlotSeries> series) {
        return new LinePlot(x, y, xTitle, yTitle, series, Double.NaN, "", false, List.of(), "");
    }

    public LinePlot withMarker(double x, String label, boolean withReadout) {
        return new LinePlot(xAxis, yAxis, xTitle, yTitle, series, x, label, withReadout, references, note);
    }

    public LinePlot withReferences(List<Reference> refs) {
        return new LinePlot(xAxis, yAxis, xTitle, yTitle, series, markerX, markerLabel, readout, refs, note);
    }

    public LinePlot withNote(String text) {
        return new LinePlot(xAxis, yAxis, xTitle, yTitle, series, markerX, markerLabel, readout, references, text);
    }
}
