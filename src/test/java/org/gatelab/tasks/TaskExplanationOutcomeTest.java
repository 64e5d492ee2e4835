package org.gatelab.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.training.EpochReport;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.training.TrainingResult;
import org.gatelab.training.TrainingRun;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.TaskKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The numbers the training lab's task texts quote, each measured here with the settings the text names: the task's
 * and the training defaults, seed 1, as the lab starts. Each test also checks that the text still quotes what it
 * asserts. The adding problem's are in {@code AddingProblemOutcomeTest}; the copy task and the Reber grammar train
 * three cells each and are tagged "outcome" ({@code mvn -Poutcomes verify}).
 */
class TaskExplanationOutcomeTest {
    private record Run(TaskData data, TrainingResult result) {
        EpochReport epoch(int oneBased) {
            return result.epochs().get(oneBased - 1);
        }

        EpochReport last() {
            return result.last();
        }

        double extra(String name) {
            return last().extras().get(name);
        }

        String curve() {
            StringBuilder sb = new StringBuilder();
            for (EpochReport r : result.epochs()) {
                sb.append(String.format(" %d: %.4f/%.4f/%.3f", r.epoch(), r.trainLoss(), r.valLoss(), r.accuracy()));
                r.extras().forEach((k, v) -> sb.append(" ").append(k).append("=").append(String.format("%.3f", v)));
            }
            return sb.toString();
        }
    }

    /** The task's defaults trained with the training defaults and {@code cell}, as the lab does. */
    private static Run run(TaskKind kind, CellKind cell) {
        TaskData data = TaskDefaults.task(kind).generate(TrainingDefaults.config().seed());
        TrainingResult r = new TrainingRun(data, TrainingDefaults.config(kind).withCell(cell)).run();
        assertEquals(TrainingDefaults.config().epochs(), r.epochs().size(), r.message());
        return new Run(data, r);
    }

    private static void quotes(String text, String... numbers) {
        for (String n : numbers) {
            assertTrue(text.contains(n), "the text no longer quotes " + n + ": " + text);
        }
    }

    @Test
    void theSinesLstmEndsNearTheNoiseAndFarBelowTheNaiveForecast() {
        quotes(TaskDefaults.SINE_EXPLANATION, "0.1² = 0.01", "0.018", "0.019 after 20", "0.84", "0.036");
        Run r = run(TaskKind.SINE, CellKind.LSTM);
        assertEquals(0.018, r.epoch(1).valLoss(), 0.0005, r.curve());
        assertEquals(0.019, r.last().valLoss(), 0.0005, r.curve());
        assertEquals(0.84, r.data().baselineValLoss(), 0.005);
        assertEquals(0.036, r.data().naiveValLoss(), 0.0005);
        assertTrue(r.last().valLoss() > 0.01, "nothing does better than the noise");
    }

    @Test
    void nothingBeatsTheNaiveForecastOnTheRandomWalk() {
        quotes(TaskDefaults.WALK_EXPLANATION, "102.9 and 5.35", "0.034", "0.061", "0.032", "0.91");
        Run r = run(TaskKind.RANDOM_WALK, CellKind.LSTM);
        assertEquals(102.9, r.data().normalization().mean(), 0.05);
        assertEquals(5.35, r.data().normalization().sd(), 0.005);
        assertEquals(0.034, r.last().trainLoss(), 0.0005, r.curve());
        assertEquals(0.061, r.last().valLoss(), 0.0005, r.curve());
        assertEquals(0.032, r.data().naiveValLoss(), 0.0005);
        assertEquals(0.91, r.data().baselineValLoss(), 0.005);
        for (EpochReport e : r.result().epochs()) {
            assertTrue(e.valLoss() > r.data().naiveValLoss(), "nothing beats it here: " + r.curve());
        }
    }

    @Test
    void theAnomalyDetectorFindsAllEightWithMostAlarmsTrue() {
        quotes(TaskDefaults.ANOMALY_EXPLANATION, "flagged 135 steps", "recall 1.0", "precision 0.91", "0.19 in z");
        Run r = run(TaskKind.ANOMALY, CellKind.LSTM);
        assertEquals(135, r.extra("alarms"), 0.0, r.curve());
        assertEquals(1.0, r.extra("recall"), 0.0, r.curve());
        assertEquals(0.91, r.extra("precision"), 0.005, r.curve());
        assertEquals(0.19, r.extra("threshold"), 0.005, r.curve());
    }

    @Tag("outcome")
    @Test
    void theGatedCellsRecallTheSymbolsAndTheRnnGuesses() {
        quotes(TaskDefaults.COPY_EXPLANATION, "0.71", "(3/17) ln 4 ≈ 0.245", "24% recall", "GRU recalls 98% after 5",
                "100% after 10", "LSTM 73% after 5, 98% after 10 and 100% from epoch 13");
        Run rnn = run(TaskKind.COPY, CellKind.RNN);
        assertEquals(0.71, rnn.data().baselineValLoss(), 0.005);
        assertEquals(3.0 / 17 * Math.log(4), rnn.last().valLoss(), 0.005, rnn.curve());
        assertEquals(0.24, rnn.last().accuracy(), 0.005, rnn.curve());
        assertEquals(0.2, rnn.data().chanceAccuracy(), 1e-9);
        Run gru = run(TaskKind.COPY, CellKind.GRU);
        assertEquals(0.98, gru.epoch(5).accuracy(), 0.005, gru.curve());
        assertEquals(1.0, gru.epoch(10).accuracy(), 0.0, gru.curve());
        Run lstm = run(TaskKind.COPY, CellKind.LSTM);
        assertEquals(0.73, lstm.epoch(5).accuracy(), 0.005, lstm.curve());
        assertEquals(0.98, lstm.epoch(10).accuracy(), 0.005, lstm.curve());
        assertTrue(lstm.epoch(12).accuracy() < 1.0, lstm.curve());
        for (int e = 13; e <= 20; e++) {
            assertEquals(1.0, lstm.epoch(e).accuracy(), 0.0, lstm.curve());
        }
    }

    @Tag("outcome")
    @Test
    void allThreeCellsLearnTheReberGrammarWithinTenEpochs() {
        quotes(TaskDefaults.REBER_EXPLANATION, "guessing: 23%", "the best constant: 1.89", "within 10 epochs",
                "the LSTM from epoch 4");
        for (CellKind cell : CellKind.values()) {
            Run r = run(TaskKind.REBER, cell);
            assertEquals(0.23, r.data().chanceAccuracy(), 0.005);
            assertEquals(1.89, r.data().baselineValLoss(), 0.005);
            assertEquals(1.0, r.epoch(10).accuracy(), 0.0, cell + r.curve());
            assertEquals(1.0, r.epoch(10).extras().get("echo_accuracy"), 0.0, cell + r.curve());
            if (cell == CellKind.LSTM) {
                for (int e = 4; e <= 10; e++) {
                    assertEquals(1.0, r.epoch(e).extras().get("echo_accuracy"), 0.0, cell + r.curve());
                }
                assertTrue(r.epoch(3).extras().get("echo_accuracy") < 1.0, cell + r.curve());
            }
        }
    }
}
