package org.gatelab.ui.training;

import org.gatelab.render.plot.LinePlot;

/**
 * One figure of the training lab: its heading, its caption (how to read it), and the plot; or, when there is
 * nothing to plot yet, a message in its place.
 */
record Figure(String heading, String caption, LinePlot plot, String message) {
    Figure {
        heading = heading == null ? "" : heading;
        caption = caption == null ? "" : caption;
        message = message == null ? "" : message;
    }

    static Figure empty(String heading, String message) {
        return new Figure(heading, "", null, message);
    }

    boolean hasPlot() {
        return plot != null;
    }
}
