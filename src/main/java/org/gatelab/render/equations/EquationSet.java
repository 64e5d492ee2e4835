package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.vocabulary.Gate;

/**
 * Everything the equation view shows for one (layer, t, unit): a heading, the forward equations of the
 * cell with the trace's numbers, and, when the trace has gradients, a short block of gradients. Immutable.
 *
 * @param title           the heading, e.g. {@code LSTM · t = 7 · unit 3}
 * @param subtitle        a muted line under the heading (what the numbers are, the input xₜ)
 * @param forward         the forward equations, in the order the cell computes them
 * @param gradientTitle   the heading of the gradient block (empty without gradients)
 * @param gradientRows    the gradient items, in rows of related items (empty without gradients)
 * @param gradientCaption a muted note under the gradient block (empty without gradients)
 */
public record EquationSet(String title, List<Run> subtitle, List<EquationLine> forward, List<Run> gradientTitle,
                          List<List<EquationLine>> gradientRows, List<Run> gradientCaption) {
    public EquationSet {
        subtitle = List.copyOf(subtitle);
        forward = List.copyOf(forward);
        gradientTitle = List.copyOf(gradientTitle);
        List<List<EquationLine>> rows = new ArrayList<>();
        for (List<EquationLine> r : gradientRows) {
            rows.add(List.copyOf(r));
        }
        gradientRows = List.copyOf(rows);
        gradientCaption = List.copyOf(gradientCaption);
    }

    /** A set with a heading and a note only, e.g. before the first trace arrives. */
    public static EquationSet message(String title, String note) {
        return new EquationSet(title, List.of(Run.muted(note)), List.of(), List.of(), List.of(), List.of());
    }

    /** True when the gradient block is shown. */
    public boolean hasGradients() {
        return !gradientRows.isEmpty();
    }

    /** Every gradient item, row by row. */
    public List<EquationLine> gradientItems() {
        List<EquationLine> out = new ArrayList<>();
        gradientRows.forEach(out::addAll);
        return out;
    }

    /** The plain text of every equation, in drawing order: the forward equations, then the gradient items. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        forward.forEach(l -> out.add(l.plain()));
        gradientItems().forEach(l -> out.add(l.plain()));
        return List.copyOf(out);
    }

    /** The forward equation that computes {@code gate}, or null if the cell has no such block. */
    public EquationLine forwardLine(Gate gate) {
        for (EquationLine l : forward) {
            if (l.gate() == gate) {
                return l;
            }
        }
        return null;
    }
}
