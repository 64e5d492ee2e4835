package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Something a trained model must carry through time to solve its task, read off a sequence's inputs step by step:
 * the value it should hold at each step, or NaN where it need not hold it. Immutable.
 *
 * <ul>
 *   <li>adding problem: the <b>first marked value</b>, from its marker until the second marker (the stretch it
 *       must be carried), and the <b>running sum</b> of the marked values at every step (0 before the first
 *       marker);</li>
 *   <li>embedded Reber grammar: the <b>branch</b> taken at the string's second symbol (T or P), from that step
 *       until the step that must predict its echo;</li>
 *   <li>copy task: <b>symbol k</b> (k = 1..K), from the step it is shown until the step it must be recalled.</li>
 * </ul>
 * A numeric quantity is a real value; a categorical one is a category index (T = 0 / P = 1, or the symbol A = 0,
 * B = 1, ...), its names in {@link #categories()}.
 */
public final class MemoryQuantity {
    private enum Kind { FIRST_MARKED, RUNNING_SUM, BRANCH, SYMBOL }

    private final Kind kind;
    private final TrainingTask task;
    private final int symbol;

    private MemoryQuantity(Kind kind, TrainingTask task, int symbol) {
        this.kind = kind;
        this.task = task;
        this.symbol = symbol;
    }

    /** What a model trained on {@code task} must carry; empty for the tasks that need no long memory. */
    public static List<MemoryQuantity> of(TrainingTask task) {
        List<MemoryQuantity> out = new ArrayList<>();
        if (task instanceof AddingTask) {
            out.add(new MemoryQuantity(Kind.FIRST_MARKED, task, 0));
            out.add(new MemoryQuantity(Kind.RUNNING_SUM, task, 0));
        } else if (task instanceof ReberTask) {
            out.add(new MemoryQuantity(Kind.BRANCH, task, 0));
        } else if (task instanceof CopyTask copy) {
            for (int k = 0; k < copy.count(); k++) {
                out.add(new MemoryQuantity(Kind.SYMBOL, task, k));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The quantity of {@code task} named {@code id} ({@link #id()}).
     *
     * @throws IllegalArgumentException naming the quantities the task has
     */
    public static MemoryQuantity byId(TrainingTask task, String id) {
        List<MemoryQuantity> all = of(task);
        for (MemoryQuantity q : all) {
            if (q.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return q;
            }
        }
        List<String> ids = all.stream().map(MemoryQuantity::id).toList();
        throw new IllegalArgumentException("the " + task.id() + " task has no quantity \"" + id + "\""
                + (ids.isEmpty() ? " (it needs no long memory)" : " (it has: " + String.join(", ", ids) + ")"));
    }

    /** The name lessons and files use: {@code first-marked}, {@code running-sum}, {@code branch}, {@code symbol-1}. */
    public String id() {
        return switch (kind) {
            case FIRST_MARKED -> "first-marked";
            case RUNNING_SUM -> "running-sum";
            case BRANCH -> "branch";
            case SYMBOL -> "symbol-" + (symbol + 1);
        };
    }

    /** For menus: "first marked value". */
    public String title() {
        return switch (kind) {
            case FIRST_MARKED -> "first marked value";
            case RUNNING_SUM -> "running sum of the marked values";
            case BRANCH -> "branch taken (T or P)";
            case SYMBOL -> "symbol " + (symbol + 1) + " to recall";
        };
    }

    /** The task whose sequences this reads. */
    public TrainingTask task() {
        return task;
    }

    /** The category names of a categorical quantity (T, P; A, B, ...), or an empty list for a numeric one. */
    public List<String> categories() {
        return switch (kind) {
            case FIRST_MARKED, RUNNING_SUM -> List.of();
            case BRANCH -> List.of("T", "P");
            case SYMBOL -> {
                CopyTask copy = (CopyTask) task;
                List<String> names = new ArrayList<>();
                for (int a = 0; a < copy.alphabet(); a++) {
                    names.add(copy.symbolName(a));
                }
                yield List.copyOf(names);
            }
        };
    }

    public boolean categorical() {
        return !categories().isEmpty();
    }

    /**
     * The value to hold at every step of sequence {@code n} of {@code set} (a set of this quantity's task), NaN
     * where nothing need be held.
     */
    public double[] values(SequenceSet set, int n) {
        int steps = set.length();
        double[] v = new double[steps];
        Arrays.fill(v, Double.NaN);
        switch (kind) {
            case FIRST_MARKED, RUNNING_SUM -> adding(set, n, v);
            case BRANCH -> branch(set, n, v);
            case SYMBOL -> symbol(set, n, v);
        }
        return v;
    }

    /** The steps of sequence {@code n} whose marker is set (the adding problem's two marked steps). */
    public static int[] markedSteps(SequenceSet set, int n) {
        int[] marks = new int[2];
        int k = 0;
        for (int t = 0; t < set.length() && k < 2; t++) {
            if (set.input(n, t, 1) == 1) {
                marks[k++] = t;
            }
        }
        return k == 2 ? marks : Arrays.copyOf(marks, k);
    }

    private void adding(SequenceSet set, int n, double[] v) {
        int[] marks = markedSteps(set, n);
        double sum = 0;
        int k = 0;
        for (int t = 0; t < v.length; t++) {
            if (k < marks.length && marks[k] == t) {
                sum += set.input(n, t, 0);
                k++;
            }
            if (kind == Kind.RUNNING_SUM) {
                v[t] = sum;
            } else if (k == 1) {
                // held from the first marker up to the step before the second
                v[t] = sum;
            }
        }
    }

    private static int symbolAt(SequenceSet set, int n, int t) {
        for (int i = 0; i < set.features(); i++) {
            if (set.input(n, t, i) == 1) {
                return i;
            }
        }
        return -1;
    }

    private static void branch(SequenceSet set, int n, double[] v) {
        // outer states as ReberGrammar.Reader: 0 expects B, 1 the branch c, 2 inside the inner string (ends at
        // its E), 3 the echo of c, 4 the final E
        int outer = 0;
        int c = -1;
        for (int t = 0; t < v.length; t++) {
            int s = symbolAt(set, n, t);
            switch (outer) {
                case 0 -> outer = s == ReberGrammar.B ? 1 : 0;
                case 1 -> {
                    c = s;
                    outer = 2;
                }
                case 2 -> outer = s == ReberGrammar.E ? 3 : 2;
                case 3 -> outer = 4;
                default -> outer = 0;
            }
            // held from reading c until the step whose next symbol is its echo
            if (outer == 2 || outer == 3) {
                v[t] = c == ReberGrammar.T ? 0 : 1;
            }
        }
    }

    private void symbol(SequenceSet set, int n, double[] v) {
        CopyTask copy = (CopyTask) task;
        int shown = symbol;
        int recalled = copy.firstRecallStep() + symbol;
        int s = symbolAt(set, n, shown);
        // held from the step it is shown until the step it must be output
        for (int t = shown; t <= recalled && t < v.length; t++) {
            v[t] = s;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemoryQuantity q && q.kind == kind && q.symbol == symbol && q.task.equals(task);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + symbol) * 31 + task.hashCode();
    }

    @Override
    public String toString() {
        return title();
    }
}
