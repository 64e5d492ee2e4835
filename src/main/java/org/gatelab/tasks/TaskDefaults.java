package org.gatelab.tasks;

import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.TaskKind;

/**
 * The tasks' defaults, in one place: the training lab starts from these, the {@code train} and {@code compare}
 * commands use them for every option not given. The explanations quote numbers measured with these defaults,
 * the training defaults and seed 1 (see {@code AddingProblemOutcomeTest} for the adding problem's).
 */
public final class TaskDefaults {
    private TaskDefaults() {
    }

    public static final TaskKind TASK = TaskKind.ADDING;
    public static final int ADDING_LENGTH = 50;
    public static final int ADDING_TRAIN_SIZE = 4000;
    public static final int ADDING_VALIDATION_SIZE = 500;

    public static final int COPY_COUNT = 3;
    public static final int COPY_ALPHABET = 4;
    public static final int COPY_DELAY = 10;
    public static final int COPY_TRAIN_SIZE = 4000;
    public static final int COPY_VALIDATION_SIZE = 500;

    public static final int REBER_LENGTH = 40;
    public static final int REBER_TRAIN_SIZE = 2000;
    public static final int REBER_VALIDATION_SIZE = 300;

    public static final int SINE_WINDOW = 20;
    public static final int SINE_SERIES_LENGTH = 2500;
    public static final int SINE_COMPONENTS = 3;
    public static final double SINE_NOISE = 0.1;

    public static final int WALK_WINDOW = 20;
    public static final int WALK_SERIES_LENGTH = 1000;

    public static final int ANOMALY_WINDOW = 25;
    public static final int ANOMALY_SERIES_LENGTH = 3000;
    public static final int ANOMALY_PERIOD = 25;
    public static final int ANOMALY_COUNT = 8;

    public static final int CSV_WINDOW = 20;
    public static final double CSV_TRAIN_FRACTION = 0.8;

    /** The gallery's recording chosen first. */
    public static final RealDataSet REAL_DATA_SET = RealDataSet.CO2;

    /**
     * A task of this kind with its default settings; CSV and REAL have none (they need a file: see
     * {@link CsvTask#of} and {@link RealTask#of}).
     */
    public static TrainingTask task(TaskKind kind) {
        return switch (kind) {
            case SINE -> SineTask.defaults();
            case ADDING -> AddingTask.defaults();
            case COPY -> CopyTask.defaults();
            case REBER -> ReberTask.defaults();
            case RANDOM_WALK -> RandomWalkTask.defaults();
            case ANOMALY -> AnomalyTask.defaults();
            case CSV -> throw new IllegalArgumentException("the csv task needs a file (CsvTask.of a series read from it)");
            case REAL -> throw new IllegalArgumentException("the real task needs a recording (RealTask.of a series "
                    + "read from the gallery)");
        };
    }

    // ---- explanations (numbers measured with the defaults above and seed 1) ----
    static final String ADDING_EXPLANATION = "Each step shows a random number between 0 and 1 and a marker; two "
            + "steps are marked, one in each half, and at the last step the model must output the sum of the two "
            + "marked numbers. Guessing the average sum, 1, gives a mean squared error equal to the variance of the "
            + "sum, 1/6 ≈ 0.167 (0.153 on this validation set): that is the line to beat, and beating it means "
            + "noticing a marked number and carrying it unchanged for up to 50 steps. With the defaults (T = 50, "
            + "hidden 32, Adam, learning rate 0.01, clip norm 1, batch 32, 20 epochs, seed 1) we measured a "
            + "validation MSE of 0.0001 for the LSTM (it sits on the baseline for 7 epochs, then drops within one), "
            + "0.0002 for the GRU (it drops in epoch 2) and 0.152 for the vanilla RNN, the constant's loss: "
            + "its gradient fades before it reaches the first marker. At hidden size 32 with 2 inputs the LSTM has "
            + "4H(I+H+2) = 4,608 recurrent parameters as PyTorch counts them (two bias vectors; 4H(I+H+1) = 4,480 "
            + "in the textbook count with one), the GRU three quarters of that, 3,456 (3,360), the RNN 1,152 "
            + "(1,120); each adds 33 for the readout. On a 2-core laptop an epoch takes under a second: at T = 100 "
            + "about 0.7 s for the LSTM, 0.6 s for the GRU and 0.3 s for the RNN (BENCHMARKS.md).";
    static final String COPY_EXPLANATION = "The model is shown 3 symbols (from A to D), then 10 blank steps, then a "
            + "go marker, and must then output the 3 symbols in order; at every other step the right output is "
            + "\"blank\". The loss is the cross-entropy at every step; the accuracy counts only the 3 recall steps, "
            + "where guessing scores 20% (one of 5 outputs). The best constant scores a loss of 0.71. A model that "
            + "knows when to speak but not what scores (3/17) ln 4 ≈ 0.245: that is exactly where the vanilla RNN "
            + "stays with the defaults (seed 1, 20 epochs), at 24% recall accuracy, chance. The GRU recalls 98% "
            + "after 5 epochs and 100% after 10; the LSTM 73% after 5, 98% after 10 and 100% from epoch 13. Lengthen "
            + "the delay and see how many epochs each cell needs.";
    static final String REBER_EXPLANATION = "Strings of the embedded Reber grammar (B, T, P, S, X, V, E) are written "
            + "back to back and the model predicts the next symbol at every step. The grammar is random, so the "
            + "classic score is the share of steps where the predicted symbol is one the grammar allows next "
            + "(guessing: 23%). The hard step is the second-to-last symbol of each string, which must repeat the "
            + "string's second symbol, seen a whole inner Reber string earlier: echo_accuracy scores that step alone "
            + "(guessing between T and P: 50%). The loss cannot reach 0: at every fork the grammar flips a coin, so "
            + "no model can know the next symbol there (the best constant: 1.89). In 1997 this task defeated plain RNNs trained with "
            + "the methods of the time; with Adam and clipping, and with the defaults here (T = 40, seed 1), all "
            + "three cells reach 100% legal predictions and 100% on the echo steps within 10 epochs (the LSTM from "
            + "epoch 4). The dependency spans only about 5 to 20 symbols; the adding problem and the copy task "
            + "stretch it further.";
    static final String SINE_EXPLANATION = "A sum of 3 sines (periods between 8 and 50 steps, from the seed) plus "
            + "noise of sd 0.1; the model reads 20 values and predicts the next one. The first 80% of the series "
            + "is for training, the rest for validation. The noise alone costs 0.1² = 0.01 of mean squared error, "
            + "so nothing can do better than that. With the defaults (seed 1) the LSTM reaches a validation MSE of "
            + "0.018 in its first epoch and ends at 0.019 after 20, against 0.84 for the best constant and 0.036 for "
            + "the naive forecast \"the next value equals the last one\": a smooth signal is easy to continue.";
    static final String WALK_EXPLANATION = "A \"stock price\": a random walk of 1000 steps of N(0, 1) from 100, z-scored "
            + "with the training part's mean and sd (102.9 and 5.35 with seed 1); the model reads 20 values and "
            + "predicts the next. With the defaults (seed 1, 20 epochs) the LSTM's training loss falls to 0.034 while "
            + "its validation loss ends at 0.061, almost twice "
            + "the naive forecast's 0.032. Beating the best constant (0.91) is easy and looks good on a chart; the "
            + "naive forecast is the honest comparison, and nothing beats it here: the steps are independent, so "
            + "the past says nothing about the next one. A model that seems to forecast prices mostly repeats the "
            + "last price.";
    static final String ANOMALY_EXPLANATION = "A periodic sensor signal (period 25) with a little noise; the first "
            + "half is clean and used for training, the second carries 8 injected anomalies, alternately spikes and "
            + "level shifts. The model learns to predict the next value from 25 values; where its error exceeds "
            + "mean + 3 sd of its errors on the training half, the step is flagged. An alarm is true if it falls on "
            + "an anomaly or within one window after it (while the anomaly is in the model's input). With the "
            + "defaults (seed 1, 20 epochs) the LSTM flagged 135 steps: all 8 anomalies were found (recall 1.0) "
            + "and 91% of the alarms were true (precision 0.91), at a threshold of 0.19 in z units. A level shift "
            + "raises alarms all along, a spike for a few steps after it.";
    static final String CSV_EXPLANATION = "Your series %s, column %s: the model reads %d %s and predicts the next "
            + "%s. The first %.0f%% of the series is for training, the rest for validation, in time order. Values "
            + "are z-scored with the training part's mean and sd (shown below), so losses are in units of that sd "
            + "squared. Compare the validation loss with three references: the best constant, the naive forecast "
            + "\"the next value equals the last one\", and a linear autoregression fitted to the same windows. "
            + "Beating the constant is easy for any smooth series; beating the naive forecast is the real test, and "
            + "many real series (prices above all) do not allow it; a network that cannot beat the linear model has "
            + "learnt nothing a straight line could not. A series with a trend ends, in its validation part, beyond "
            + "anything seen in training, where a z-scored tanh network cannot follow it: set Differencing to 1 to "
            + "forecast the changes instead.";
}
