package org.gatelab.io;

import org.gatelab.engine.Targets;
import org.gatelab.vocabulary.LossKind;

/** Turns the rows of a target CSV into engine {@link Targets} for one sequence, checking them. */
public final class TargetsCsv {
    private TargetsCsv() {
    }

    /**
     * @param rows  the CSV rows: T rows (or 1 row for the {@code -last} losses)
     * @param steps the input's length T
     */
    public static Targets toTargets(double[][] rows, LossKind loss, int steps, int outputs, String name)
            throws InputFileException {
        boolean last = loss.isLastStepOnly();
        if (!last && rows.length != steps) {
            throw new InputFileException(name + ": " + rows.length + " row(s), but " + loss.id()
                    + " needs one per timestep (" + steps + ")");
        }
        if (last && rows.length != steps && rows.length != 1) {
            throw new InputFileException(name + ": " + rows.length + " row(s); " + loss.id()
                    + " uses the last row of a file with one row per timestep (" + steps + ") or a single row");
        }
        int first = last ? rows.length - 1 : 0;
        int count = rows.length - first;
        if (loss.isClassification()) {
            int[] classes = new int[count];
            for (int r = 0; r < count; r++) {
                double[] row = rows[first + r];
                if (row.length != 1) {
                    throw new InputFileException(name + ":" + (first + r + 1) + ": " + loss.id()
                            + " targets are one class index per row, found " + row.length + " columns");
                }
                double v = row[0];
                if (v != Math.rint(v) || v < 0 || v >= outputs) {
                    throw new InputFileException(name + ":" + (first + r + 1) + ": class " + v
                            + " is not a whole number from 0 to " + (outputs - 1) + " (the model has " + outputs
                            + " outputs)");
                }
                classes[r] = (int) v;
            }
            return Targets.classes(loss, classes);
        }
        double[] values = new double[count * outputs];
        for (int r = 0; r < count; r++) {
            double[] row = rows[first + r];
            if (row.length != outputs) {
                throw new InputFileException(name + ":" + (first + r + 1) + ": " + row.length
                        + " column(s), but the model has " + outputs + " output(s)");
            }
            System.arraycopy(row, 0, values, r * outputs, outputs);
        }
        return Targets.regression(loss, values);
    }

    /** A fresh model's output size: the target's columns (mse) or the largest class + 1 (ce, at least 2). */
    public static int defaultOutputSize(double[][] rows, LossKind loss) {
        if (rows == null) {
            return 1;
        }
        if (!loss.isClassification()) {
            return rows[0].length;
        }
        int max = 1;
        for (double[] row : rows) {
            if (row.length > 0 && row[0] >= 0 && row[0] < org.gatelab.engine.ModelConfig.MAX_SIZE) {
                max = Math.max(max, (int) row[0]);
            }
        }
        return max + 1;
    }
}
