package org.gatelab.training.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.Targets;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextStreams;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DependenceTest {
    /** ‖∂L_p/∂x_s‖ against central differences of the prediction's loss in every one-hot entry of x_s. */
    @ParameterizedTest
    @EnumSource(CellKind.class)
    void theNormsAreTheGradientOfThatPredictionsLoss(CellKind cell) {
        String text = "abba cab\nbac";
        CharModel model = TextFixtures.model(cell, text, 5, 7);
        int p = 9;
        double[] norms = Dependence.of(model, text, p);
        assertEquals(p, norms.length);
        int v = model.vocabulary().size();
        double[] x = TextStreams.oneHot(model.vocabulary().encode(text.substring(0, p)), v).values();
        Targets target = Targets.classes(LossKind.CE_LAST, model.vocabulary().index(text.charAt(p)));
        SequenceRunner runner = new SequenceRunner();
        double h = 1e-6;
        for (int s = 0; s < p; s++) {
            double sq = 0;
            for (int k = 0; k < v; k++) {
                double[] up = x.clone();
                double[] down = x.clone();
                up[s * v + k] += h;
                down[s * v + k] -= h;
                double g = (runner.loss(model.model(), new SequenceBatch(p, 1, v, up), target)
                        - runner.loss(model.model(), new SequenceBatch(p, 1, v, down), target)) / (2 * h);
                sq += g * g;
            }
            assertEquals(Math.sqrt(sq), norms[s], 1e-7 * Math.max(1, norms[s]), "s = " + s);
        }
        assertTrue(Dependence.max(norms) > 0);
    }

    @ParameterizedTest
    @EnumSource(value = CellKind.class, names = "LSTM")
    void theFirstCharacterAndUnknownOnesHaveNoPredictionToExplain(CellKind cell) {
        CharModel model = TextFixtures.model(cell, "abc", 3, 1);
        assertThrows(IllegalArgumentException.class, () -> Dependence.of(model, "abc", 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dependence.of(model, "abz", 2));
        assertTrue(e.getMessage().contains("outside the model's vocabulary"), e.getMessage());
    }
}
