package org.gatelab.viewmodel.memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.Model;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.trace.Trace;
import org.gatelab.io.ModelFiles;
import org.gatelab.tasks.MemoryQuantity;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.SequenceSet;
import org.gatelab.training.UnitMemory;

/** The Memory tab's work, off the FX thread: load the model, rank its units, trace one sequence. */
final class MemoryComputation {
    private MemoryComputation() {
    }

    /** The source's model, read from its file. */
    static Model load(MemorySource source) throws IOException {
        return ModelFiles.load(source.file(), null, null);
    }

    /** The fresh sequences the ranking reads: the task's validation set for {@link MemoryViewModel#SEED}. */
    static SequenceSet sequences(MemorySource source) {
        return source.task().generate(MemoryViewModel.SEED).validation();
    }

    /**
     * The result for {@code sequence}; {@code ranking} is reused when it is the ranking asked for (the same model,
     * quantity and state), else computed.
     */
    static MemoryResult compute(MemorySource source, Model model, SequenceSet set, MemoryQuantity quantity,
                                UnitMemory.State state, int sequence, UnitMemory.Ranking ranking) {
        UnitMemory.Ranking r = ranking != null && ranking.quantity().equals(quantity) && ranking.state() == state
                ? ranking : UnitMemory.rank(model, set, MemoryViewModel.SEQUENCES, quantity, state, 0);
        SampleSequence sample = set.sample(sequence);
        Trace trace = new SequenceRunner().trace(model, sample.input(), sample.targets(), null);
        double[] values = quantity.values(set, sequence);
        return new MemoryResult(source, model, r, sequence, sample, trace, values, events(set, sequence, values,
                quantity));
    }

    /** The adding problem's two marked steps; otherwise where the quantity starts being held and its last step. */
    static int[] events(SequenceSet set, int n, double[] values, MemoryQuantity quantity) {
        if (quantity.id().equals("first-marked") || quantity.id().equals("running-sum")) {
            return MemoryQuantity.markedSteps(set, n);
        }
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < values.length; t++) {
            boolean held = !Double.isNaN(values[t]);
            boolean before = t > 0 && !Double.isNaN(values[t - 1]);
            boolean after = t + 1 < values.length && !Double.isNaN(values[t + 1]);
            if (held && (!before || !after)) {
                out.add(t);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
