package org.gatelab.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each task's sequences ask a model to carry, read back from the sequences the tasks generate. */
class MemoryQuantityTest {
    @Test
    void theAddingProblemCarriesTheFirstMarkedValueBetweenTheMarkersAndTheRunningSumThroughout() {
        AddingTask task = new AddingTask(30, 10, 20);
        SequenceSet set = task.generate(3).validation();
        MemoryQuantity first = MemoryQuantity.byId(task, "first-marked");
        MemoryQuantity sum = MemoryQuantity.byId(task, "running-sum");
        assertEquals(List.of("first-marked", "running-sum"), MemoryQuantity.of(task).stream().map(MemoryQuantity::id)
                .toList());
        for (int n = 0; n < set.size(); n++) {
            int[] marks = MemoryQuantity.markedSteps(set, n);
            assertEquals(2, marks.length);
            assertTrue(marks[0] < 15 && marks[1] >= 15, "one marker in each half");
            double u1 = set.input(n, marks[0], 0);
            double u2 = set.input(n, marks[1], 0);
            assertEquals(u1 + u2, set.targetValue(n, 0), 1e-15);
            double[] f = first.values(set, n);
            double[] s = sum.values(set, n);
            for (int t = 0; t < 30; t++) {
                boolean between = t >= marks[0] && t < marks[1];
                assertEquals(between ? u1 : Double.NaN, f[t], 0.0, "first marked value at t = " + t);
                assertEquals(t < marks[0] ? 0 : t < marks[1] ? u1 : u1 + u2, s[t], 1e-15, "running sum at t = " + t);
            }
        }
        assertTrue(!first.categorical() && first.categories().isEmpty());
    }

    @Test
    void theReberBranchIsHeldFromTheSecondSymbolToTheStepThatPredictsItsEcho() {
        ReberTask task = ReberTask.defaults().withSizes(10, 20);
        SequenceSet set = task.generate(5).validation();
        MemoryQuantity branch = MemoryQuantity.of(task).get(0);
        assertEquals("branch", branch.id());
        assertEquals(List.of("T", "P"), branch.categories());
        int checked = 0;
        for (int n = 0; n < set.size(); n++) {
            double[] v = branch.values(set, n);
            for (int t = 0; t < v.length; t++) {
                boolean lastHeld = !Double.isNaN(v[t]) && (t + 1 == v.length || Double.isNaN(v[t + 1]));
                if (lastHeld && t + 1 < v.length) {
                    // the next symbol is the echo: the target at t is the branch symbol itself
                    int echo = set.targetClass(n, t);
                    assertEquals(v[t] == 0 ? ReberGrammar.T : ReberGrammar.P, echo, "sequence " + n + ", t = " + t);
                    checked++;
                }
                if (!Double.isNaN(v[t]) && (t == 0 || Double.isNaN(v[t - 1]))) {
                    // the first held step reads the branch symbol, right after a B
                    assertEquals(1.0, set.input(n, t - 1, ReberGrammar.B), 0.0);
                    assertEquals(1.0, set.input(n, t, v[t] == 0 ? ReberGrammar.T : ReberGrammar.P), 0.0);
                }
            }
        }
        assertTrue(checked >= 20, checked + " echo steps checked");
    }

    @Test
    void eachCopiedSymbolIsHeldFromWhenItIsShownToWhenItIsRecalled() {
        CopyTask task = CopyTask.defaults().withSizes(10, 20);
        SequenceSet set = task.generate(2).validation();
        List<MemoryQuantity> symbols = MemoryQuantity.of(task);
        assertEquals(List.of("symbol-1", "symbol-2", "symbol-3"), symbols.stream().map(MemoryQuantity::id).toList());
        assertEquals(List.of("A", "B", "C", "D"), symbols.get(0).categories());
        for (int n = 0; n < set.size(); n++) {
            for (int k = 0; k < 3; k++) {
                double[] v = symbols.get(k).values(set, n);
                int recall = task.firstRecallStep() + k;
                for (int t = 0; t < v.length; t++) {
                    assertEquals(t >= k && t <= recall, !Double.isNaN(v[t]), "symbol " + (k + 1) + " at t = " + t);
                }
                assertEquals(1.0, set.input(n, k, (int) v[k]), 0.0, "shown at t = " + k);
                assertEquals((int) v[recall], set.targetClass(n, recall), "recalled at t = " + recall);
            }
        }
    }

    @Test
    void aTaskWithoutLongMemoryHasNoQuantityAndAWrongNameIsRefused() {
        assertTrue(MemoryQuantity.of(SineTask.defaults()).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MemoryQuantity.byId(AddingTask.defaults(), "branch"));
        assertEquals("the adding task has no quantity \"branch\" (it has: first-marked, running-sum)", e.getMessage());
    }
}
