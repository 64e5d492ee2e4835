package org.gatelab.course;

import static org.gatelab.course.Course.check;
import static org.gatelab.course.Course.choice;
import static org.gatelab.course.Course.read;
import static org.gatelab.course.Course.scene;
import static org.gatelab.course.Course.with;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.engine.Seq2SeqConfig;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.Scene;
import org.gatelab.viewmodel.seq2seq.CostRow;
import org.gatelab.viewmodel.seq2seq.ModelOutcome;
import org.gatelab.viewmodel.seq2seq.Seq2SeqResults;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lesson 11, "The bottleneck, and attention as the bridge to transformers": the workspace task, and every claim
 * about the Sequence to sequence tab, run through the tab's own view model with the lesson's settings
 * ({@link Seq2SeqLessonRun}).
 */
@Tag("slow")
class BottleneckLessonTest {
    private static final Lesson L = Course.lesson("11-bottleneck-and-attention");
    private static Seq2SeqResults results;

    @BeforeAll
    static void trainBoth() {
        results = Seq2SeqLessonRun.results();
    }

    @Test
    void theSignalReachingStepZeroFadesAsTheSourceGrows() {
        Check.Task task = check(L, "Everything through one state", Check.Task.class);
        Scene s = scene(L, "Everything through one state");
        assertFalse(task.met(read(task.probe(), s)), "a source of 3 steps");
        assertFalse(task.met(read(task.probe(), with(s, "length: 10"))));
        assertTrue(task.met(read(task.probe(), with(s, "length: 20"))));
        double previous = Double.POSITIVE_INFINITY;
        for (int n : new int[] {3, 5, 10, 15, 20, 30}) {
            double g = read(task.probe(), with(s, "length: " + n));
            assertTrue(g < previous, "weaker at length " + n);
            previous = g;
        }
    }

    @Test
    void withoutAttentionTheAccuracyFallsWithTheLength() {
        choice(L, "Predict the bottleneck", 3);
        assertEquals(0.1, results.chanceAccuracy(), 1e-12, "chance gets 10 %");
        ModelOutcome none = results.without();
        assertArrayEquals(new double[] {2, 3, 4, 5, 6, 7, 8, 9, 10}, none.lengths());
        double[] a = none.accuracyByLength();
        assertEquals(1.0, a[0], 0.0, "every symbol right at 2");
        assertEquals(1.0, a[1], 0.0, "and at 3");
        for (int i = 2; i < a.length; i++) {
            assertTrue(a[i] < a[i - 1], "falls at every length from 4 on: " + java.util.Arrays.toString(a));
        }
        assertEquals(0.46, a[a.length - 1], 0.005, "46 % at 10");
        assertEquals(0.66, none.symbolAccuracy(), 0.005, "66 % in all");
    }

    @Test
    void withAttentionItHoldsMuchLonger() {
        ModelOutcome general = results.with();
        assertEquals(AttentionKind.GENERAL, general.attention());
        double[] a = general.accuracyByLength();
        for (int i = 0; i <= 3; i++) {
            assertEquals(1.0, a[i], 0.0, "every symbol right up to 5 symbols: " + java.util.Arrays.toString(a));
        }
        assertEquals(0.99, a[4], 0.005, "99 % at 6");
        assertEquals(0.86, a[a.length - 1], 0.005, "86 % at 10");
        assertEquals(0.89, general.symbolAccuracy(), 0.005, "89 % in all");
    }

    @Test
    void theAttentionRunsAlongTheAntiDiagonal() {
        choice(L, "Predict where attention looks", 2);
        Seq2SeqTrace trace = results.with().example();
        int t = trace.sourceLength();
        assertEquals(10, t, "one of the longest validation pairs");
        assertEquals(10, trace.targetLength());
        for (int s = 0; s < trace.targetLength(); s++) {
            assertEquals(t - 1 - s, argmax(s, trace, true), "row " + s);
        }
    }

    @Test
    void theGradientFindsTheSymbolToCopyOnlyWithAttention() {
        choice(L, "The gradient back to the inputs", 1);
        Seq2SeqTrace without = results.without().example();
        Seq2SeqTrace with = results.with().example();
        int t = with.sourceLength();
        int found = 0;
        for (int s = 0; s < with.targetLength(); s++) {
            assertEquals(t - 1, argmax(s, without, false), "without attention: the last symbol read, output " + s);
            found += argmax(s, with, false) == t - 1 - s ? 1 : 0;
        }
        assertEquals(8, found, "with attention: the symbol to copy for 8 of the 10 outputs");
    }

    @Test
    void attentionCostsParametersAndMemoryThatGrowsWithTheSource() {
        choice(L, "From attention to transformers", 4);
        Seq2SeqConfig c = new Seq2SeqConfig(CellKind.GRU, null, 10, 10, 32, 1, AttentionKind.GENERAL);
        assertEquals(32L * 32 + 32L * 64 + 32, c.attentionParameterCount(), "W_a and the mixing layer: 3,104");
        assertEquals(c.parameterCount() - c.withAttention(AttentionKind.NONE).parameterCount(),
                c.attentionParameterCount());
        CostRow params = results.cost().get(0);
        assertEquals("Parameters", params.label());
        assertEquals("8,874", params.without());
        assertEquals("11,978", params.with());
        for (CostRow row : results.cost()) {
            if (row.label().startsWith("Numbers kept to write the next symbol, source of ")) {
                long n = Long.parseLong(row.label().substring(row.label().lastIndexOf(' ') + 1));
                assertEquals("32", row.without(), "32 numbers whatever the source");
                assertEquals(String.format(java.util.Locale.ROOT, "%,d", 32 + 2 * 32 * n), row.with(),
                        "the decoder's state, and 2 x 32 numbers per source symbol");
            }
        }
    }

    private static int argmax(int s, Seq2SeqTrace trace, boolean attention) {
        int best = 0;
        for (int t = 1; t < trace.sourceLength(); t++) {
            double v = attention ? trace.attention().weight(s, 0, t) : trace.inputGradientNorm(s, 0, t);
            double b = attention ? trace.attention().weight(s, 0, best) : trace.inputGradientNorm(s, 0, best);
            if (v > b) {
                best = t;
            }
        }
        return best;
    }
}
