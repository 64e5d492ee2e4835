package org.gatelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.ParameterNames;
import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.figures.ConnectivityFigure;
import org.junit.jupiter.api.Test;

/** The bundled glossary reads cleanly, a broken one is reported line by line, and what it says of GateLab holds. */
class GlossaryTest {
    @Test
    void theBundledGlossaryHasTheTermsAClassExpects() {
        Glossary g = Glossary.bundled();
        for (String id : List.of("gate", "cell-state", "hidden-state", "bptt", "jacobian", "spectral-radius",
                "spectral-norm", "frobenius-norm", "vanishing-gradient", "exploding-gradient", "gradient-clipping",
                "forget-gate-bias", "chrono-initialisation", "teacher-forcing", "constant-error-carousel")) {
            Glossary.Entry e = g.entry(id);
            assertNotNull(e, id);
            assertTrue(e.markdown().length() > 80, id + " is explained");
        }
        assertEquals("Spectral radius", g.entry("spectral-radius").term());
        assertNull(g.entry("nonsense"));
    }

    @Test
    void aBrokenGlossaryIsReportedLineByLine() {
        String text = """
                # Glossary

                ## gate: Gate
                A vector between 0 and 1, see [the cell](glossary:cel-state).

                ## Cell state
                No id.

                ## gate: Gate again
                Twice.

                ## empty: Empty

                ## maths: Maths
                Broken $\\frac{a}{b$ here.
                """;
        GlossaryParser.Result r = GlossaryParser.parse(text, "glossary.md");
        assertNull(r.glossary());
        List<String> messages = r.problems().stream().map(LessonProblem::toString).toList();
        assertTrue(messages.contains("glossary.md:4: unknown glossary term \"cel-state\" (the glossary has: gate, "
                + "empty, maths)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("glossary.md:6: a glossary entry starts with \"## id: "
                + "Term\"")), messages.toString());
        assertTrue(messages.contains("glossary.md:9: \"gate\" is already an entry (line 3)"), messages.toString());
        assertTrue(messages.contains("glossary.md:12: \"empty\" has no explanation"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("glossary.md:15: maths: 1 { never closed")),
                messages.toString());
    }

    @Test
    void aNearMissIsSuggested() {
        GlossaryParser.Result r = GlossaryParser.parse("## spectral-radius: Spectral radius\nSee "
                + "[the norm](glossary:spectral-radios).\n", "g.md");
        assertEquals("g.md:2: unknown glossary term \"spectral-radios\" (did you mean spectral-radius?)",
                r.problems().get(0).toString());
    }

    // ---- what the entries say, checked -----------------------------------------------------------------

    private static double sigmoid(double a) {
        return 1 / (1 + Math.exp(-a));
    }

    @Test
    void theForgetGateBiasNumbersAndSetting() {
        assertEquals(0.73, sigmoid(1), 0.005);
        assertEquals(0.95, sigmoid(3), 0.005);
        int h = 4;
        Model m = Initializer.create(ModelConfig.of(CellKind.LSTM, 1, h, 1), InitSpec.pytorchDefault(2).withGateBias(3));
        int f = CellKind.LSTM.blockIndex(Gate.F) * h;
        for (int j = 0; j < h; j++) {
            assertEquals(3, m.parameter(ParameterNames.biasIh(0)).get(f + j));
            assertEquals(0, m.parameter(ParameterNames.biasHh(0)).get(f + j));
        }
    }

    /** "A gate that stays at f keeps about 1/(1 - f) steps; with f = σ(log u) that is 1 + u", and GateLab's chrono draw. */
    @Test
    void chronoInitialisation() {
        for (double u : new double[] {1, 7.5, 98}) {
            assertEquals(1 + u, 1 / (1 - sigmoid(Math.log(u))), 1e-9 * u);
        }
        int h = 64;
        int tMax = 100;
        Model m = Initializer.create(ModelConfig.of(CellKind.LSTM, 1, h, 1),
                new InitSpec(InitScheme.CHRONO, 4, Double.NaN, 1, tMax));
        double[] b = m.parameter(ParameterNames.biasIh(0)).values();
        int f = CellKind.LSTM.blockIndex(Gate.F) * h;
        int i = CellKind.LSTM.blockIndex(Gate.I) * h;
        for (int j = 0; j < h; j++) {
            assertTrue(b[f + j] >= 0 && b[f + j] <= Math.log(tMax - 1), "log u with u in [1, T_max - 1]");
            assertEquals(-b[f + j], b[i + j]);
        }
    }

    /** "GateLab counts a gate as saturated below 0.1 or above 0.9." */
    @Test
    void saturationThresholds() {
        assertEquals(0.1, ConnectivityFigure.LOW);
        assertEquals(0.9, ConnectivityFigure.HIGH);
    }

    /**
     * "The step Jacobian of the tanh RNN is diag(1 - h_t²) W_hh", and "GateLab's step Jacobian norm is the Frobenius
     * norm of ∂h_t/∂h_{t-1}": the recorded norm against the formula.
     */
    @Test
    void theStepJacobianOfTheTanhRnn() {
        int h = 5;
        Model m = Initializer.create(ModelConfig.of(CellKind.RNN, 1, h, 1), InitSpec.pytorchDefault(6));
        LayerTrace l = new SequenceRunner().trace(m, SequenceBatch.ofScalars(0.3, -0.8, 0.5, 1.1), null, null)
                .layer(0);
        DMatrixRMaj w = new DMatrixRMaj(h, h, true, m.parameter(ParameterNames.weightHh(0)).values());
        for (int t = 0; t < l.length(); t++) {
            DMatrixRMaj d = new DMatrixRMaj(h, h);
            for (int j = 0; j < h; j++) {
                double ht = l.hidden(t, 0, j);
                d.set(j, j, 1 - ht * ht);
            }
            DMatrixRMaj jac = new DMatrixRMaj(h, h);
            CommonOps_DDRM.mult(d, w, jac);
            assertEquals(NormOps_DDRM.normF(jac), l.stepJacobianNorm(t, 0), 1e-12);
        }
    }
}
