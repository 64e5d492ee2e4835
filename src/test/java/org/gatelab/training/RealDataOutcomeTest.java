package org.gatelab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.gatelab.io.RealDataSets;
import org.gatelab.tasks.AlarmEvaluation;
import org.gatelab.tasks.AnomalyDetection;
import org.gatelab.tasks.RealTask;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TimeAxis;
import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.RunStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the gallery's explanations say the LSTM does, with the stated settings: each recording's defaults, the
 * lab's training defaults (LSTM, hidden 32, Adam 0.01, batch 32, clip 1, 20 epochs) and seed 1, checked number for
 * number against the text. About three minutes on two cores (the electrocardiogram takes most of it), so it runs
 * only with {@code mvn -Prealdata verify}; the references' figures are checked on every build by
 * {@code RealDataSetsTest}.
 */
@Tag("realdata")
class RealDataOutcomeTest {
    /** A finished run with the lab's defaults, and the alarms of its final model where the task raises any. */
    private record Run(RealTask task, TaskData data, TrainingResult result, AnomalyDetection alarms) {
        double last() {
            return result.last().valLoss();
        }

        /** The lowest and highest validation loss of the last ten epochs. */
        double[] lastTen() {
            List<EpochReport> e = result.epochs().subList(result.epochs().size() - 10, result.epochs().size());
            return new double[] {e.stream().mapToDouble(EpochReport::valLoss).min().orElseThrow(),
                    e.stream().mapToDouble(EpochReport::valLoss).max().orElseThrow()};
        }
    }

    private static Run train(RealDataSet set, int difference) throws IOException {
        RealTask task = RealDataSets.task(set).withDifference(difference);
        TaskData data = task.generate(TrainingDefaults.SEED);
        TrainingRun run = new TrainingRun(data, TrainingDefaults.config(), null, 2);
        TrainingResult result = run.run();
        assertEquals(RunStatus.COMPLETED, result.status(), result.message());
        assertEquals(TrainingDefaults.EPOCHS, result.epochs().size());
        AnomalyDetection alarms = data.extras() instanceof AlarmEvaluation a
                ? a.detect(run.predict(data.train()), run.predict(data.validation())) : null;
        return new Run(task, data, result, alarms);
    }

    private static void quoted(String text, String format, double value) {
        String shown = String.format(Locale.ROOT, format, value);
        assertTrue(text.contains(shown), "the text should quote " + shown + " (measured " + value + "): " + text);
    }

    @Test
    void theIndoorDetectorCatchesTheEventBecauseItCannotFollowIt() throws IOException {
        Run r = train(RealDataSet.SENSORS_INDOOR, 0);
        String text = r.task().explanation();
        quoted(text, "the LSTM raised %.0f alarms", r.alarms().alarms());
        quoted(text, "precision %.2f", r.alarms().precision());
        quoted(text, "and recall %.2f. The naive", r.alarms().recall());
        quoted(text, "its validation loss, %.0f,", r.last());
        assertEquals(1, r.alarms().detected(), "the event is found");
        // it beats the references as a detector, and loses to the naive forecast on the loss
        assertTrue(r.alarms().recall() > r.data().baseline("naive").scores().get("recall"));
        assertTrue(r.alarms().recall() > r.data().baseline("linear_ar").scores().get("recall"));
        assertTrue(r.last() > 10 * r.data().naiveValLoss());
    }

    @Test
    void theOutdoorDriftFloodsTheLevelDetectorAndDifferencingCalmsIt() throws IOException {
        Run level = train(RealDataSet.SENSORS_OUTDOOR, 0);
        String text = level.task().explanation();
        quoted(text, "LSTM raised %.0f alarms, almost all false", level.alarms().alarms());
        quoted(text, "precision %.2f, recall", level.alarms().precision());
        quoted(text, "recall %.2f. The drift", level.alarms().recall());
        Run change = train(RealDataSet.SENSORS_OUTDOOR, 1);
        quoted(text, "in range: %.0f alarms", change.alarms().alarms());
        quoted(text, "precision %.2f and recall", change.alarms().precision());
        quoted(text, "and recall %.2f, close", change.alarms().recall());
        assertTrue(change.alarms().precision() > 5 * level.alarms().precision());
        // "close to the naive detector though not better"
        assertTrue(change.alarms().precision() <= change.data().baseline("naive").scores().get("precision"));
        assertTrue(change.alarms().recall() <= change.data().baseline("naive").scores().get("recall"));
    }

    @Test
    void theHeartbeatIsLearntAndTheAlarmsAreSpreadOut() throws IOException {
        Run r = train(RealDataSet.ECG, 0);
        String text = r.task().explanation();
        quoted(text, "the LSTM ends at %.3f", r.last());
        assertTrue(r.last() < r.data().baseline("linear_ar").valLoss());
        quoted(text, "it raised %.0f alarms", r.alarms().alarms());
        // "spread over every half minute of the validation half": each 30 s from 150 s to 300 s has alarms
        TimeAxis time = r.task().series().time();
        boolean[] stretch = new boolean[5];
        for (int index : r.alarms().alarmIndices()) {
            double seconds = time.start() + index * time.step();
            stretch[Math.min(4, (int) ((seconds - 150) / 30))] = true;
        }
        for (int k = 0; k < 5; k++) {
            assertTrue(stretch[k], "no alarm between " + (150 + 30 * k) + " and " + (180 + 30 * k) + " s");
        }
    }

    @Test
    void theLstmBeatsBothReferencesOnBirthsByALittle() throws IOException {
        Run r = train(RealDataSet.BIRTHS, 0);
        String text = r.task().explanation();
        quoted(text, "the LSTM ends at %.3f", r.last());
        double ar = r.data().baseline("linear_ar").valLoss();
        assertTrue(r.last() < ar && r.last() < r.data().baseline("seasonal_naive").valLoss());
        // "by only a tenth against the linear model"
        assertEquals(0.1, 1 - r.last() / ar, 0.05);
    }

    @Test
    void onSunspotsTheLstmIsAboutLevelWithTheLinearModel() throws IOException {
        Run r = train(RealDataSet.SUNSPOTS, 0);
        String text = r.task().explanation();
        quoted(text, "the LSTM ends at %.2f", r.last());
        double[] range = r.lastTen();
        quoted(text, "moves between %.2f", range[0]);
        quoted(text, "and %.2f: on 62", range[1]);
        double ar = r.data().baseline("linear_ar").valLoss();
        assertTrue(range[0] < ar && range[1] < 1.1 * ar, "about level with the linear model's " + ar);
    }

    @Test
    void co2FailsOnTheLevelsAndDifferencingFixesIt() throws IOException {
        Run level = train(RealDataSet.CO2, 0);
        String text = level.task().explanation();
        double naive = level.data().naiveValLoss();
        for (EpochReport e : level.result().epochs()) {
            assertTrue(e.valLoss() > naive, "epoch " + e.epoch() + ": " + e.valLoss() + " against " + naive);
        }
        quoted(text, "ends at %.4f", level.last());
        quoted(text, "%.1f times the naive", level.last() / naive);
        Run change = train(RealDataSet.CO2, 1);
        double naiveChange = change.data().naiveValLoss();
        for (EpochReport e : change.result().epochs()) {
            assertTrue(e.valLoss() < naiveChange, "epoch " + e.epoch() + ": " + e.valLoss() + " against "
                    + naiveChange);
        }
        quoted(text, "ends at %.2f times it", change.last() / naiveChange);
        quoted(text, "(%.2f against", change.last());
        assertTrue(change.last() < change.data().baseline("linear_ar").valLoss());
    }
}
