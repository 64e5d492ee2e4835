package org.gatelab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.AddingTask;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.TaskKind;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {
    private static final TrainingConfig D = TrainingDefaults.config();

    private static void refused(String message, Supplier<TrainingConfig> build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
        assertEquals(message, e.getMessage());
    }

    @Test
    void theDefaultsAreValidAndDescribed() {
        assertEquals(CellKind.LSTM, D.cell());
        assertEquals("lstm, hidden 32, adam lr 0.01, batch 32, clip 1, 20 epochs, seed 1", D.describe());
        ModelConfig m = D.modelConfig(AddingTask.defaults());
        assertEquals(2, m.inputSize());
        assertEquals(1, m.outputSize());
        assertEquals(32, m.hiddenSize());
    }

    @Test
    void everySettingIsCheckedWithItsRange() {
        refused("hidden size must be between 1 and 1024, got 0", () -> D.withHidden(0));
        refused("layers must be between 1 and 3, got 4", () -> D.withLayers(4));
        refused("learning rate must be between 0.000001 and 1000, got 2000", () -> D.withLearningRate(2000));
        refused("learning rate must be between 0.000001 and 1000, got NaN", () -> D.withLearningRate(Double.NaN));
        refused("momentum must be between 0 and 0.999, got 1", () -> D.withOptimizer(OptimizerKind.SGD, 1));
        refused("batch size must be between 1 and 1024, got 0", () -> D.withBatchSize(0));
        refused("clip norm must be between 0 (off) and 1000000, got -1", () -> D.withClipNorm(-1));
        refused("epochs must be between 1 and 10000, got 0", () -> D.withEpochs(0));
        refused("gate bias must be between -10 and 10, got 50", () -> D.withInit(InitScheme.XAVIER, 50));
        refused("initialization irnn is for the vanilla RNN, not the lstm (choose pytorch-default, xavier, orthogonal "
                + "or chrono)", () -> D.withInit(InitScheme.IRNN, Double.NaN));
        refused("initialization chrono needs a gated cell (lstm or gru), not the rnn",
                () -> D.withCell(CellKind.RNN).withInit(InitScheme.CHRONO, Double.NaN));
        refused("cell is required", () -> new TrainingConfig(null, null, 8, 1, 0.1, OptimizerKind.SGD, 0, 8, 0, 1, 1,
                InitScheme.XAVIER, Double.NaN));
    }

    @Test
    void changingTheCellDropsAnInitializationTheNewCellCannotUse() {
        TrainingConfig chrono = D.withInit(InitScheme.CHRONO, Double.NaN);
        assertEquals(InitScheme.PYTORCH_DEFAULT, chrono.withCell(CellKind.RNN).init());
        assertEquals(InitScheme.CHRONO, chrono.withCell(CellKind.GRU).init());
        assertEquals(100, chrono.initSpec(AddingTask.defaults().withLength(100)).chronoMaxLength());
    }

    @Test
    void parsingNamesTheChoices() {
        assertEquals(OptimizerKind.SGD, OptimizerKind.parse(" SGD "));
        assertEquals("unknown optimizer \"rmsprop\" (expected sgd or adam)",
                assertThrows(IllegalArgumentException.class, () -> OptimizerKind.parse("rmsprop")).getMessage());
        assertEquals(TaskKind.RANDOM_WALK, TaskKind.parse("random_walk"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TaskKind.parse("stocks")).getMessage()
                .startsWith("unknown task \"stocks\""));
    }
}
