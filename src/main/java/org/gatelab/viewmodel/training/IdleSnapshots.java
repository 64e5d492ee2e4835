package org.gatelab.viewmodel.training;

import java.util.List;
import java.util.Locale;
import org.gatelab.tasks.TaskData;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.training.TrainingConfig;

/** The snapshots of the lab without a run: ready (or preparing) with the settings' totals, or failed. */
final class IdleSnapshots {
    private IdleSnapshots() {
    }

    /**
     * Ready to start: the epochs asked for, the model in words, and the data's references (NaN until it exists).
     *
     * @param preparing true while a start waits for the data
     * @param problem   why the data could not be made, or empty
     */
    static TrainingSnapshot idle(ExperimentSettings s, TaskData d, boolean preparing, String problem) {
        TrainingConfig c = s.config();
        TrainingState state = preparing ? TrainingState.PREPARING : TrainingState.IDLE;
        String label = "";
        String message;
        if (s.task() == null) {
            message = "Choose a CSV file to train on your own series.";
        } else {
            long parameters = c.modelConfig(s.task()).parameterCount();
            label = TrainingMessages.modelLabel(c.modelConfig(s.task()), parameters);
            message = preparing ? "Preparing the data…" : !problem.isEmpty() ? problem
                    : String.format(Locale.ROOT, "Ready: Start trains a fresh %s (%,d parameters) for %d epoch%s on "
                            + "the %s.", c.cell().name(), parameters, c.epochs(), c.epochs() == 1 ? "" : "s",
                    s.task().title().toLowerCase(Locale.ROOT));
        }
        return new TrainingSnapshot(state, 0, c.epochs(), 0, 0, List.of(), new double[0], new double[0], null,
                c.cell(), label, d == null ? Double.NaN : d.baselineValLoss(),
                d == null ? Double.NaN : d.naiveValLoss(), d == null ? Double.NaN : d.chanceAccuracy(), c.clipNorm(),
                s.task() == null ? "" : TrainingMessages.lossName(s.task().loss()), message, null);
    }

    /** A run that could not even start (e.g. out of memory). */
    static TrainingSnapshot failed(ExperimentSettings s, Throwable e) {
        TrainingConfig c = s.config();
        return new TrainingSnapshot(TrainingState.FAILED, 0, c.epochs(), 0, 0, List.of(), new double[0],
                new double[0], null, c.cell(), "", Double.NaN, Double.NaN, Double.NaN, c.clipNorm(), "",
                "Training failed: " + TrainingMessages.failure(e), null);
    }
}
