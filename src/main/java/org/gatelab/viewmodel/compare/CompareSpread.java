package org.gatelab.viewmodel.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.gatelab.vocabulary.CellKind;

/**
 * A comparison over several seeds, summed up per cell: how many seeds finished, and the mean, the lowest and the
 * highest of the final validation loss as a fraction of the constant guess's (each seed has its own data, so its
 * own baseline). Built from the table's rows. Immutable.
 */
public final class CompareSpread {
    /** No rows, or one seed: nothing to spread. */
    public static final CompareSpread EMPTY = new CompareSpread(List.of(), new EnumMap<>(CellKind.class));

    /**
     * One cell's spread.
     *
     * @param runs the seeds it finished
     * @param mean the mean of valLoss / baseline over those seeds
     * @param min  the lowest
     * @param max  the highest
     */
    public record Cell(int runs, double mean, double min, double max) {
    }

    private final List<Long> seeds;
    private final Map<CellKind, Cell> cells;

    private CompareSpread(List<Long> seeds, Map<CellKind, Cell> cells) {
        this.seeds = List.copyOf(seeds);
        this.cells = cells;
    }

    /** The spread of {@code rows}: empty unless they come from at least two seeds. */
    public static CompareSpread of(List<CompareRow> rows) {
        TreeSet<Long> seeds = new TreeSet<>();
        rows.forEach(r -> seeds.add(r.seed()));
        if (seeds.size() < 2) {
            return EMPTY;
        }
        Map<CellKind, Cell> out = new EnumMap<>(CellKind.class);
        for (CellKind cell : CellKind.values()) {
            List<Double> v = new ArrayList<>();
            for (CompareRow r : rows) {
                if (r.cell() == cell && Double.isFinite(r.relativeValLoss())) {
                    v.add(r.relativeValLoss());
                }
            }
            if (!v.isEmpty()) {
                double sum = 0;
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double x : v) {
                    sum += x;
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
                out.put(cell, new Cell(v.size(), sum / v.size(), min, max));
            }
        }
        return new CompareSpread(new ArrayList<>(seeds), out);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The seeds the rows came from, increasing. */
    public List<Long> seeds() {
        return seeds;
    }

    /** The cells with a result, in RNN, LSTM, GRU order. */
    public List<CellKind> cells() {
        return new ArrayList<>(cells.keySet());
    }

    /** {@code cell}'s spread, or null when it has no result. */
    public Cell cell(CellKind cell) {
        return cells.get(cell);
    }

    /** One line per cell, e.g. "LSTM: 0.012 of the constant's loss on average (0.004 to 0.021), 3 seeds". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        cells.forEach((cell, c) -> sb.append(sb.isEmpty() ? "" : "\n").append(String.format(Locale.ROOT,
                "%s: %s of the constant's loss on average (%s to %s), %d seed%s", cell.name(), number(c.mean()),
                number(c.min()), number(c.max()), c.runs(), c.runs() == 1 ? "" : "s")));
        return sb.toString();
    }

    private static String number(double v) {
        return v >= 0.1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.2g", v);
    }
}
