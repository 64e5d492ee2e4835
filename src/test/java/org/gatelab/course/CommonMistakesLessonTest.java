package org.gatelab.course;

import static org.gatelab.course.Course.check;
import static org.gatelab.course.Course.choice;
import static org.gatelab.course.Course.read;
import static org.gatelab.course.Course.scene;
import static org.gatelab.course.Course.train;
import static org.gatelab.course.Course.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.SineTask;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.training.TrainingMemory;
import org.gatelab.viewmodel.compare.CompareRow;
import org.gatelab.viewmodel.compare.CompareSpread;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.viewmodel.lesson.LessonTabs;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.Test;

/**
 * Lesson 8, "Common mistakes". Its first step recalls results of lessons 6 and 7; those are asserted by
 * {@link InPracticeLessonTest} (T = 10 and T = 30, the GRU leaving the baseline before the LSTM) and
 * {@link RealWorldLessonTest} (the Reber echo steps, the random walk). Here: the parameter count, the
 * overfitting pair of runs with the lesson's settings (about 3 s) and the open experiment's task.
 */
class CommonMistakesLessonTest {
    private static final Lesson L = Course.lesson("08-common-mistakes");
    /** The sine task's noise variance: no honest forecast can get its loss much below this. */
    private static final double NOISE_FLOOR = 0.25;

    @Test
    void popularityIsNoReason() {
        choice(L, "Picking a model by popularity", 4);
    }

    @Test
    void doublingTheUnitsDoublesTheActivationsAndQuadruplesTheWeights() {
        choice(L, "Ignoring compute limits", 3);
        Check.Predict p = check(L, "Ignoring compute limits", Check.Predict.class);
        Scene s = scene(L, "Ignoring compute limits");
        // "this LSTM" (one input feature) "on batches of 32 sequences of 100 steps"
        TrainingConfig at64 = TrainingDefaults.config().withCell(CellKind.LSTM).withHidden(64).withBatchSize(32);
        TrainingConfig at128 = at64.withHidden(128);
        double act64 = TrainingMemory.batchBytes(at64, 100);
        double act128 = TrainingMemory.batchBytes(at128, 100);
        assertEquals(2.0, act128 / act64, 1e-12, "the stored activations double");
        // "four numbers per weight": the weight, its gradient and Adam's two running averages, 8 bytes each
        double weights64 = 4 * 8 * read(p.probe(), s);
        double weights128 = 4 * 8 * read(p.probe(), with(s, "hidden: 128"));
        assertEquals(3.9, weights128 / weights64, 0.1, "the weights' share about quadruples");
        // "At 64 units the activations take about 43 MB ..., the four numbers per weight about 0.55 MB; at 128
        // units about 85 MB and 2.2 MB"
        assertEquals(43e6, act64, 0.5e6);
        assertEquals(0.55e6, weights64, 0.005e6);
        assertEquals(85e6, act128, 0.5e6);
        assertEquals(2.2e6, weights128, 0.05e6);
        assertTrue(act128 > 10 * weights128, "the activations are most of it");
    }

    @Test
    void doublingTheUnitsRoughlyQuadruplesTheParameters() {
        Check.Predict p = check(L, "Ignoring compute limits", Check.Predict.class);
        Scene s = scene(L, "Ignoring compute limits");
        double at64 = read(p.probe(), s);
        assertEquals(17_217, at64, 0.0);
        assertEquals(4_513, read(p.probe(), with(s, "hidden: 32")), 0.0);
        assertTrue(Math.abs(4 * 4_513 - at64) <= p.tolerance(), "the estimate 4 x 4,513 counts");
        assertEquals(3.8, at64 / 4_513, 0.1);
    }

    @Test
    void theLargeModelLearnsTheNoiseByHeart() {
        choice(L, "Overfitting with a too-large model", 2);
        Course.Trained big = train(L, "Overfitting with a too-large model");
        assertEquals(0.5, ((SineTask) big.data().task()).noise(), 0.0);
        assertEquals(2_617, big.result().parameters());
        assertEquals(80, big.result().epochs().size());
        // "Both hover near 0.25 to 0.35 for a while"
        for (int e = 2; e <= 20; e++) {
            double train = big.epoch(e).trainLoss();
            double val = big.epoch(e).valLoss();
            assertTrue(train > 0.2 && train < 0.4 && val > 0.2 && val < 0.4, "epoch " + e + ": " + train + " / " + val);
        }
        // "The training loss ends near 0.07, far below the 0.25 that the noise allows"
        double train = big.last().trainLoss();
        assertTrue(train < 0.5 * NOISE_FLOOR && train > 0.04 && train < 0.1, "training loss " + train);
        // "They stay together for about 20 epochs" (the loop above) "From about epoch 30 the model learns its training
        // windows by heart": the training loss falls below the noise floor only after epoch 25
        for (int e = 1; e <= 25; e++) {
            assertTrue(big.epoch(e).trainLoss() > 0.8 * NOISE_FLOOR, "epoch " + e + ": " + big.epoch(e).trainLoss());
        }
        // "best (about 0.23) around epoch 30, ends near 0.43, worse than the naive forecast's 0.33"
        double val = big.last().valLoss();
        assertTrue(big.bestValLoss() > 0.2 && big.bestValLoss() < 0.26, "best " + big.bestValLoss());
        assertTrue(big.bestEpoch() >= 20 && big.bestEpoch() <= 40, "best epoch " + big.bestEpoch());
        assertTrue(val > 1.5 * big.bestValLoss(), "the validation loss climbed: " + val);
        assertTrue(val > 0.38 && val < 0.48, "final validation loss " + val);
        assertTrue(val > big.naive() && big.naive() > 0.3 && big.naive() < 0.36, "naive " + big.naive());
        // "The validation slice is only the last 80 values ... for the naive forecast a standard error of about 0.08":
        // its error x_t+1 - x_t holds two noise draws, variance 2 sd^2 = 0.5 on average, and a squared normal error
        // of variance v has sd v sqrt(2); over 80 values sqrt(2) * 0.5 / sqrt(80)
        assertEquals(80, big.data().validation().size());
        assertEquals(0.08, Math.sqrt(2) * 2 * NOISE_FLOOR / Math.sqrt(80), 0.002);
        // "this slice happens to be quiet": the naive forecast scores over two standard errors below its 0.5
        assertTrue(big.naive() < 2 * NOISE_FLOOR - 2 * 0.079, "naive " + big.naive());
        assertTrue(big.bestValLoss() < NOISE_FLOOR, "the best validation loss is under the floor");
    }

    @Test
    void theSmallModelStaysHonest() {
        choice(L, "The same data, a small model", 1);
        Course.Trained small = train(L, "The same data, a small model");
        Course.Trained big = train(L, "Overfitting with a too-large model");
        assertEquals(117, small.result().parameters());
        assertEquals(big.data().train().size(), small.data().train().size(), "the same data");
        // "about 300 training windows"
        assertEquals(300, small.data().train().size(), 20);
        // "Its training loss stays near the noise level ... a validation loss near 0.24"
        assertTrue(small.last().trainLoss() > 0.9 * NOISE_FLOOR, "training loss " + small.last().trainLoss());
        double val = small.last().valLoss();
        assertTrue(val > 0.2 && val < 0.28, "validation loss " + val);
        assertTrue(val < small.naive() && val < big.last().valLoss(), "small " + val + ", big " + big.last().valLoss()
                + ", naive " + small.naive());
    }

    @Test
    void threeSeedsSpreadTheLstmFromLearningToTheBaseline() {
        Scene s = scene(L, "Not trying several models");
        // the learner starts it after answering ("Predict, then press Train all three")
        assertEquals(null, Course.step(L, "Not trying several models").scene().compareStart());
        CompareViewModel m = new CompareViewModel(Runnable::run);
        assertEquals(List.of(), LessonTabs.setUp(m, s.compare()));
        // "the settings of lesson 6's T = 30 runs (1,000 training and 200 validation sequences, 16 units, 20
        // epochs), once with each of the seeds 1, 2 and 3"
        AddingTask task = (AddingTask) m.task();
        assertEquals(30, task.length());
        assertEquals(1000, task.trainSize());
        assertEquals(200, task.validationSize());
        assertEquals(20, m.epochs());
        assertTrue(m.start());
        m.drain();
        Map<Long, Map<CellKind, CompareRow>> rows = new TreeMap<>();
        m.rows().forEach(r -> rows.computeIfAbsent(r.seed(), k -> new EnumMap<>(CellKind.class)).put(r.cell(), r));
        assertEquals(List.of(1L, 2L, 3L), List.copyOf(rows.keySet()));
        for (Map<CellKind, CompareRow> bySeed : rows.values()) {
            for (CompareRow r : bySeed.values()) {
                assertEquals(16, r.hidden());
                assertEquals(20, r.epochs());
            }
        }
        // "0.015 and 0.054 of the baseline with seeds 1 and 2, 0.997 with seed 3"
        assertEquals(0.015, rows.get(1L).get(CellKind.LSTM).relativeValLoss(), 0.0005);
        assertEquals(0.054, rows.get(2L).get(CellKind.LSTM).relativeValLoss(), 0.0005);
        assertEquals(0.997, rows.get(3L).get(CellKind.LSTM).relativeValLoss(), 0.0005);
        // "as seed 1 did in lesson 6": below 2% of it
        assertTrue(rows.get(1L).get(CellKind.LSTM).relativeValLoss() < 0.02);
        // the tab's mean and range per cell: "The GRU ends between 0.0017 and 0.0031 with every seed, the RNN on the
        // baseline (0.94 to 1.06)"
        CompareSpread spread = m.spreadProperty().get();
        assertEquals(List.of(1L, 2L, 3L), spread.seeds());
        assertEquals(3, spread.cell(CellKind.GRU).runs());
        assertEquals(0.0017, spread.cell(CellKind.GRU).min(), 0.00005);
        assertEquals(0.0031, spread.cell(CellKind.GRU).max(), 0.00005);
        assertEquals(0.94, spread.cell(CellKind.RNN).min(), 0.005);
        assertEquals(1.06, spread.cell(CellKind.RNN).max(), 0.005);
        assertEquals(0.015, spread.cell(CellKind.LSTM).min(), 0.0005);
        assertEquals(0.997, spread.cell(CellKind.LSTM).max(), 0.0005);
        // lesson 6: "the LSTM's result varies more than the GRU's"
        assertTrue(spread.cell(CellKind.LSTM).max() - spread.cell(CellKind.LSTM).min()
                > 100 * (spread.cell(CellKind.GRU).max() - spread.cell(CellKind.GRU).min()));
        // "The seed draws the data ... too": each seed's constant guess scores differently
        assertNotEquals(rows.get(1L).get(CellKind.RNN).baselineValLoss(), rows.get(2L).get(CellKind.RNN).baselineValLoss());
        assertEquals(0, ((Check.Choice) Course.step(L, "Not trying several models").checks().get(0)).answer());
    }

    @Test
    void severalRunsBeforeAWinner() {
        // the step's second check
        Check.Choice c = (Check.Choice) Course.step(L, "Not trying several models").checks().get(1);
        assertEquals(2, c.answer(), "option 3, rerun with a few seeds");
        assertTrue(c.question().contains("5%"));
    }

    @Test
    void theOpenExperimentHasSeveralSolutions() {
        Check.Task task = check(L, "An open experiment", Check.Task.class);
        Scene s = scene(L, "An open experiment");
        double before = read(task.probe(), s);
        assertTrue(before > 1e-12 && before < 5e-12, "\"about 3e-12\": " + before);
        assertFalse(task.met(before));
        assertTrue(task.met(read(task.probe(), with(s, "recurrent_scale: 2.5"))));
        assertTrue(task.met(read(task.probe(), with(s, "init: irnn"))));
        assertTrue(task.met(read(task.probe(), with(s, "init: irnn\nnonlinearity: relu"))));
        // "An orthogonal W_hh gets close, to about 0.008"
        double orthogonal = read(task.probe(), with(s, "init: orthogonal"));
        assertTrue(orthogonal > 0.005 && orthogonal < 0.01, "orthogonal " + orthogonal);
    }
}
