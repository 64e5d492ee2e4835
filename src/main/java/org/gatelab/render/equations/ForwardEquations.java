package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Rgb;
import org.gatelab.render.Sealed;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The forward equations of one unit at one step, each with the numbers the engine recorded substituted,
 * in PyTorch's notation (weights {@code W_if}, {@code b_hf}; one row of each, for the selected unit):
 * <pre>
 *   LSTM  iₜ, fₜ, oₜ = σ(W_i? xₜ + b_i? + W_h? hₜ₋₁ + b_h?)   gₜ = tanh(...)
 *         cₜ = fₜ·cₜ₋₁ + iₜ·gₜ                               hₜ = oₜ·tanh(cₜ)
 *   GRU   rₜ, zₜ = σ(...)   nₜ = tanh(W_in xₜ + b_in + rₜ·(W_hn hₜ₋₁ + b_hn))
 *         hₜ = (1 − zₜ)·nₜ + zₜ·hₜ₋₁
 *   RNN   hₜ = tanh(W_ih xₜ + b_ih + W_hh hₜ₋₁ + b_hh)   (or relu)
 * </pre>
 * Every number is read from the {@link LayerTrace} (batch index 0) and only formatted: the sums and
 * products are shown with their recorded parts and recorded results, never evaluated here. A number a lesson has
 * sealed is "?" wherever it appears (a gate, h_t and c_t, h_{t-1} and c_{t-1} at the next step, tanh(c_t)), and
 * its line has no colour chip; so is the argument of a sealed gate's (or the RNN's sealed h_t's) squashing function
 * and its two parts, which would give the value away through one σ or tanh.
 */
final class ForwardEquations {
    private static final int B = 0;
    private static final String SIGMA = "σ";

    private ForwardEquations() {
    }

    /** The forward equations of {@code layer} at step {@code t} for {@code unit}, what {@code sealed} hides as "?". */
    static List<EquationLine> of(LayerTrace layer, int t, int unit, Sealed sealed) {
        // a lesson seals forward values only: the reverse direction of a bidirectional layer shows all of its own
        Hidden hidden = new Hidden(layer.index(), t, unit, layer.direction() == Direction.REVERSE ? Sealed.NONE : sealed);
        return switch (layer.cell()) {
            case LSTM -> lstm(layer, t, unit, hidden);
            case GRU -> gru(layer, t, unit, hidden);
            case RNN -> rnn(layer, t, unit, hidden);
        };
    }

    /** What is sealed at this layer, step and unit. */
    private record Hidden(int layer, int t, int unit, Sealed sealed) {
        boolean gate(Gate g) {
            return sealed.gate(layer, t, unit, g);
        }

        boolean h() {
            return sealed.hidden(layer, t, unit);
        }

        boolean hPrev() {
            return t > 0 && sealed.hidden(layer, t - 1, unit);
        }

        boolean c() {
            return sealed.cell(layer, t, unit);
        }

        boolean cPrev() {
            return t > 0 && sealed.cell(layer, t - 1, unit);
        }
    }

    private static List<EquationLine> lstm(LayerTrace l, int t, int u, Hidden s) {
        List<EquationLine> out = new ArrayList<>();
        for (Gate gate : CellKind.LSTM.blocks()) {
            out.add(block(l, t, u, gate, gate.isSigmoid() ? SIGMA : "tanh", s.gate(gate)));
        }
        double f = l.gate(t, B, Gate.F, u);
        double i = l.gate(t, B, Gate.I, u);
        double g = l.gate(t, B, Gate.G, u);
        double o = l.gate(t, B, Gate.O, u);
        double cPrev = l.previousCellState(t, B, u);
        double c = l.cellState(t, B, u);
        double tanhC = l.tanhCellState(t, B, u);
        double h = l.hidden(t, B, u);
        // cₜ = fₜ·cₜ₋₁ + iₜ·gₜ
        double range = l.maxAbsCellState();
        out.add(line("c", null, "c_t", c, s.c(), divergingChip(c, range > 0 ? range : 1),
                Expr.of(earlier(l, "f_t·c_{t−1} + i_t·g_t")),
                new Expr().num(f, s.gate(Gate.F)).sym("·").operand(cPrev, s.cPrev()).sym(" + ")
                        .num(i, s.gate(Gate.I)).sym("·").operand(g, s.gate(Gate.G))));
        // hₜ = oₜ·tanh(cₜ)
        out.add(line("h", null, "h_t", h, s.h(), divergingChip(h, 1),
                Expr.of("o_t·tanh(c_t)"),
                new Expr().num(o, s.gate(Gate.O)).sym("·tanh(").num(c, s.c()).sym(")"),
                new Expr().num(o, s.gate(Gate.O)).sym("·").operand(tanhC, s.c())));
        return out;
    }

    private static List<EquationLine> gru(LayerTrace l, int t, int u, Hidden s) {
        List<EquationLine> out = new ArrayList<>();
        out.add(block(l, t, u, Gate.R, SIGMA, s.gate(Gate.R)));
        out.add(block(l, t, u, Gate.Z, SIGMA, s.gate(Gate.Z)));
        // nₜ = tanh(W_in xₜ + b_in + rₜ·(W_hn hₜ₋₁ + b_hn)): the recorded hidden part is before scaling by r
        double a = l.preActivationInputPart(t, B, Gate.N, u);
        double b = l.preActivationHiddenPart(t, B, Gate.N, u);
        double r = l.gate(t, B, Gate.R, u);
        double pre = l.preActivation(t, B, Gate.N, u);
        double n = l.gate(t, B, Gate.N, u);
        out.add(line("n", Gate.N, "n_t", n, s.gate(Gate.N), divergingChip(n, 1),
                Expr.of(earlier(l, "tanh(W_{in} x_t + b_{in} + r_t·(W_{hn} h_{t−1} + b_{hn}))")),
                new Expr().sym("tanh(").num(a, s.gate(Gate.N)).sym(" + ").num(r, s.gate(Gate.R)).sym("·")
                        .operand(b, s.gate(Gate.N)).sym(")"),
                new Expr().sym("tanh(").num(pre, s.gate(Gate.N)).sym(")")));
        // hₜ = (1 − zₜ)·nₜ + zₜ·hₜ₋₁
        double z = l.gate(t, B, Gate.Z, u);
        double hPrev = l.previousHidden(t, B, u);
        double h = l.hidden(t, B, u);
        out.add(line("h", null, "h_t", h, s.h(), divergingChip(h, 1),
                Expr.of(earlier(l, "(1 − z_t)·n_t + z_t·h_{t−1}")),
                new Expr().sym("(1 − ").num(z, s.gate(Gate.Z)).sym(")·").operand(n, s.gate(Gate.N)).sym(" + ")
                        .num(z, s.gate(Gate.Z)).sym("·").operand(hPrev, s.hPrev())));
        return out;
    }

    private static List<EquationLine> rnn(LayerTrace l, int t, int u, Hidden s) {
        boolean relu = l.nonlinearity() == Nonlinearity.RELU;
        String fn = relu ? "relu" : "tanh";
        double a = l.preActivationInputPart(t, B, Gate.A, u);
        double b = l.preActivationHiddenPart(t, B, Gate.A, u);
        double pre = l.preActivation(t, B, Gate.A, u);
        double h = l.hidden(t, B, u);
        double range = 1;
        if (relu) {
            // ReLU is unbounded: colour on the run's largest |h|, as the activation heatmap does
            double[] r = l.gateRange(Gate.A);
            range = Math.max(Math.abs(r[0]), Math.abs(r[1]));
            range = range > 0 ? range : 1;
        }
        return List.of(line("h", Gate.A, "h_t", h, s.h(), divergingChip(h, range),
                Expr.of(earlier(l, fn + "(W_{ih} x_t + b_{ih} + W_{hh} h_{t−1} + b_{hh})")),
                new Expr().sym(fn + "(").num(a, s.h()).sym(" + ").operand(b, s.h()).sym(")"),
                new Expr().sym(fn + "(").num(pre, s.h()).sym(")")));
    }

    /** A gate or candidate: {@code fₜ = σ(W_if xₜ + b_if + W_hf hₜ₋₁ + b_hf) = σ(a + b) = σ(pre) = value}. */
    private static EquationLine block(LayerTrace l, int t, int u, Gate gate, String fn, boolean sealed) {
        String s = gate.symbol();
        double a = l.preActivationInputPart(t, B, gate, u);
        double b = l.preActivationHiddenPart(t, B, gate, u);
        double pre = l.preActivation(t, B, gate, u);
        double v = l.gate(t, B, gate, u);
        Rgb chip = gate.isSigmoid() ? ColorMap.sequential().at(v) : divergingChip(v, 1);
        return line(s, gate, s + "_t", v, sealed, chip,
                Expr.of(earlier(l, fn + "(W_{i" + s + "} x_t + b_{i" + s + "} + W_{h" + s + "} h_{t−1} + b_{h"
                        + s + "})")),
                new Expr().sym(fn + "(").num(a, sealed).sym(" + ").operand(b, sealed).sym(")"),
                new Expr().sym(fn + "(").num(pre, sealed).sym(")"));
    }

    /**
     * The markup with the step read before t as this direction read it: t−1 forward, t+1 for the reverse
     * direction of a bidirectional layer, which reads the sequence from its end.
     */
    private static String earlier(LayerTrace l, String markup) {
        return l.direction() == Direction.REVERSE ? markup.replace("t−1", "t+1") : markup;
    }

    private static EquationLine line(String key, Gate gate, String lhs, double result, boolean sealed, Rgb chip,
                                     Expr... stages) {
        List<List<Run>> all = new ArrayList<>();
        for (Expr e : stages) {
            all.add(e.runs());
        }
        all.add(List.of(sealed ? Run.sealed(RunStyle.RESULT) : Run.result(result)));
        return new EquationLine(key, gate, Expr.of(lhs).runs(), all, sealed ? null : chip);
    }

    private static Rgb divergingChip(double v, double range) {
        return ColorMap.diverging().at(v, -range, range);
    }
}
