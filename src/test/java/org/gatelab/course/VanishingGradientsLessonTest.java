package org.gatelab.course;

import static org.gatelab.course.Course.check;
import static org.gatelab.course.Course.choice;
import static org.gatelab.course.Course.compute;
import static org.gatelab.course.Course.layer;
import static org.gatelab.course.Course.read;
import static org.gatelab.course.Course.scene;
import static org.gatelab.course.Course.train;
import static org.gatelab.course.Course.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.gatelab.engine.Model;
import org.gatelab.engine.ParameterNames;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import org.gatelab.viewmodel.workspace.WorkspaceComputation;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.vocabulary.RunStatus;
import org.junit.jupiter.api.Test;

/** Lesson 3, "Vanishing and exploding gradients": the claims its steps make about its own scenes. */
class VanishingGradientsLessonTest {
    private static final Lesson L = Course.lesson("03-vanishing-gradients");

    private static double[] curve(Scene s) {
        return layer(s).gradHiddenNormCurve();
    }

    @Test
    void theGradientIsLargestNextToTheLoss() {
        choice(L, "The gradient curve", 2);
        double[] c = curve(scene(L, "The gradient curve"));
        for (int t = 0; t < c.length - 1; t++) {
            assertTrue(c[t] < c[c.length - 1], "t = " + t);
        }
    }

    @Test
    void theFirstStepDoesNotShowTheCurveItAsksAbout() {
        assertFalse(scene(L, "The gradient curve").views().contains(org.gatelab.vocabulary.ViewKind.GRADIENT_FLOW));
        assertTrue(scene(L, "How fast it falls").views().contains(org.gatelab.vocabulary.ViewKind.GRADIENT_FLOW));
    }

    @Test
    void thePerStepFactorIsTheSpectralRadiusTimesTheMeanSlope() {
        Check.Predict p = check(L, "How fast it falls", Check.Predict.class);
        Scene s = scene(L, "How fast it falls");
        LayerTrace l = layer(s);
        double[] c = curve(s);
        // "ρ(W_hh) ≈ 0.49 and the slopes average about 0.81 over the run, and ||dL/dh_29|| ≈ 0.49"
        double rho = Norms.of(Norms.whh(s)).radius();
        assertEquals(0.49, rho, 0.005);
        double slopes = 0;
        for (int t = 0; t < l.length(); t++) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                slopes += 1 - l.hidden(t, 0, u) * l.hidden(t, 0, u);
            }
        }
        slopes /= l.length() * l.hiddenSize();
        assertEquals(0.81, slopes, 0.005);
        assertEquals(0.49, c[29], 0.005);
        // "About 0.0044": the learner who multiplies by ρ x slope five times is within the tolerance
        double at24 = read(p.probe(), s);
        assertEquals(0.0044, at24, 0.00005);
        assertTrue(Math.abs(c[29] * Math.pow(rho * slopes, 5) - at24) <= p.tolerance());
        // and the answers of the misconceptions are not: no shrinking, halving, ρ alone, the spectral norm
        for (double factor : new double[] {1, 0.5, rho, Norms.of(Norms.whh(s)).spectral() * slopes}) {
            assertTrue(Math.abs(c[29] * Math.pow(factor, 5) - at24) > p.tolerance(), "factor " + factor);
        }
    }

    @Test
    void itFallsByMoreThanTenBillionTimesOverThirtySteps() {
        double[] c = curve(scene(L, "How fast it falls"));
        double first = c[0];
        double last = c[c.length - 1];
        assertTrue(last / first > 1e10, first + " at t = 0, " + last + " at the end");
        // "About 0.49 at t = 29 and about 2.5e-12 at t = 0 ... roughly 0.4 per step"
        assertTrue(last > 0.4 && last < 0.6, "last " + last);
        assertTrue(first > 1e-12 && first < 5e-12, "first " + first);
        double perStep = Math.pow(first / last, 1.0 / (c.length - 1));
        assertEquals(0.41, perStep, 0.005);
        // "0.41^29 is about 5e-12, and 0.49 times that is 2.5e-12: a factor of 2e11"
        assertEquals(5e-12, Math.pow(0.41, 29), 1e-12);
        assertEquals(2e11, last / first, 0.05e11);
    }

    @Test
    void withoutWhhNoGradientReachesPastTheLastStep() {
        Check.Predict p = check(L, "No recurrence, no gradient", Check.Predict.class);
        Scene s = scene(L, "No recurrence, no gradient");
        assertEquals(0.0, read(p.probe(), s), 0.0);
        double[] c = curve(s);
        for (int t = 0; t < c.length - 1; t++) {
            assertEquals(0.0, c[t], 0.0, "t = " + t);
        }
        assertTrue(c[c.length - 1] > 0.1);
    }

    private static double spectralRadius(Scene s) {
        WorkspaceResult r = compute(s);
        Model m = WorkspaceComputation.model(r.settings(), r.settings().cell());
        Tensor w = m.parameter(ParameterNames.weightHh(0));
        int h = w.dim(0);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h, false);
        assertTrue(eig.decompose(new DMatrixRMaj(h, h, true, w.values())));
        double radius = 0;
        for (int i = 0; i < h; i++) {
            radius = Math.max(radius, eig.getEigenvalue(i).getMagnitude());
        }
        return radius;
    }

    @Test
    void aLittleMoreThanSpectralRadiusOneLetsTheGradientThrough() {
        Check.Task task = check(L, "The W_hh scale", Check.Task.class);
        Scene s = scene(L, "The W_hh scale");
        // "about 1.54", "about 1.00", "about 0.49"; "Always Frobenius ≥ spectral norm ≥ spectral radius"; the
        // W_hh scale multiplies all three
        Norms n = Norms.of(Norms.whh(s));
        assertEquals(1.54, n.frobenius(), 0.005);
        assertEquals(1.00, n.spectral(), 0.005);
        assertEquals(0.49, n.radius(), 0.005);
        double radius = spectralRadius(s);
        assertEquals(n.radius(), radius, 1e-9);
        Norms twice = Norms.of(Norms.whh(with(s, "recurrent_scale: 2")));
        assertEquals(2 * n.frobenius(), twice.frobenius(), 1e-9);
        assertEquals(2 * n.spectral(), twice.spectral(), 1e-9);
        assertEquals(2 * radius, spectralRadius(with(s, "recurrent_scale: 2")), 1e-9);
        // "A scale of 2 brings the spectral radius to about 0.98"
        assertEquals(0.98, twice.radius(), 0.005);
        assertFalse(task.met(read(task.probe(), s)));
        // "A scale of 2 brings the spectral radius to about 1, yet the gradient at t = 0 is still only about 4e-4"
        double at2 = read(task.probe(), with(s, "recurrent_scale: 2"));
        assertTrue(at2 > 2e-4 && at2 < 8e-4, "scale 2: " + at2);
        assertFalse(task.met(at2));
        // "At about 2.4 it passes 0.01"
        assertFalse(task.met(read(task.probe(), with(s, "recurrent_scale: 2.2"))));
        assertTrue(task.met(read(task.probe(), with(s, "recurrent_scale: 2.4"))));
    }

    @Test
    void atScaleEightTheGradientExplodesAndAtTenSaturationKillsItAgain() {
        choice(L, "Exploding gradients", 3);
        Scene s = scene(L, "Exploding gradients");
        double[] c = curve(s);
        double first = c[0];
        double last = c[c.length - 1];
        // "About 500 at t = 0 against about 1 at t = 29"
        assertTrue(first / last > 100, first + " at t = 0, " + last + " at the end");
        assertTrue(first > 200 && first < 1000, "first " + first);
        assertTrue(last > 0.5 && last < 2, "last " + last);
        // "set the scale to 10: the gradient at t = 0 collapses again, below 1e-4"; "With the scale at 10 most units
        // sit at -1 or +1"
        Scene ten = with(s, "recurrent_scale: 10");
        assertTrue(curve(ten)[0] < 1e-4);
        LayerTrace l = layer(ten);
        int saturated = 0;
        for (int t = 0; t < l.length(); t++) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                saturated += Math.abs(l.hidden(t, 0, u)) > 0.95 ? 1 : 0;
            }
        }
        assertTrue(saturated > 0.5 * l.length() * l.hiddenSize(), saturated + " saturated of 240");
        // "Scaling W_hh scales its spectral radius with it: 10 x 0.49 ≈ 4.9"
        assertEquals(4.9, spectralRadius(ten), 0.05);
    }

    @Test
    void withoutClippingTheRunDivergesInItsFirstEpochAtFiftyStepsAndAtTen() {
        choice(L, "Divergence in training", 4);
        Course.Trained run = train(L, "Divergence in training");
        assertEquals(RunStatus.DIVERGED, run.result().status(), run.result().message());
        assertTrue(run.result().epochs().isEmpty(), "it diverged in the first epoch: " + run.result().message());
        assertTrue(run.result().message().contains("10,000 times"), run.result().message());
        // the lab reports the gradient norm at the stop (the first option reads it)
        assertTrue(run.result().message().contains("global gradient norm 5.85e+03"), run.result().message());
        // "the same settings diverge at T = 10 too ... with a gradient norm of about 20,000"
        Course.Trained ten = Course.trainNow(with(scene(L, "Divergence in training"), "task.length: 10"));
        assertEquals(RunStatus.DIVERGED, ten.result().status(), ten.result().message());
        assertTrue(ten.result().epochs().isEmpty());
        assertTrue(ten.result().message().contains("global gradient norm 2.05e+04"), ten.result().message());
        // "all its eigenvalues have modulus 1"
        for (double m : eigenvalueModuli(scene(L, "Divergence in training"))) {
            assertEquals(1.0, m, 1e-9);
        }
    }

    /** The moduli of the eigenvalues of the lab's initial W_hh (hidden 32, orthogonal, seed 1). */
    private static double[] eigenvalueModuli(Scene s) {
        try {
            var e = org.gatelab.viewmodel.lesson.SceneSettings.lab(s, "test");
            Model m = org.gatelab.engine.Initializer.create(e.config().modelConfig(e.task()),
                    e.config().initSpec(e.task()));
            Tensor w = m.parameter(ParameterNames.weightHh(0));
            int h = w.dim(0);
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h, false);
            assertTrue(eig.decompose(new DMatrixRMaj(h, h, true, w.values())));
            double[] out = new double[h];
            for (int i = 0; i < h; i++) {
                out[i] = eig.getEigenvalue(i).getMagnitude();
            }
            return out;
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void withClippingTheSameRunCompletesAndMostFirstEpochBatchesAreClipped() {
        choice(L, "Gradient clipping", 1);
        Course.Trained run = train(L, "Gradient clipping");
        assertEquals(RunStatus.COMPLETED, run.result().status(), run.result().message());
        assertEquals(3, run.result().epochs().size());
        // "about two thirds of the batches are clipped, with gradient norms up to about 8 against a mean of about 2.5"
        assertEquals(2.0 / 3, run.epoch(1).clippedFraction(), 0.05);
        assertEquals(8, run.epoch(1).gradNormMax(), 0.5);
        assertEquals(2.5, run.epoch(1).gradNormMean(), 0.1);
    }
}
