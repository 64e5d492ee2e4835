package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With several threads the batch is split into lanes that run the recurrence in parallel; every recorded
 * value must be the same, bit for bit, as on one thread.
 */
class ThreadedRunnerTest {

    /** Hidden 6 runs the scalar loops only; 20 whole vectors and a tail, in lanes of 5 sequences (4 + 1 rows). */
    @ParameterizedTest
    @CsvSource({"RNN, 6, false", "LSTM, 6, false", "GRU, 6, false", "RNN, 20, false", "LSTM, 20, false",
        "GRU, 20, false", "RNN, 6, true", "LSTM, 20, true", "GRU, 20, true"})
    void twoThreadsRecordExactlyWhatOneThreadRecords(CellKind cell, int hidden, boolean bidirectional) {
        int steps = 9;
        int batch = 10;
        Model model = TestModels.randomModel(new ModelConfig(cell, Nonlinearity.TANH, 3, hidden, 2, 2, bidirectional),
                11);
        SequenceBatch x = TestModels.randomInput(steps, batch, 3, 12);
        Targets y = TestModels.randomTargets(LossKind.MSE_ALL, steps, batch, 2, 13);
        Trace one = new SequenceRunner(1).trace(model, x, y, null);
        Trace two = new SequenceRunner(2).trace(model, x, y, null);
        assertEquals(one.loss(), two.loss(), 0.0);
        for (int k = 0; k < one.allLayers().size(); k++) {
            LayerTrace a = one.allLayers().get(k);
            LayerTrace b = two.allLayers().get(k);
            for (int t = 0; t < steps; t++) {
                for (int s = 0; s < batch; s++) {
                    assertEquals(a.stepJacobianNorm(t, s), b.stepJacobianNorm(t, s), 0.0);
                    for (int j = 0; j < hidden; j++) {
                        assertEquals(a.hidden(t, s, j), b.hidden(t, s, j), 0.0, "h");
                        assertEquals(a.gradHidden(t, s, j), b.gradHidden(t, s, j), 0.0, "dL/dh");
                        for (Gate g : cell.blocks()) {
                            assertEquals(a.gate(t, s, g, j), b.gate(t, s, g, j), 0.0, "gate");
                            assertEquals(a.gradPreActivation(t, s, g, j), b.gradPreActivation(t, s, g, j), 0.0);
                        }
                        if (cell.hasCellState()) {
                            assertEquals(a.gradCellState(t, s, j), b.gradCellState(t, s, j), 0.0, "dL/dc");
                        }
                    }
                }
            }
            for (int s = 0; s < batch; s++) {
                for (int j = 0; j < hidden; j++) {
                    assertEquals(a.gradInitialHidden(s, j), b.gradInitialHidden(s, j), 0.0, "dL/dh0");
                    if (cell.hasCellState()) {
                        assertEquals(a.gradInitialCell(s, j), b.gradInitialCell(s, j), 0.0, "dL/dc0");
                    }
                }
            }
        }
        for (String name : model.parameterNames()) {
            double[] ga = one.parameterGradients().get(name).values();
            double[] gb = two.parameterGradients().get(name).values();
            for (int i = 0; i < ga.length; i++) {
                assertEquals(ga[i], gb[i], 0.0, name);
            }
        }
    }
}
