package org.gatelab.viewmodel.workspace;

import java.util.EnumMap;
import java.util.Map;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.trace.Trace;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.SampleSequences;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.SequenceKind;

/** Turns workspace settings into traces: builds the model from the seed, the input, and runs the engine. */
public final class WorkspaceComputation {
    private WorkspaceComputation() {
    }

    /** The input the settings describe. */
    public static SampleSequence input(WorkspaceSettings s) {
        if (s.source() == SequenceKind.CUSTOM) {
            return SampleSequences.custom(SampleSequences.parseNumbers(s.customValues()), s.customTarget());
        }
        return SampleSequences.generate(s.source(), s.length(), s.seed());
    }

    /** The model the settings describe, freshly initialized (the same settings give the same weights). */
    public static Model model(WorkspaceSettings s, CellKind cell) {
        ModelConfig config = new ModelConfig(cell, s.nonlinearity(), SampleSequences.features(s.source()),
                s.hiddenSize(), s.layers(), 1);
        InitScheme scheme = s.init();
        // IRNN is for the vanilla RNN and chrono for gated cells: fall back to PyTorch's default otherwise,
        // so the overlay can always show all three cells.
        if (scheme == InitScheme.IRNN && cell != CellKind.RNN || scheme == InitScheme.CHRONO && cell == CellKind.RNN) {
            scheme = InitScheme.PYTORCH_DEFAULT;
        }
        InitSpec spec = new InitSpec(scheme, s.seed(), s.gateBias(), s.recurrentScale(),
                Math.max(3, s.length()));
        return Initializer.create(config, spec);
    }

    public static WorkspaceResult compute(WorkspaceSettings s, boolean withComparison) {
        return compute(s, withComparison, null);
    }

    /**
     * @param inspection a trained model and its input to show instead of the seed's weights, or null; the
     *                   overlay is then left out (the other cells were not trained)
     */
    public static WorkspaceResult compute(WorkspaceSettings s, boolean withComparison, Inspection inspection) {
        SampleSequence sample = inspection != null ? inspection.sample() : input(s);
        SequenceRunner runner = new SequenceRunner();
        Model model = inspection != null ? inspection.model() : model(s, s.cell());
        Trace trace = runner.trace(model, sample.input(), sample.targets(), null);
        Map<CellKind, Trace> comparison = new EnumMap<>(CellKind.class);
        if (withComparison && inspection == null) {
            for (CellKind other : CellKind.values()) {
                comparison.put(other, other == s.cell() ? trace
                        : runner.trace(model(s, other), sample.input(), sample.targets(), null));
            }
        }
        ModelConfig c = model.config();
        String description = inspection != null ? inspection.label() + " · " + sample.description()
                : sample.description();
        String inputName = inspection != null && inspection.inputName() != null ? inspection.inputName()
                : s.source().name().toLowerCase(java.util.Locale.ROOT);
        return new WorkspaceResult(s, trace, comparison, description, c.parameterCount(),
                c.textbookRecurrentParameterCount() + c.headParameterCount(), model, inputName);
    }
}
