package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;

/**
 * The trainer end to end on a tiny fixed task: 4 sequences of 5 steps with 2 features each, one real target
 * per sequence at the last step (mse-last). The network only has to map 4 known sequences to 4 numbers,
 * which a hidden size of 8 does quickly; the point is that forward, BPTT and the optimizers work together.
 */
class TrainingSmokeTest {
    private static final int T = 5;
    private static final int B = 4;
    private static final int IN = 2;
    private static final int HIDDEN = 8;
    private static final long SEED = 42;
    private static final double THRESHOLD = 1e-4;

    private static SequenceBatch input() {
        Random random = new Random(3);
        double[] x = new double[T * B * IN];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.round(random.nextGaussian() * 100) / 100.0;
        }
        return new SequenceBatch(T, B, IN, x);
    }

    private static Targets targets() {
        return Targets.regression(LossKind.MSE_LAST, 0.5, -0.5, 0.25, -0.25);
    }

    private static Model fresh(CellKind cell) {
        return Initializer.create(new ModelConfig(cell, Nonlinearity.TANH, IN, HIDDEN, 1, 1),
                InitSpec.pytorchDefault(SEED));
    }

    private static double train(Trainer trainer, int steps) {
        SequenceBatch x = input();
        Targets y = targets();
        for (int s = 0; s < steps; s++) {
            Trainer.StepResult r = trainer.step(x, y);
            assertFalse(r.diverged(), "step " + s + " diverged, loss " + r.loss());
            assertTrue(Double.isFinite(r.loss()) && Double.isFinite(r.gradNorm()));
        }
        return trainer.evaluate(x, y);
    }

    @Test
    void lstmWithAdamLearnsTheTask() {
        Trainer trainer = new Trainer(fresh(CellKind.LSTM), new Adam(0.02), 0);
        // starting loss with seed 42: 0.2675 (observed), far above the threshold
        double start = trainer.evaluate(input(), targets());
        assertTrue(start > 10 * THRESHOLD, "start loss " + start);
        // after 150 steps the loss is about 1e-8 (observed), so 1e-4 leaves a wide margin
        double end = train(trainer, 150);
        assertTrue(end < THRESHOLD, "loss after 150 Adam steps: " + end + " (start " + start + ")");
    }

    @Test
    void gruWithSgdMomentumLearnsTheTask() {
        Trainer trainer = new Trainer(fresh(CellKind.GRU), new SgdMomentum(0.1, 0.9), 0);
        // starting loss with seed 42: 0.1071 (observed)
        double start = trainer.evaluate(input(), targets());
        assertTrue(start > 10 * THRESHOLD, "start loss " + start);
        // after 150 steps the loss is about 5e-8 (observed)
        double end = train(trainer, 150);
        assertTrue(end < THRESHOLD, "loss after 150 SGD steps: " + end + " (start " + start + ")");
    }

    @Test
    void clippingKeepsTrainingWorkingAndReportsIt() {
        Trainer trainer = new Trainer(fresh(CellKind.LSTM), new Adam(0.02), 0.05);
        Trainer.StepResult first = trainer.step(input(), targets());
        assertTrue(first.gradNorm() > 0.05, "the first gradient norm " + first.gradNorm() + " exceeds the clip");
        assertTrue(first.clipped());
        assertTrue(train(trainer, 200) < THRESHOLD);
    }

    @Test
    void theSameSeedGivesBitIdenticalTraining() {
        for (CellKind cell : CellKind.values()) {
            Model a = fresh(cell);
            Model b = fresh(cell);
            train(new Trainer(a, new Adam(0.02), 1.0), 30);
            train(new Trainer(b, new Adam(0.02), 1.0), 30);
            List<Tensor> pa = a.parameters();
            List<Tensor> pb = b.parameters();
            boolean changed = false;
            Model initial = fresh(cell);
            for (int k = 0; k < pa.size(); k++) {
                double[] va = pa.get(k).values();
                double[] vb = pb.get(k).values();
                double[] v0 = initial.parameter(pa.get(k).name()).values();
                for (int i = 0; i < va.length; i++) {
                    assertEquals(Double.doubleToRawLongBits(va[i]), Double.doubleToRawLongBits(vb[i]),
                            cell + " " + pa.get(k).name() + "[" + i + "]");
                    changed |= va[i] != v0[i];
                }
            }
            assertTrue(changed, "training changed the parameters");
        }
    }

    private static void assertSameParameters(Model expected, Model actual, String when) {
        for (String name : expected.parameterNames()) {
            double[] e = expected.parameter(name).values();
            double[] a = actual.parameter(name).values();
            for (int i = 0; i < e.length; i++) {
                assertEquals(Double.doubleToRawLongBits(e[i]), Double.doubleToRawLongBits(a[i]),
                        when + ": " + name + "[" + i + "] changed");
            }
        }
    }

    @Test
    void aStepWhoseLossIsNotFiniteKeepsTheLastGoodParameters() {
        // Adam moves every parameter by about lr on its first step: lr = 1e200 makes them ~1e200 (still finite);
        // the next forward pass gives outputs ~1e200 and a squared error that overflows to infinity.
        Model model = fresh(CellKind.LSTM);
        Trainer trainer = new Trainer(model, new Adam(1e200), 0);
        Trainer.StepResult first = trainer.step(input(), targets());
        assertFalse(first.diverged(), "the first step's loss " + first.loss() + " is finite");
        assertTrue(model.isFinite());
        Model afterFirst = model.copy();

        Trainer.StepResult second = trainer.step(input(), targets());
        assertTrue(second.diverged());
        assertFalse(Double.isFinite(second.loss()) && Double.isFinite(second.gradNorm()),
                "loss " + second.loss() + ", grad norm " + second.gradNorm());
        assertSameParameters(afterFirst, model, "after the diverged step");
        // and it stays diverged without touching anything
        assertTrue(trainer.step(input(), targets()).diverged());
        assertSameParameters(afterFirst, model, "after a second diverged step");
    }

    @Test
    void aStepWhoseUpdateOverflowsKeepsTheLastGoodParameters() {
        // Targets of 1000 give a finite loss (~1e6) and finite gradients of order 1e3; plain SGD with lr = 1e308
        // then overflows the update itself: θ - 1e308 * 1e3 = -Infinity.
        Model model = fresh(CellKind.GRU);
        Model before = model.copy();
        Trainer trainer = new Trainer(model, new SgdMomentum(1e308, 0), 0);
        Targets huge = Targets.regression(LossKind.MSE_LAST, 1000, -1000, 1000, -1000);
        Trainer.StepResult r = trainer.step(input(), huge);
        assertTrue(Double.isFinite(r.loss()) && Double.isFinite(r.gradNorm()),
                "loss " + r.loss() + " and gradient norm " + r.gradNorm() + " are finite: the update overflows");
        assertTrue(r.diverged(), "an update that makes parameters infinite is a divergence");
        assertTrue(model.isFinite(), "the model must not keep infinite parameters");
        assertSameParameters(before, model, "after the overflowing step");
    }
}
