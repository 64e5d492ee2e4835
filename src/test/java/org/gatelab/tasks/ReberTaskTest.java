package org.gatelab.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReberTaskTest {
    @Test
    void generatedStringsAreLegal() {
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            String r = ReberGrammar.reber(random);
            assertTrue(ReberGrammar.isReber(r), r);
            String e = ReberGrammar.embedded(random);
            assertTrue(ReberGrammar.isEmbeddedReber(e), e);
        }
    }

    @Test
    void theRecognizerKnowsTheClassicExamples() {
        for (String ok : new String[] {"BTXSE", "BPVVE", "BTSXXTVVE", "BPVPXVPXVPXVVE", "BTSSXXTVPXVVE"}) {
            assertTrue(ReberGrammar.isReber(ok), ok);
            assertTrue(ReberGrammar.isEmbeddedReber("BT" + ok + "TE"), ok);
            assertTrue(ReberGrammar.isEmbeddedReber("BP" + ok + "PE"), ok);
            assertFalse(ReberGrammar.isEmbeddedReber("BT" + ok + "PE"), "the echo must repeat the second symbol");
        }
        for (String bad : new String[] {"BTXE", "BTSSE", "BPVE", "TXSE", "BTXSEE", "BXXSE", ""}) {
            assertFalse(ReberGrammar.isReber(bad), bad);
        }
    }

    @Test
    void sequencesAreEmbeddedReberStringsBackToBackAndTargetsAreTheNextSymbol() {
        ReberTask task = new ReberTask(40, 50, 20);
        SequenceSet set = task.generate(3).train();
        assertEquals(7, set.features());
        assertEquals(7, set.outputSize());
        for (int n = 0; n < set.size(); n++) {
            StringBuilder text = new StringBuilder();
            for (int t = 0; t < set.length(); t++) {
                int hot = -1;
                for (int i = 0; i < 7; i++) {
                    if (set.input(n, t, i) == 1) {
                        hot = i;
                    }
                }
                text.append(ReberGrammar.ALPHABET.charAt(hot));
                if (t + 1 < set.length()) {
                    int nextInput = -1;
                    for (int i = 0; i < 7; i++) {
                        if (set.input(n, t + 1, i) == 1) {
                            nextInput = i;
                        }
                    }
                    assertEquals(nextInput, set.targetClass(n, t), "the target is the next input");
                }
                int mask = set.acceptMask(n, t);
                assertTrue((mask >>> set.targetClass(n, t) & 1) == 1, "the actual next symbol is legal");
            }
            // every complete string in the stream is an embedded Reber string, the first starting at step 0
            String s = text.toString();
            assertEquals('B', s.charAt(0));
            int start = 0;
            for (int i = 1; i < s.length(); i++) {
                if (s.charAt(i) == 'B' && s.charAt(i - 1) == 'E') {
                    String whole = s.substring(start, i);
                    assertTrue(ReberGrammar.isEmbeddedReber(whole), whole);
                    start = i;
                }
            }
        }
    }

    @Test
    void legalNextSetsFollowTheGrammar() {
        ReberGrammar.Reader r = new ReberGrammar.Reader();
        String s = "BPBTXSEPEB";
        int[] expected = {
            1 << ReberGrammar.T | 1 << ReberGrammar.P, // after B: T or P
            1 << ReberGrammar.B,                       // after c: the inner B
            1 << ReberGrammar.T | 1 << ReberGrammar.P, // after inner B
            1 << ReberGrammar.S | 1 << ReberGrammar.X, // after T
            1 << ReberGrammar.X | 1 << ReberGrammar.S, // after X
            1 << ReberGrammar.E,                       // after S (state 6)
            1 << ReberGrammar.P,                       // after inner E: the echo of c = P
            1 << ReberGrammar.E,                       // after the echo
            1 << ReberGrammar.B,                       // after E: the next string
        };
        for (int i = 0; i < expected.length; i++) {
            r.accept(ReberGrammar.ALPHABET.indexOf(s.charAt(i)));
            assertEquals(expected[i], r.legalNext(), "after " + s.substring(0, i + 1));
            assertEquals(i == 6, r.expectsEcho());
        }
    }

    @Test
    void aModelPredictingTheTargetsIsFullyAccurateAndTheEchoFigureIsReported() {
        TaskData data = new ReberTask(30, 10, 40).generate(1);
        SequenceSet v = data.validation();
        int steps = v.length();
        double[] perfect = new double[v.size() * steps * 7];
        for (int n = 0; n < v.size(); n++) {
            for (int t = 0; t < steps; t++) {
                perfect[(n * steps + t) * 7 + v.targetClass(n, t)] = 1;
            }
        }
        Predictions p = new Predictions(v.size(), steps, 7, perfect);
        assertEquals(1.0, v.accuracy(p));
        Map<String, Double> extras = data.extras().evaluate(null, p);
        assertEquals(1.0, extras.get("echo_accuracy"));
        // uniform guessing: most steps allow 2 of 7 symbols, some only 1
        assertTrue(data.chanceAccuracy() > 1.0 / 7 && data.chanceAccuracy() < 2.0 / 7, "" + data.chanceAccuracy());
    }
}
