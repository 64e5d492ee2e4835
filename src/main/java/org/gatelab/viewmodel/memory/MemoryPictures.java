package org.gatelab.viewmodel.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.figures.MemoryFigure;
import org.gatelab.tasks.MemoryQuantity;
import org.gatelab.training.UnitMemory;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;

/** The Memory tab's figure data and sentence for a result and a unit: every number read from the result. */
final class MemoryPictures {
    private MemoryPictures() {
    }

    /** The figure's data for {@code unit} of {@code r}. */
    static MemoryFigure.Data of(MemoryResult r, int unit) {
        UnitMemory.Ranking ranking = r.ranking();
        List<UnitMemory.Score> scores = ranking.scores();
        int[] units = new int[scores.size()];
        double[] values = new double[scores.size()];
        for (int k = 0; k < scores.size(); k++) {
            units[k] = scores.get(k).unit();
            values[k] = scores.get(k).score();
        }
        LayerTrace l = r.trace().layer(ranking.layer());
        int length = r.trace().length();
        boolean cell = ranking.state() == UnitMemory.State.CELL;
        String sym = ranking.state().symbol();
        double[] state = new double[length];
        double[] gradient = r.trace().hasGradients() ? new double[length] : new double[0];
        for (int t = 0; t < length; t++) {
            state[t] = cell ? l.cellState(t, 0, unit) : l.hidden(t, 0, unit);
            if (gradient.length > 0) {
                gradient[t] = Math.abs(cell ? l.gradCellState(t, 0, unit) : l.gradHidden(t, 0, unit));
            }
        }
        UnitMemory.Score score = ranking.of(unit);
        double[] expected = new double[length];
        for (int t = 0; t < length; t++) {
            double q = r.values()[t];
            expected[t] = Double.isNaN(q) ? Double.NaN : r.quantity().categorical() ? score.means()[(int) q]
                    : score.slope() * q + score.intercept();
        }
        CellKind kind = r.trace().cell();
        List<Gate> gates = kind == CellKind.LSTM ? List.of(Gate.F, Gate.I) : kind == CellKind.GRU
                ? List.of(Gate.Z, Gate.R) : List.of();
        List<String> gateNames = new ArrayList<>();
        List<double[]> gateValues = new ArrayList<>();
        for (Gate g : gates) {
            double[] v = new double[length];
            for (int t = 0; t < length; t++) {
                v[t] = l.gate(t, 0, g, unit);
            }
            gateNames.add(g.symbol() + " (" + g.title() + ")");
            gateValues.add(v);
        }
        boolean adding = r.quantity().id().equals("first-marked") || r.quantity().id().equals("running-sum");
        List<String> eventNames = new ArrayList<>();
        for (int k = 0; k < r.events().length; k++) {
            eventNames.add(adding ? (k == 0 ? "1st marker" : "2nd marker") : k % 2 == 0 ? "held from here"
                    : "needed here");
        }
        String heading = String.format(Locale.ROOT, "What does unit %d remember? · %s", unit, r.source().title());
        String caption = String.format(Locale.ROOT, "Left: every unit's %s between its %s_t and the %s over %d fresh "
                        + "sequences. Right: unit %d over sequence %d (%s), beside the line it would follow if it "
                        + "held the %s exactly; its gates; and the gradient of the loss reaching it.",
                scoreName(r.quantity()), sym, r.quantity().title(), ranking.sequences(), unit, r.sequence(),
                r.sample().description(), r.quantity().title());
        return new MemoryFigure.Data(heading, caption, units, values, unit, scoreName(r.quantity()), state,
                sym + "_t of unit " + unit, expected, expectedName(r.quantity(), score, sym), gateNames, gateValues,
                gradient, "|∂L/∂" + sym + "_t| of unit " + unit, r.events(), eventNames);
    }

    /** |r| for a number, η for a category. */
    static String scoreName(MemoryQuantity q) {
        return q.categorical() ? "η" : "|r|";
    }

    private static String expectedName(MemoryQuantity q, UnitMemory.Score s, String sym) {
        if (q.categorical()) {
            return "the mean " + sym + " for each " + (q.id().equals("branch") ? "branch" : "symbol");
        }
        return String.format(Locale.ROOT, "%s × %s %s %s", number(s.slope()), shortName(q), s.intercept() < 0 ? "−"
                : "+", number(Math.abs(s.intercept())));
    }

    private static String shortName(MemoryQuantity q) {
        return q.id().equals("running-sum") ? "running sum" : "first marked value";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 0.1 ? "%.2f" : "%.3f", v);
    }

    /** One sentence about {@code unit}. */
    static String summary(MemoryResult r, int unit) {
        UnitMemory.Ranking ranking = r.ranking();
        UnitMemory.Score s = ranking.of(unit);
        String sym = ranking.state().symbol();
        int place = ranking.scores().indexOf(s) + 1;
        String fit;
        if (r.quantity().categorical()) {
            StringBuilder b = new StringBuilder();
            List<String> names = r.quantity().categories();
            for (int k = 0; k < names.size(); k++) {
                b.append(k == 0 ? "" : k == names.size() - 1 ? " and " : ", ").append(String.format(Locale.ROOT,
                        "%s after %s", number(s.means()[k]), names.get(k)));
            }
            fit = "its " + sym + " averages " + b;
        } else {
            fit = sym + " ≈ " + expectedName(r.quantity(), s, sym);
        }
        return String.format(Locale.ROOT, "Unit %d (%s of %d): %s; %s = %.3f over %d fresh sequences (%,d steps).",
                unit, ordinal(place), ranking.scores().size(), fit, scoreName(r.quantity()), s.score(),
                ranking.sequences(), ranking.samples());
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
