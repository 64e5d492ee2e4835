package org.gatelab.ui.diagram;

import java.util.List;
import org.gatelab.render.equations.EquationLayout;
import org.gatelab.render.equations.EquationLine;
import org.gatelab.render.equations.EquationSet;
import org.gatelab.vocabulary.Gate;

/** The {@link EquationView} as a test reads it: what it draws and shows, read from the view's parts. */
public final class EquationPage {
    private final EquationView view;

    public EquationPage(EquationView view) {
        this.view = view;
    }

    /**
     * The plain text of every equation the view shows, in drawing order: the forward equations, then the
     * gradient items. An equation drawn on two lines (narrow views) is one entry.
     */
    public List<String> shownLines() {
        return view.set().lines();
    }

    /**
     * The plain text of the forward equation that computes {@code g} (LSTM i, f, g, o; GRU r, z, n; for the RNN
     * {@link Gate#A}, its {@code hₜ} line), or null when the shown cell has no such block.
     */
    public String lineFor(Gate g) {
        EquationLine line = view.set().forwardLine(g);
        return line == null ? null : line.plain();
    }

    /** The structured equations currently shown. */
    public EquationSet shownSet() {
        return view.set();
    }

    /** The layout of the last paint, or null before the first one. */
    public EquationLayout lastLayout() {
        return view.lastLayout();
    }
}
