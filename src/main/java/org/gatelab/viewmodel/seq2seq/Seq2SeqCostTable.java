package org.gatelab.viewmodel.seq2seq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.tasks.seq2seq.Seq2SeqData;
import org.gatelab.training.cost.ContextCost;
import org.gatelab.training.cost.ModelCost;
import org.gatelab.training.cost.QuantizationCheck;
import org.gatelab.training.cost.StepTiming;
import org.gatelab.vocabulary.QuantScheme;

/**
 * The cost table of the tab, as text, from the training package's counts ({@link ModelCost}), its measured time
 * per step ({@link StepTiming}) and its int8 check ({@link QuantizationCheck}, a scale per row) of both models.
 */
final class Seq2SeqCostTable {
    /** Decoder and encoder steps of each timed run. */
    static final int TIMED_STEPS = 50;
    /** The long context the memory line also shows. */
    static final long LONG_CONTEXT = 1000;

    private Seq2SeqCostTable() {
    }

    /** Both models' costs: their shapes' counts, a source of the task's longest length and of {@link #LONG_CONTEXT}. */
    static List<CostRow> rows(Seq2SeqModel without, Seq2SeqModel with, Seq2SeqData data, boolean timed) {
        long n = data.task().maxLength();
        List<Long> contexts = List.of(n, LONG_CONTEXT);
        ModelCost a = ModelCost.of(without, contexts);
        ModelCost b = ModelCost.of(with, contexts);
        List<CostRow> rows = new ArrayList<>();
        rows.add(new CostRow("Parameters", count(a.parameters()), count(b.parameters()), ""));
        rows.add(new CostRow("Bytes at float32", count(a.bytesFloat32()), count(b.bytesFloat32()), ""));
        rows.add(new CostRow("Bytes at int8 (a scale per row)", count(a.bytesInt8PerRow()),
                count(b.bytesInt8PerRow()), ""));
        rows.add(new CostRow("Multiply-adds per source symbol read", count(a.macsPerStep()), count(b.macsPerStep()),
                ""));
        for (int i = 0; i < contexts.size(); i++) {
            ContextCost ca = a.contexts().get(i);
            ContextCost cb = b.contexts().get(i);
            rows.add(new CostRow("Multiply-adds per symbol written, source of " + contexts.get(i),
                    count(ca.modelMacs()), count(cb.modelMacs()), count(ca.transformerMacs())));
            rows.add(new CostRow("Numbers kept to write the next symbol, source of " + contexts.get(i),
                    count(ca.modelFloats()), count(cb.modelFloats()), count(ca.transformerFloats())));
        }
        if (timed) {
            StepTiming ta = StepTiming.of(without, TIMED_STEPS);
            StepTiming tb = StepTiming.of(with, TIMED_STEPS);
            rows.add(new CostRow("Measured time per step on this machine (median, 1 thread)", micros(ta), micros(tb),
                    ""));
        }
        QuantizationCheck qa = QuantizationCheck.of(without, data, QuantScheme.PER_ROW);
        QuantizationCheck qb = QuantizationCheck.of(with, data, QuantScheme.PER_ROW);
        rows.add(new CostRow("Validation accuracy per symbol, float64 → int8 (a scale per row)", change(qa),
                change(qb), ""));
        return rows;
    }

    static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String micros(StepTiming t) {
        return String.format(Locale.ROOT, "%.1f µs", t.microsPerStep());
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    static String change(QuantizationCheck q) {
        return percent(q.before().accuracy()) + " → " + percent(q.after().accuracy());
    }
}
