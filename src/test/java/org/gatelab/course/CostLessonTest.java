package org.gatelab.course;

import static org.gatelab.course.Course.check;
import static org.gatelab.course.Course.choice;
import static org.gatelab.course.Course.read;
import static org.gatelab.course.Course.scene;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Int8Quantization;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.io.ModelFiles;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.tasks.AddingTask;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.training.cost.ModelCost;
import org.gatelab.training.cost.QuantizationCheck;
import org.gatelab.viewmodel.seq2seq.CostRow;
import org.gatelab.viewmodel.seq2seq.Seq2SeqResults;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.QuantScheme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lesson 12, "What a model costs on a device": the counts it states (from the engine's shapes and the training
 * package's cost model) and the Sequence to sequence tab's cost table with lesson 11's settings
 * ({@link Seq2SeqLessonRun}). The times it quotes are BENCHMARKS.md's measurements, which no test asserts.
 */
@Tag("slow")
class CostLessonTest {
    private static final Lesson L = Course.lesson("12-what-a-model-costs");

    @Test
    void theLstmHas17217Parameters() {
        Check.Predict p = check(L, "Bytes", Check.Predict.class);
        assertEquals(4 * 64 * (1 + 64 + 2) + 65, read(p.probe(), scene(L, "Bytes")), 0.0);
        assertEquals(17_217, read(p.probe(), scene(L, "Bytes")), 0.0);
    }

    @Test
    void aGruDoesThreeQuartersOfTheLstmsMultiplyAdds() {
        choice(L, "Work per step", 1);
        ModelCost lstm = cost(CellKind.LSTM, 32, 64);
        ModelCost gru = cost(CellKind.GRU, 32, 64);
        assertEquals(4L * 64 * (32 + 64) + 64, lstm.macsPerStep(), "the products, and the head's 64");
        assertEquals(0.75, (double) (gru.macsPerStep() - 64) / (lstm.macsPerStep() - 64), 0.0);
        assertEquals(5 * 64, lstm.squashingsPerStep(), "5H");
        assertEquals(3 * 64, gru.squashingsPerStep(), "3H");
        assertEquals(2 * 64, lstm.stateFloats(), "h and c");
        assertEquals(64, gru.stateFloats());
    }

    /** The times the lesson quotes are BENCHMARKS.md's rows, and their ratio is about 0.85 in both libraries. */
    @Test
    void theQuotedTimesAreTheBenchmarksAndGiveAbout85Percent() throws java.io.IOException {
        choice(L, "Does the GRU train faster?", 2);
        String text = Course.step(L, "Does the GRU train faster?").markdown().replaceAll("\\s+", " ");
        assertTrue(text.contains("LSTM took 45 to 46 ms, its GRU 39 ms; PyTorch 1.13's `nn.LSTM` 60 ms and "
                + "`nn.GRU` 51 ms"), text);
        List<String> bench = java.nio.file.Files.readAllLines(java.nio.file.Path.of("BENCHMARKS.md"));
        assertTrue(bench.stream().anyMatch(l -> l.startsWith("| LSTM, batch 32, what training needs | 45 to 46 |")
                && l.contains("| 60 |")), "BENCHMARKS.md's LSTM row");
        assertTrue(bench.stream().anyMatch(l -> l.startsWith("| GRU, batch 32, what training needs | 39 |")
                && l.contains("| 51 |")), "BENCHMARKS.md's GRU row");
        assertEquals(0.85, 39 / 45.5, 0.01);
        assertEquals(0.85, 51.0 / 60, 0.01);
    }

    @Test
    void int8MovesTheAccuracyByATenthOfAPoint() {
        choice(L, "Int8 weights", 3);
        Seq2SeqResults r = Seq2SeqLessonRun.results();
        assertEquals("47,912", row(r, "Bytes at float32").with());
        assertEquals("15,088", row(r, "Bytes at int8").with());
        assertEquals(0.31, 15_088.0 / 47_912, 0.005, "31 %");
        CostRow accuracy = row(r, "Validation accuracy per symbol");
        assertEquals("65.7 % → 65.8 %", accuracy.without());
        assertEquals("88.8 % → 88.7 %", accuracy.with());
    }

    /**
     * The bundled adding-problem GRU rounded to int8 both ways and measured on its training run's validation set,
     * as {@code gatelab cost --weights ... --task adding --length 100 --quantize per-tensor,per-row} does.
     */
    @Test
    void theBundledGrusMseDoublesPerTensorAndStaysPerRow() throws java.io.IOException {
        choice(L, "A small GRU on a device", 2);
        Model gru = ModelFiles.load(Path.of("assets", "models", "adding-T100-gru.safetensors"), null, null);
        TaskData data = new AddingTask(100, TaskDefaults.ADDING_TRAIN_SIZE, TaskDefaults.ADDING_VALIDATION_SIZE)
                .generate(1);
        assertEquals(500, data.validation().size());
        QuantizationCheck perTensor = QuantizationCheck.of(gru, data, QuantScheme.PER_TENSOR);
        QuantizationCheck perRow = QuantizationCheck.of(gru, data, QuantScheme.PER_ROW);
        assertEquals(3_489, gru.valueCount());
        assertEquals(13_956, 4 * gru.valueCount());
        assertEquals(4_080, perTensor.report().bytes());
        assertEquals(4_840, perRow.report().bytes());
        assertEquals(0.29, 4_080.0 / 13_956, 0.005, "29 %");
        assertEquals(0.35, 4_840.0 / 13_956, 0.005, "35 %");
        assertEquals(0.000174, perTensor.before().loss(), 5e-7, "float64");
        assertEquals(0.000369, perTensor.after().loss(), 5e-7, "per tensor: about double");
        assertEquals(0.000155, perRow.after().loss(), 5e-7, "per row: about where it was");
        assertEquals(0.012, perTensor.report().relativeRmsError(), 0.0005, "1.2 %");
        assertEquals(0.004, perRow.report().relativeRmsError(), 0.0005, "0.4 %");
        assertEquals(0.169, data.baselineValLoss(), 0.0005, "always answering the mean");
        assertEquals(0.02, Math.sqrt(perTensor.after().loss()), 0.001, "within about 0.02 of the sum");
        assertEquals(255, 2 * Int8Quantization.LEVELS + 1, "levels per weight");
    }

    @Test
    void aStreamKeepsItsStateATransformerItsCache() {
        choice(L, "Memory while streaming", 4);
        Seq2SeqResults r = Seq2SeqLessonRun.results();
        CostRow memory = row(r, "Numbers kept to write the next symbol, source of 1000");
        assertEquals("32", memory.without());
        assertEquals("64,032", memory.with());
        assertEquals("64,000", memory.transformer());
        assertEquals(128, cost(CellKind.LSTM, 1, 64).stateFloats());
    }

    private static ModelCost cost(CellKind cell, int inputs, int hidden) {
        Model m = Initializer.create(new ModelConfig(cell, Nonlinearity.TANH, inputs, hidden, 1, 1),
                new InitSpec(InitScheme.PYTORCH_DEFAULT, 1, Double.NaN, 1.0, 3));
        return ModelCost.of(m, List.of(10L));
    }

    private static CostRow row(Seq2SeqResults r, String start) {
        return r.cost().stream().filter(c -> c.label().startsWith(start)).findFirst().orElseThrow();
    }
}
