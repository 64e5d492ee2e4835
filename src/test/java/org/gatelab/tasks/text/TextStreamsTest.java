package org.gatelab.tasks.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatelab.tasks.Batch;
import org.junit.jupiter.api.Test;

class TextStreamsTest {
    @Test
    void everyCharacterButTheFirstIsATargetOnceAndWindowsContinueEachOther() {
        int n = 103;
        int[] symbols = new int[n];
        for (int i = 0; i < n; i++) {
            symbols[i] = i % 5;
        }
        TextStreams s = new TextStreams(symbols, 5, 4, 7);
        assertEquals(4, s.streams());
        assertEquals(25, s.streamLength());
        assertEquals(4, s.windows());
        assertEquals(4, s.length(3), "the last window is shorter");
        int[] seen = new int[n];
        for (int k = 0; k < s.windows(); k++) {
            Batch b = s.batch(k);
            int[] targets = b.targets().classIndices();
            for (int t = 0; t < s.length(k); t++) {
                for (int stream = 0; stream < 4; stream++) {
                    int p = s.targetPosition(k, t, stream);
                    seen[p]++;
                    assertEquals(symbols[p], targets[t * 4 + stream]);
                    // the input is the character before the target, one-hot
                    for (int c = 0; c < 5; c++) {
                        assertEquals(c == symbols[p - 1] ? 1.0 : 0.0, b.input().get(t, stream, c));
                    }
                }
            }
        }
        for (int p = 1; p <= 100; p++) {
            assertEquals(1, seen[p], "position " + p);
        }
        assertEquals(0, seen[0]);
        assertEquals(0, seen[101] + seen[102], "the last n - 1 - B·L characters are left out");
        assertEquals(100, s.predictions());
    }

    @Test
    void aShortTextGetsFewerStreams() {
        TextStreams s = new TextStreams(new int[] {1, 2, 3}, 4, 32, 10);
        assertEquals(2, s.streams());
        assertEquals(1, s.streamLength());
    }
}
