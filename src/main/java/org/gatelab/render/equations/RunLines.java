package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A line of runs (a subtitle, a caption of the equations) broken into lines that fit a width, so a long one shows
 * whole at a large type instead of ending in an ellipsis.
 */
final class RunLines {
    private RunLines() {
    }

    /**
     * The runs as lines no wider than {@code maxW} ({@code width} measures a line), broken only after a space of a
     * plain text run (a symbol, a number, a subscript or a formula stays with what it follows); one line when they
     * fit. A piece wider than {@code maxW} on its own takes a line of its own.
     */
    static List<List<Run>> wrap(List<Run> runs, double maxW, ToDoubleFunction<List<Run>> width) {
        if (width.applyAsDouble(runs) <= maxW) {
            return List.of(runs);
        }
        // the pieces between break opportunities: each starts with a word that follows a space
        List<List<Run>> groups = new ArrayList<>();
        boolean afterSpace = true;
        for (Run r : runs) {
            boolean words = words(r);
            for (String piece : words ? r.text().split("(?<= )") : new String[] {r.text()}) {
                Run run = words ? new Run(piece, piece, r.style()) : r;
                if (afterSpace || groups.isEmpty()) {
                    groups.add(new ArrayList<>());
                }
                groups.get(groups.size() - 1).add(run);
                afterSpace = words && piece.endsWith(" ");
            }
        }
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        for (List<Run> g : groups) {
            List<Run> longer = new ArrayList<>(line);
            longer.addAll(g);
            if (!line.isEmpty() && width.applyAsDouble(strip(longer)) > maxW) {
                lines.add(strip(line));
                line = new ArrayList<>(g);
            } else {
                line = longer;
            }
        }
        if (!line.isEmpty()) {
            lines.add(strip(line));
        }
        return lines;
    }

    /** {@code line} without the spaces at its end. */
    private static List<Run> strip(List<Run> line) {
        List<Run> out = new ArrayList<>(line);
        Run last = out.get(out.size() - 1);
        if (words(last) && last.text().endsWith(" ")) {
            String t = last.text().stripTrailing();
            out.set(out.size() - 1, new Run(t, t, last.style()));
        }
        return out;
    }

    /** True for a run of plain words, which may break after a space. */
    private static boolean words(Run r) {
        return !r.style().isMono() && r.style() != RunStyle.SUBSCRIPT && !r.style().isMath();
    }
}
