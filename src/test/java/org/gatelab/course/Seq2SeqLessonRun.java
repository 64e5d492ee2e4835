package org.gatelab.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.viewmodel.seq2seq.Seq2SeqResults;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * The Sequence to sequence tab's run that lessons 11 and 12 both describe, made once per test run through the tab's
 * own view model: reverse, longest source 10, GRU, general attention, hidden 32, 8 epochs, 3000 pairs, seed 1
 * (about 30 s on 2 cores). No timing: the lessons state no time the tests could check.
 */
final class Seq2SeqLessonRun {
    private static Seq2SeqResults results;

    private Seq2SeqLessonRun() {
    }

    static synchronized Seq2SeqResults results() {
        if (results == null) {
            Seq2SeqViewModel m = new Seq2SeqViewModel(Runnable::run, false);
            assertTrue(m.setTask(Seq2SeqTaskKind.REVERSE));
            assertTrue(m.setLength(10));
            assertTrue(m.setCell(CellKind.GRU));
            assertTrue(m.setAttention(AttentionKind.GENERAL));
            assertTrue(m.setHidden(32));
            assertTrue(m.setEpochs(8));
            assertTrue(m.setTrainSize(3000));
            assertEquals(1, m.settings().training(AttentionKind.GENERAL).training().seed(), "seed 1");
            m.start();
            m.drain();
            results = m.resultsProperty().get();
            assertNotNull(results, m.statusProperty().get());
        }
        return results;
    }
}
