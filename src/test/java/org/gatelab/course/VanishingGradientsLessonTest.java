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
    void itFallsByMoreThanTenBillionTimesOverThirtySteps() {
        choice(L, "How fast it falls", 3);
        double[] c = curve(scene(L, "How fast it falls"));
        double first = c[0];
        double last = c[c.length - 1];
        assertTrue(last / first > 1e10, first + " at t = 0, " + last + " at the end");
        // "About 0.49 at t = 29 and about 2.5e-12 at t = 0 ... roughly 0.4 per step"
        assertTrue(last > 0.4 && last < 0.6, "last " + last);
        assertTrue(first > 1e-12 && first < 5e-12, "first " + first);
        double perStep = Math.pow(first / last, 1.0 / (c.length - 1));
        assertTrue(perStep > 0.35 && perStep < 0.45, "per step " + perStep);
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
        Check.Task task = check(L, "The spectral-radius knob", Check.Task.class);
        Scene s = scene(L, "The spectral-radius knob");
        // "for this seed its spectral radius is about 0.49"; recurrent_scale multiplies it
        double radius = spectralRadius(s);
        assertTrue(radius > 0.45 && radius < 0.53, "spectral radius " + radius);
        assertEquals(2 * radius, spectralRadius(with(s, "recurrent_scale: 2")), 1e-9);
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
        choice(L, "Exploding gradients", 2);
        Scene s = scene(L, "Exploding gradients");
        double[] c = curve(s);
        double first = c[0];
        double last = c[c.length - 1];
        // "About 500 at t = 0 against about 1 at t = 29"
        assertTrue(first / last > 100, first + " at t = 0, " + last + " at the end");
        assertTrue(first > 200 && first < 1000, "first " + first);
        assertTrue(last > 0.5 && last < 2, "last " + last);
        // "Try 10 as well. The gradient at t = 0 collapses again, below 1e-4"
        assertTrue(curve(with(s, "recurrent_scale: 10"))[0] < 1e-4);
    }

    @Test
    void withoutClippingTheRunDivergesInItsFirstEpoch() {
        choice(L, "Exploding gradients in training", 2);
        Course.Trained run = train(L, "Exploding gradients in training");
        assertEquals(RunStatus.DIVERGED, run.result().status(), run.result().message());
        assertTrue(run.result().epochs().isEmpty(), "it diverged in the first epoch: " + run.result().message());
        assertTrue(run.result().message().contains("10,000 times"), run.result().message());
    }

    @Test
    void withClippingTheSameRunCompletesAndMostFirstEpochBatchesAreClipped() {
        choice(L, "Gradient clipping", 2);
        Course.Trained run = train(L, "Gradient clipping");
        assertEquals(RunStatus.COMPLETED, run.result().status(), run.result().message());
        assertEquals(3, run.result().epochs().size());
        assertTrue(run.epoch(1).clippedFraction() > 0.5, "clipped in epoch 1: " + run.epoch(1).clippedFraction());
        assertTrue(run.epoch(1).gradNormMax() > 1, "largest gradient norm " + run.epoch(1).gradNormMax());
    }
}
