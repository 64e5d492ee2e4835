package org.gatelab.viewmodel.seq2seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.Seq2SeqRunner;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.tasks.seq2seq.Seq2SeqData;
import org.gatelab.tasks.seq2seq.SymbolPairs;
import org.gatelab.training.cost.ModelCost;
import org.gatelab.training.seq2seq.Seq2SeqEvaluation;
import org.gatelab.training.seq2seq.Seq2SeqTrainingRun;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.DecoderFeed;
import org.gatelab.vocabulary.Seq2SeqTaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tab's view model against the training package and the engine run on their own with the same settings:
 * every accuracy, the example's attention and input gradients, and the cost table's counts are theirs. Tiny
 * settings (reversing 2 to 5 symbols, 200 pairs, a GRU of 8, 2 epochs), no timing, the worker runs in place.
 */
class Seq2SeqViewModelTest {

    static Seq2SeqViewModel tiny(Seq2SeqViewModel m) {
        assertTrue(m.setTask(Seq2SeqTaskKind.REVERSE));
        assertTrue(m.setLength(5));
        assertTrue(m.setCell(CellKind.GRU));
        assertTrue(m.setAttention(AttentionKind.DOT));
        assertTrue(m.setHidden(8));
        assertTrue(m.setEpochs(2));
        assertTrue(m.setTrainSize(200));
        return m;
    }

    private static Seq2SeqViewModel ran() {
        Seq2SeqViewModel m = tiny(new Seq2SeqViewModel(Runnable::run, false));
        assertTrue(m.start());
        m.drain();
        assertFalse(m.isRunning());
        return m;
    }

    @Test
    void theResultsAreTheTrainingRunsAndTheEnginesOwn() {
        Seq2SeqViewModel m = ran();
        Seq2SeqResults r = m.resultsProperty().get();
        assertNotNull(r, m.statusProperty().get());
        Seq2SeqSettings s = m.settings();
        Seq2SeqData data = s.createTask().generate(s.training(AttentionKind.NONE).training().seed());
        int example = Seq2SeqJob.longestPair(data.validation());
        assertEquals(5, data.validation().sourceLength(example));
        assertEquals(data.chanceAccuracy(), r.chanceAccuracy(), 0.0);
        List<Seq2SeqModel> models = new ArrayList<>();
        for (AttentionKind kind : List.of(AttentionKind.NONE, AttentionKind.DOT)) {
            Seq2SeqTrainingRun run = new Seq2SeqTrainingRun(data, s.training(kind), null, 1);
            run.run();
            Seq2SeqEvaluation v = run.reports().get(1).validation();
            ModelOutcome o = kind.attends() ? r.with() : r.without();
            assertEquals(kind, o.attention());
            assertEquals(2, o.epochs());
            assertEquals(v.symbolAccuracy(), o.symbolAccuracy(), 0.0);
            assertEquals(v.sequenceAccuracy(), o.sequenceAccuracy(), 0.0);
            Map<Integer, Double> byLength = v.symbolAccuracyByLength();
            assertArrayEquals(byLength.keySet().stream().mapToDouble(Integer::doubleValue).toArray(), o.lengths());
            assertArrayEquals(byLength.values().stream().mapToDouble(Double::doubleValue).toArray(),
                    o.accuracyByLength());
            Seq2SeqTrace own = new Seq2SeqRunner(1).trace(run.lastGoodModel(),
                    data.validation().batch(new int[] {example}), DecoderFeed.GREEDY);
            Seq2SeqTrace shown = o.example();
            assertEquals(own.loss(), shown.loss(), 0.0);
            for (int step = 0; step < own.targetLength(); step++) {
                assertEquals(data.task().targetAlphabet().symbol(own.predicted(step, 0)), o.predicted().get(step));
                for (int t = 0; t < own.sourceLength(); t++) {
                    assertEquals(own.inputGradientNorm(step, 0, t), shown.inputGradientNorm(step, 0, t), 0.0);
                    if (kind.attends()) {
                        assertEquals(own.attention().weight(step, 0, t), shown.attention().weight(step, 0, t), 0.0);
                    }
                }
            }
            models.add(run.lastGoodModel());
        }
        SymbolPairs v = data.validation();
        assertEquals(Seq2SeqJob.longestPair(v), example);
        assertEquals(data.task().sourceAlphabet().text(v.source(example)), String.join("", r.source()));
        assertEquals(data.task().targetAlphabet().text(v.target(example)), String.join("", r.target()));

        ModelCost a = ModelCost.of(models.get(0), List.of(5L, Seq2SeqCostTable.LONG_CONTEXT));
        ModelCost b = ModelCost.of(models.get(1), List.of(5L, Seq2SeqCostTable.LONG_CONTEXT));
        CostRow params = r.cost().get(0);
        assertEquals(Seq2SeqCostTable.count(a.parameters()), params.without());
        assertEquals(Seq2SeqCostTable.count(b.parameters()), params.with());
        CostRow memoryLong = r.cost().stream().filter(c -> c.label().startsWith("Numbers kept")
                && c.label().endsWith(" " + Seq2SeqCostTable.LONG_CONTEXT)).findFirst().orElseThrow();
        assertEquals(Seq2SeqCostTable.count(a.contexts().get(1).modelFloats()), memoryLong.without());
        assertEquals(Seq2SeqCostTable.count(b.contexts().get(1).modelFloats()), memoryLong.with());
        assertEquals(Seq2SeqCostTable.count(b.contexts().get(1).transformerFloats()), memoryLong.transformer());
        assertTrue(r.cost().stream().noneMatch(c -> c.label().startsWith("Measured")), "no timing asked for");
        assertTrue(r.cost().get(r.cost().size() - 1).label().contains("int8"));
    }

    @Test
    void theExampleDecodesStepByStepAndTheGradientFollowsTheLastStep() {
        Seq2SeqViewModel m = ran();
        Seq2SeqResults r = m.resultsProperty().get();
        assertEquals(0, m.decodedProperty().get());
        assertEquals(0, m.focusStep());
        int steps = r.decoderSteps();
        for (int k = 1; k < steps; k++) {
            assertTrue(m.advance());
            assertEquals(k, m.decodedProperty().get());
            assertEquals(k - 1, m.focusStep());
        }
        assertFalse(m.advance(), "the last step");
        assertFalse(m.advance(), "nothing after it");
        assertEquals(steps, m.decodedProperty().get());
        for (boolean with : new boolean[] {false, true}) {
            Seq2SeqTrace trace = (with ? r.with() : r.without()).example();
            double[] g = m.inputGradient(with);
            assertEquals(trace.sourceLength(), g.length);
            for (int t = 0; t < g.length; t++) {
                assertEquals(trace.inputGradientNorm(steps - 1, 0, t), g[t], 0.0);
            }
        }
        m.rewind();
        assertEquals(0, m.decodedProperty().get());
        m.showAll();
        assertEquals(steps, m.decodedProperty().get());
    }

    @ParameterizedTest
    @CsvSource({"SORT, LSTM, ADDITIVE", "DATES, RNN, GENERAL"})
    void everyTaskAndCellRunsToResults(Seq2SeqTaskKind task, CellKind cell, AttentionKind attention) {
        Seq2SeqViewModel m = tiny(new Seq2SeqViewModel(Runnable::run, false));
        assertTrue(m.setTask(task));
        assertTrue(m.setCell(cell));
        assertTrue(m.setAttention(attention));
        assertTrue(m.setEpochs(1));
        assertTrue(m.start());
        m.drain();
        Seq2SeqResults r = m.resultsProperty().get();
        assertNotNull(r, m.statusProperty().get());
        assertEquals(attention, r.with().attention());
        assertEquals(r.target().size(), r.with().example().targetLength());
        assertEquals(r.source().size(), r.without().example().sourceLength());
        assertEquals(r.with().predicted().size(), r.decoderSteps());
    }

    @Test
    void badSettingsAreRefusedByNameAndTheOldValueStays() {
        Seq2SeqViewModel m = new Seq2SeqViewModel(Runnable::run, false);
        Seq2SeqSettings before = m.settings();
        assertFalse(m.setLength(0));
        assertTrue(m.problemProperty().get().contains("longest source"), m.problemProperty().get());
        assertFalse(m.setAttention(AttentionKind.NONE));
        assertTrue(m.problemProperty().get().contains("attention"), m.problemProperty().get());
        assertFalse(m.setTrainSize(5));
        assertTrue(m.problemProperty().get().contains("training pairs"), m.problemProperty().get());
        assertEquals(before, m.settings());
        assertTrue(m.setHidden(16));
        assertEquals("", m.problemProperty().get());
        assertTrue(m.setTask(Seq2SeqTaskKind.DATES));
        assertFalse(Seq2SeqSettings.takesLength(m.settings().task()));
    }

    @Test
    void aCancelledRunKeepsTheLastResultsAndSaysSo() {
        List<Runnable> queued = new ArrayList<>();
        Seq2SeqViewModel m = tiny(new Seq2SeqViewModel(queued::add, false));
        assertTrue(m.start());
        assertTrue(m.isRunning());
        assertFalse(m.start(), "one run at a time");
        m.cancel();
        queued.remove(0).run();
        m.drain();
        assertFalse(m.isRunning());
        assertNull(m.resultsProperty().get());
        assertTrue(m.statusProperty().get().startsWith("Stopped"), m.statusProperty().get());
    }
}
