package org.gatelab.render.plot;

import java.util.List;
import org.gatelab.render.Rgb;

/**
 * A horizontal bar chart of fractions (0..1, printed as percentages): one track per row, with segments
 * stacked from the left end and from the right end, so a row can read "closed | in between | open".
 *
 * @param rows   top to bottom
 * @param legend what the segment colours mean, shown above the bars
 * @param xTitle under the axis, e.g. {@code "fraction of steps × units"}
 */
public record BarChart(List<Row> rows, List<LegendEntry> legend, String xTitle) {
    /**
     * One bar.
     *
     * @param label  bold, e.g. the gate's symbol {@code "f"}
     * @param detail muted, after the label, e.g. {@code "forget gate"}
     */
    public record Row(String label, String detail, List<Segment> segments) {
        public Row {
            segments = List.copyOf(segments);
            detail = detail == null ? "" : detail;
        }
    }

    /**
     * One part of a bar: {@code value} is its length as a fraction of the track; segments with
     * {@code fromEnd} stack from the right end leftwards, the others from the left end rightwards.
     */
    public record Segment(double value, Rgb colour, boolean fromEnd) {
    }

    /** A swatch and what it means. */
    public record LegendEntry(String label, Rgb colour) {
    }

    public BarChart {
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
        xTitle = xTitle == null ? "" : xTitle;
    }
}
