package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Rgb;
import org.gatelab.vocabulary.Gate;

/**
 * One equation: a left-hand side and a chain of equal stages, {@code lhs = stage₁ = stage₂ = ... = result}:
 * the symbolic form first, then the same expression with the trace's numbers substituted, and last the value
 * the trace recorded. Immutable.
 *
 * @param key    a name for the equation: a block's symbol ({@code "f"}), {@code "c"}, {@code "h"}, or for the
 *               gradient items {@code "dh"}, {@code "|dh|"}, {@code "dc"}, {@code "|dc|"}, {@code "da_f"}
 * @param gate   the block the equation computes (for the RNN's {@code h} line: {@link Gate#A}), else null
 * @param lhs    the left-hand side, e.g. {@code fₜ}
 * @param stages the right-hand sides in order; the last is the result (a single number)
 * @param chip   the colour the heatmaps give the result (ColorMap), or null
 */
public record EquationLine(String key, Gate gate, List<Run> lhs, List<List<Run>> stages, Rgb chip) {
    public EquationLine {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("an equation needs at least a result");
        }
        lhs = List.copyOf(lhs);
        List<List<Run>> copy = new ArrayList<>();
        for (List<Run> s : stages) {
            copy.add(List.copyOf(s));
        }
        stages = List.copyOf(copy);
    }

    /** The last stage: the value the trace recorded. */
    public List<Run> result() {
        return stages.get(stages.size() - 1);
    }

    /** The symbolic form (the first stage) when there is one besides the result, else an empty list. */
    public List<Run> symbolic() {
        return stages.size() > 1 ? stages.get(0) : List.of();
    }

    /** The stages between the symbolic form and the result (the substituted numbers); may be empty. */
    public List<List<Run>> middle() {
        return stages.size() > 2 ? stages.subList(1, stages.size() - 1) : List.of();
    }

    /** The plain text of the whole equation: {@code fₜ = σ(W_if xₜ + ...) = σ(0.214 + 0.096) = σ(0.310) = 0.577}. */
    public String plain() {
        StringBuilder out = new StringBuilder(Run.plain(lhs));
        for (List<Run> s : stages) {
            out.append(" = ").append(Run.plain(s));
        }
        return out.toString();
    }
}
