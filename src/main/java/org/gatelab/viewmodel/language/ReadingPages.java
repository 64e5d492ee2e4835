package org.gatelab.viewmodel.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.text.ColouredText;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.training.text.TextReading;
import org.gatelab.training.text.UnitValue;
import org.gatelab.vocabulary.CellKind;

/**
 * What the text views draw and say, from a model's {@link TextReading}: the text coloured by one unit's value
 * (with the top-5 next characters under each), the hover details (every unit's values after a character, the
 * model's predictions), and the dependence strips. Every number shown is read from the reading.
 */
final class ReadingPages {
    /** Next characters shown under each character. */
    static final int TOP = 5;

    private ReadingPages() {
    }

    /** The glyphs and line breaks of {@code text}: a line break shows as ↵ and ends the line. */
    static List<String> glyphs(int[] cps) {
        List<String> out = new ArrayList<>(cps.length);
        for (int cp : cps) {
            out.add(cp == '\n' ? "\u21B5" : cp == '\t' ? "\u2192" : Character.isISOControl(cp) ? "\u00B7"
                    : new String(Character.toChars(cp)));
        }
        return out;
    }

    static boolean[] breaks(int[] cps) {
        boolean[] out = new boolean[cps.length];
        for (int i = 0; i < cps.length; i++) {
            out[i] = cps[i] == '\n';
        }
        return out;
    }

    /** The reading coloured by {@code value} of {@code unit} in {@code layer}. */
    static ColouredText page(TextReading r, int layer, int unit, UnitValue value, boolean predictions, int selected) {
        int n = r.length();
        int[] cps = r.text().codePoints().toArray();
        LayerTrace lt = r.trace().layer(layer);
        double[] values = new double[n];
        double maxAbs = 0;
        for (int t = 0; t < n; t++) {
            values[t] = value.read(lt, t, unit);
            maxAbs = Math.max(maxAbs, Math.abs(values[t]));
        }
        boolean gate = value.kind() == UnitValue.Kind.GATE && value.gate().isSigmoid();
        double min = gate ? 0 : value.bounded() ? -1 : -Math.max(maxAbs, 1e-9);
        double max = gate ? 1 : value.bounded() ? 1 : Math.max(maxAbs, 1e-9);
        List<List<String>> next = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        if (predictions) {
            Vocabulary v = r.vocabulary();
            for (int t = 0; t < n; t++) {
                int[] top = top(r, t);
                List<String> labels = new ArrayList<>();
                double[] p = new double[top.length];
                for (int k = 0; k < top.length; k++) {
                    labels.add(v.shown(top[k]));
                    p[k] = r.probability(t, top[k]);
                }
                next.add(labels);
                probabilities.add(p);
            }
        }
        String legend = String.format(Locale.ROOT, "%s, %sunit %d: %s after each character%s", cellName(r),
                r.trace().layerCount() > 1 ? "layer " + layer + ", " : "", unit, value.label(),
                predictions ? "; under each, the 5 likeliest next characters (darker: likelier)" : "");
        return new ColouredText(glyphs(cps), breaks(cps), values, min, max, !gate, next, probabilities, selected,
                legend);
    }

    /**
     * The {@value #TOP} likeliest next characters after t, the unknown character left out: it is never the next
     * character of a text the model was trained on, only a slot it keeps for characters it never saw.
     */
    static int[] top(TextReading r, int t) {
        return java.util.Arrays.stream(r.top(t, TOP + 1)).filter(s -> s != Vocabulary.UNKNOWN).limit(TOP).toArray();
    }

    static String cellName(TextReading r) {
        CellKind c = r.model().model().config().cell();
        return c.name();
    }

    /** Everything about the character at t: the prediction after it, then every unit's values. */
    static String details(TextReading r, int t) {
        Vocabulary v = r.vocabulary();
        StringBuilder sb = new StringBuilder();
        int cp = r.codePoint(t);
        sb.append(String.format(Locale.ROOT, "\"%s\", character %d of %d%s%n", Vocabulary.show(cp), t + 1,
                r.length(), r.symbol(t) == Vocabulary.UNKNOWN ? " (outside the vocabulary: read as the unknown "
                        + "character)" : ""));
        // one prediction a line: the side panel is narrow
        sb.append("Next, the model predicts\n");
        for (int s : top(r, t)) {
            sb.append(String.format(Locale.ROOT, "  %s %5.1f%%%n", v.shown(s), 100 * r.probability(t, s)));
        }
        if (t + 1 < r.length()) {
            int next = r.symbol(t + 1);
            sb.append(String.format(Locale.ROOT, "The text goes on with %s:%n  %.1f%%, %.2f bits%n",
                    Vocabulary.show(r.codePoint(t + 1)), 100 * r.probability(t, next), r.surprise(t)));
        }
        for (LayerTrace layer : r.trace().layers()) {
            List<UnitValue> values = UnitValue.of(layer.cell());
            sb.append('\n');
            if (r.trace().layerCount() > 1) {
                sb.append("Layer ").append(layer.index()).append('\n');
            }
            sb.append(String.format(Locale.ROOT, "%5s", "unit"));
            for (UnitValue uv : values) {
                sb.append(String.format(Locale.ROOT, "%9s", uv.kind() == UnitValue.Kind.GATE ? uv.gate().symbol()
                        : uv.label()));
            }
            sb.append('\n');
            for (int j = 0; j < layer.hiddenSize(); j++) {
                sb.append(String.format(Locale.ROOT, "%5d", j));
                for (UnitValue uv : values) {
                    sb.append(String.format(Locale.ROOT, "%+9.3f", uv.read(layer, t, j)));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Characters before the chosen one that a dependence strip shows. */
    static final int DEPENDENCE_WINDOW = 160;

    /**
     * The text from a line start at most {@value #DEPENDENCE_WINDOW} characters before {@code position} up to it,
     * coloured by the norms on a scale from 0 to their largest (the chosen character framed, uncoloured).
     */
    static ColouredText dependence(int[] cps, double[] norms, int position, String legend) {
        int start = Math.max(0, position - DEPENDENCE_WINDOW);
        for (int s = start; s > 0 && s > position - 2 * DEPENDENCE_WINDOW; s--) {
            if (cps[s - 1] == '\n') {
                start = s;
                break;
            }
        }
        int[] shown = java.util.Arrays.copyOfRange(cps, start, position + 1);
        double[] values = new double[shown.length];
        double max = 0;
        for (int t = 0; t < shown.length; t++) {
            values[t] = start + t < position ? norms[start + t] : Double.NaN;
            max = Double.isNaN(values[t]) ? max : Math.max(max, values[t]);
        }
        return new ColouredText(glyphs(shown), breaks(shown), values, 0, Math.max(max, 1e-12), false, List.of(),
                List.of(), shown.length - 1, legend);
    }
}
