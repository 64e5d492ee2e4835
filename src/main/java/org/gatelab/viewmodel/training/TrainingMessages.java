package org.gatelab.viewmodel.training;

import java.util.List;
import java.util.Locale;
import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.CsvSeries;
import org.gatelab.tasks.CsvTask;
import org.gatelab.tasks.Normalization;
import org.gatelab.tasks.RealDataInfo;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.TaskKind;

/** The training lab's sentences: where a run stands, what a model is, and the lesson of a divergence. */
final class TrainingMessages {
    private TrainingMessages() {
    }

    /** E.g. "LSTM, hidden 32, 4,513 parameters". */
    static String modelLabel(ModelConfig c, long parameters) {
        return String.format(Locale.ROOT, "%s%s, hidden %d%s, %,d parameters", c.cell().name(),
                c.cell() == org.gatelab.vocabulary.CellKind.RNN
                        && c.nonlinearity() != org.gatelab.vocabulary.Nonlinearity.TANH
                        ? " (" + c.nonlinearity().id() + ")" : "",
                c.hiddenSize(), c.layers() == 1 ? "" : " × " + c.layers() + " layers", parameters);
    }

    static String lossName(LossKind loss) {
        return loss == LossKind.MSE_LAST ? "mean squared error at the last step"
                : loss == LossKind.CE_ALL ? "cross-entropy per step" : loss.id();
    }

    /** "z-scored with mean 102.9 and sd 5.35 from the training part", or empty for none. */
    static String normalization(Normalization n) {
        if (n == null || n.isIdentity()) {
            return "";
        }
        return String.format(Locale.ROOT, "Values are z-scored with mean %s and sd %s from the training part "
                + "(z = (x − mean) / sd), so losses are in units of that sd squared.", number(n.mean()),
                number(n.sd()));
    }

    /** Four significant digits, no exponent for everyday sizes. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** One sentence on where a run stands. */
    static String status(TrainingState state, TaskData data, TrainingConfig config, List<EpochPoint> epochs,
                         String runMessage, Throwable failure) {
        EpochPoint last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        String cell = config.cell().name();
        return switch (state) {
            case RUNNING -> last == null ? "Training the " + cell + ": the first epoch is under way."
                    : "Training the " + cell + ": after epoch " + last.epoch() + ", " + figures(last, data) + ".";
            case PAUSING -> "Pausing: the batch under way finishes first.";
            case PAUSED -> (last == null ? "Paused in the first epoch."
                    : "Paused. After epoch " + last.epoch() + ": " + figures(last, data) + ".")
                    + " Resume to go on, or Step to run to the end of the next epoch.";
            case COMPLETED -> "Completed " + epochs.size() + " epoch" + (epochs.size() == 1 ? "" : "s")
                    + (last == null ? "." : ": " + figures(last, data) + ".");
            case DIVERGED -> "Diverged in epoch " + (epochs.size() + 1) + ": the note above the plots says why.";
            case FAILED -> "Training failed: " + failure(failure);
            default -> runMessage;
        };
    }

    /** "validation loss 0.0123 (best constant 0.153), accuracy 97.5%". */
    static String figures(EpochPoint p, TaskData data) {
        StringBuilder sb = new StringBuilder("validation loss ").append(number(p.valLoss()));
        if (Double.isFinite(data.baselineValLoss())) {
            sb.append(" (best constant ").append(number(data.baselineValLoss()));
            if (!Double.isNaN(data.naiveValLoss())) {
                sb.append(", naive forecast ").append(number(data.naiveValLoss()));
            }
            sb.append(')');
        }
        if (p.hasAccuracy()) {
            sb.append(String.format(Locale.ROOT, ", accuracy %.1f%%", 100 * p.accuracy()));
        }
        return sb.toString();
    }

    static String failure(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "not enough memory for this task and model; try fewer or shorter sequences, or fewer units.";
        }
        String m = e == null ? null : e.getMessage();
        return m == null || m.isBlank() ? (e == null ? "unknown error" : e.getClass().getSimpleName()) : m;
    }

    /** The lesson of a divergence, from the run's own message and the epochs before it. */
    static DivergenceNote divergence(String runMessage, TrainingConfig config, List<EpochPoint> epochs) {
        int epoch = epochs.size() + 1;
        double lr = config.learningRate();
        double lower = Math.max(Ranges.LEARNING_RATE.min(), lr / 10);
        String headline = "Training diverged in epoch " + epoch;
        StringBuilder why = new StringBuilder("An update was so large that it threw the weights to where the loss, "
                + "and with it the gradient, is larger still; the next update was larger again, and the loss blew "
                + "up. Training stopped by itself and kept the last good weights, which are all finite. ");
        EpochPoint last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        if (last == null) {
            why.append("It happened within the first epoch: the per-batch training loss in the loss plot shows the "
                    + "climb, and the gradient-norm plot has no finished epoch to show.");
        } else {
            why.append(String.format(Locale.ROOT, "Look at the gradient-norm plot: in epoch %d the largest "
                    + "gradient norm was %s (mean %s)%s.", last.epoch(), number(last.gradNormMax()),
                    number(last.gradNormMean()), config.clipNorm() > 0 ? String.format(Locale.ROOT,
                    ", and %.0f%% of the updates were clipped to %s", 100 * last.clippedFraction(),
                    number(config.clipNorm())) : ", with no clipping"));
        }
        String advice;
        double clipSuggestion;
        if (config.optimizer() == OptimizerKind.ADAM) {
            advice = "Lower the learning rate, e.g. to " + NumberText.format(lower) + ": Adam divides each gradient "
                    + "by its own running size, so every weight moves by about the learning rate per update, "
                    + "however the gradient is clipped. A learning rate of " + NumberText.format(lr)
                    + " moves weights by that much at every step."
                    + (config.clipNorm() == 0 ? " Clipping (e.g. at 1) still tames single huge gradients." : "");
            clipSuggestion = config.clipNorm() == 0 ? 1 : Double.NaN;
        } else {
            advice = "Lower the learning rate, e.g. to " + NumberText.format(lower) + ": each SGD update is the "
                    + "learning rate times the gradient. " + (config.clipNorm() == 0
                    ? "Or clip the gradient norm (e.g. at 1), so one huge gradient cannot throw the weights away."
                    : "Or clip harder (a smaller clip norm than " + NumberText.format(config.clipNorm())
                    + "), so no update is longer than learning rate × clip norm.");
            clipSuggestion = config.clipNorm() == 0 || config.clipNorm() > 1 ? 1 : config.clipNorm() / 10;
        }
        // the run's own account up to its advice, which the note gives in full
        int cut = runMessage.indexOf(" Lower the learning rate");
        String what = cut > 0 ? runMessage.substring(0, cut) : runMessage;
        return new DivergenceNote(epoch, headline, what, why.toString(), advice, lr, lower, config.clipNorm(),
                clipSuggestion);
    }

    /** E.g. "Read 2,284 values from co2.csv, column co2 (59 missing values filled in)." (the notes say how). */
    static String describe(CsvTask task) {
        CsvSeries s = task.series();
        CsvSeries.Gaps g = s.gaps();
        String gaps = g.filled() > 0 ? String.format(Locale.ROOT, " (%,d missing value%s filled in)", g.filled(),
                g.filled() == 1 ? "" : "s") : "";
        return String.format(Locale.ROOT, "Read %,d values from %s, column %s%s.", s.size(), s.source(),
                s.columnName(), gaps);
    }

    /** "Data: <credit> Licence: <licence>." for a recording of the gallery. */
    static String credit(RealDataInfo info) {
        return "Data: " + info.creditText() + " Licence: " + info.licence() + ".";
    }

    /** What the csv task is, before a file is chosen. */
    static final String CSV_EXPLANATION = "Forecast a series of your own: choose a CSV file and the "
            + "column that holds the values (its number, 1 for the first, or its header name; left empty, the "
            + "first numeric column that is not a date, a year or an index, and the lab says which). The model reads "
            + "a window of values and predicts the next one; the first 80% of the series trains it and the rest "
            + "validates it, in time order. A row without a number keeps its place: between two values it is filled "
            + "in by linear interpolation, and the lab says how many were. Values are z-scored with the training "
            + "part's mean and sd.";

    /** A task's title for menus, e.g. "Adding problem", "Your own series (CSV)". */
    static String taskTitle(TaskKind kind) {
        return switch (kind) {
            case CSV -> "Your own series (CSV)";
            case REAL -> "Real recordings (gallery)";
            default -> TaskDefaults.task(kind).title();
        };
    }
}
