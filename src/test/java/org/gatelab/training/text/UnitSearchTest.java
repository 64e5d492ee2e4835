package org.gatelab.training.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;

class UnitSearchTest {
    @Test
    void pearsonByHandAndNoVariationGivesZero() {
        assertEquals(1, UnitSearch.correlation(new double[] {1, 2, 3}, new double[] {2, 4, 6}), 1e-15);
        assertEquals(-1, UnitSearch.correlation(new double[] {1, 2, 3}, new double[] {1, 0, -1}), 1e-15);
        // x = (1, 2, 3, 4), s = (1, 0, 1, 0): Σ dx ds = -1, Σ dx² = 5, Σ ds² = 1
        assertEquals(-1 / Math.sqrt(5), UnitSearch.correlation(new double[] {1, 2, 3, 4}, new double[] {1, 0, 1, 0}),
                1e-15);
        assertEquals(0, UnitSearch.correlation(new double[] {1, 2, 3}, new double[] {5, 5, 5}));
        // NaN positions are left out
        assertEquals(1, UnitSearch.correlation(new double[] {1, 9, 2, 3}, new double[] {1, Double.NaN, 2, 3}), 1e-15);
    }

    /** A signal that is one unit's own values finds that unit first, with r = 1. */
    @Test
    void theUnitWhoseValuesAreTheSignalRanksFirst() {
        CharModel model = TextFixtures.model(CellKind.GRU, "abcdefg \n", 6, 4);
        TextReading r = TextReading.of(model, "abc defg\nab cd efg");
        double[] signal = new double[r.length()];
        for (int t = 0; t < signal.length; t++) {
            signal[t] = 3 * r.trace().layer(0).gate(t, 0, Gate.Z, 4) + 1;
        }
        List<UnitSearch.Match> ranked = UnitSearch.rank(r, UnitValue.gate(Gate.Z), signal);
        assertEquals(6, ranked.size());
        assertEquals(4, ranked.get(0).unit());
        assertEquals(1, ranked.get(0).r(), 1e-12);
        for (int k = 1; k < ranked.size(); k++) {
            assertEquals(true, Math.abs(ranked.get(k - 1).r()) >= Math.abs(ranked.get(k).r()));
        }
        assertThrows(IllegalArgumentException.class, () -> UnitSearch.rank(r, UnitValue.HIDDEN, new double[3]));
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> UnitSearch.rank(r, UnitValue.HIDDEN, new double[r.length()]));
        assertEquals(true, flat.getMessage().startsWith("the pattern is the same on every character"));
    }
}
