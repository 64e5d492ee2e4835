package org.gatelab.viewmodel.memory;

import org.gatelab.engine.Model;
import org.gatelab.engine.trace.Trace;
import org.gatelab.tasks.MemoryQuantity;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.training.UnitMemory;

/**
 * What the Memory tab shows: a model's units ranked by what they remember, and one sequence traced through it.
 * Immutable (the model is never changed once loaded; the arrays are the computation's own).
 *
 * @param source   the model and its task
 * @param model    the loaded model
 * @param ranking  the units, best first, over {@link MemoryViewModel#SEQUENCES} fresh sequences
 * @param sequence which of those sequences is traced (0-based)
 * @param sample   that sequence, with its target
 * @param trace    the model's trace of it, gradients included
 * @param values   the quantity at each of its steps (NaN where it is not held)
 * @param events   the steps to mark: the adding problem's markers; where the quantity starts and stops being held
 */
public record MemoryResult(MemorySource source, Model model, UnitMemory.Ranking ranking, int sequence,
                           SampleSequence sample, Trace trace, double[] values, int[] events) {
    public MemoryQuantity quantity() {
        return ranking.quantity();
    }

    public UnitMemory.State state() {
        return ranking.state();
    }
}
