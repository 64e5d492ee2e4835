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
import org.gatelab.tasks.text.TextSample;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.SequenceKind;

/** Turns workspace settings into traces: builds the model from the seed, the input, and runs the engine. */
public final class WorkspaceComputation {
    private WorkspaceComputation() {
    }

    /** The input the settings describe. */
    public static SampleSequence input(WorkspaceSettings s) {
        if (s.source() == SequenceKind.TEXT) {
            return TextSample.of(Vocabulary.of(s.customValues()), s.customValues());
        }
        if (s.source() == SequenceKind.CUSTOM) {
            return SampleSequences.custom(SampleSequences.parseNumbers(s.customValues()), s.customTarget());
        }
        return SampleSequences.generate(s.source(), s.length(), s.seed());
    }

    /** The model the settings describe, freshly initialized (the same settings give the same weights). */
    public static Model model(WorkspaceSettings s, CellKind cell) {
        // a typed text is one-hot over its own characters and predicts the next one: input = output = symbols
        int symbols = s.source() == SequenceKind.TEXT ? Vocabulary.of(s.customValues()).size() : 0;
        ModelConfig config = new ModelConfig(cell, s.nonlinearity(), symbols > 0 ? symbols
                : SampleSequences.features(s.source()), s.hiddenSize(), s.layers(), symbols > 0 ? symbols : 1,
                s.bidirectional());
        // IRNN is for the vanilla RNN and chrono for gated cells: PyTorch's default otherwise, so the overlay can
        // always show all three cells
        InitSpec spec = new InitSpec(schemeFor(s.init(), cell), s.seed(), s.gateBias(), s.recurrentScale(),
                Math.max(3, s.length()));
        return Initializer.create(config, spec);
    }

    public static WorkspaceResult compute(WorkspaceSettings s, boolean withComparison) {
        return compute(s, withComparison, null);
    }

    /**
     * A freshly initialized {@code cell} of the shape of {@code shape} (its input, hidden and output sizes and
     * layers), from the settings' seed and scheme: the overlay's other cells beside an inspected model.
     */
    static Model modelLike(ModelConfig shape, CellKind cell, WorkspaceSettings s, int length) {
        ModelConfig config = new ModelConfig(cell, s.nonlinearity(), shape.inputSize(), shape.hiddenSize(),
                shape.layers(), shape.outputSize(), shape.bidirectional());
        return Initializer.create(config, new InitSpec(schemeFor(s.init(), cell), s.seed(), overlayBias(s, cell),
                s.recurrentScale(), Math.max(3, length)));
    }

    /** The scheme for {@code cell}: IRNN is for the vanilla RNN and chrono for gated cells, else PyTorch's. */
    private static InitScheme schemeFor(InitScheme scheme, CellKind cell) {
        boolean fits = !(scheme == InitScheme.IRNN && cell != CellKind.RNN
                || scheme == InitScheme.CHRONO && cell == CellKind.RNN);
        return fits ? scheme : InitScheme.PYTORCH_DEFAULT;
    }

    /**
     * The gate bias of {@code cell} in the overlay: the bias is the selected cell's setting (its forget gate, or its
     * update gate), so the other gated cell keeps its scheme's own, except with the RNN selected, which has no gate
     * and whose slider sets the bias of both gated cells (its label says so).
     */
    static double overlayBias(WorkspaceSettings s, CellKind cell) {
        return cell == s.cell() || s.cell() == CellKind.RNN ? s.gateBias() : Double.NaN;
    }

    /**
     * @param inspection a trained model and its input to show instead of the seed's weights, or null; the
     *                   overlay's other cells are then freshly initialized ones of the model's shape on its input
     */
    public static WorkspaceResult compute(WorkspaceSettings s, boolean withComparison, Inspection inspection) {
        SampleSequence sample = inspection != null ? inspection.sample() : input(s);
        SequenceRunner runner = new SequenceRunner();
        Model model = inspection != null ? inspection.model() : model(s, s.cell());
        Trace trace = runner.trace(model, sample.input(), sample.targets(), null);
        Map<CellKind, Trace> comparison = new EnumMap<>(CellKind.class);
        if (withComparison) {
            int length = sample.input().length();
            for (CellKind other : CellKind.values()) {
                Model m = other == model.config().cell() ? null : inspection != null
                        ? modelLike(model.config(), other, s, length) : modelLike(model.config(), other, s, s.length());
                comparison.put(other, m == null ? trace : runner.trace(m, sample.input(), sample.targets(), null));
            }
        }
        ModelConfig c = model.config();
        String description = inspection != null ? inspection.label() + " · " + sample.description()
                : sample.description();
        String inputName = inspection != null && inspection.inputName() != null ? inspection.inputName()
                : s.source().name().toLowerCase(java.util.Locale.ROOT);
        return new WorkspaceResult(s, trace, comparison, description, c.parameterCount(),
                c.textbookRecurrentParameterCount() + c.headParameterCount(), model, inputName,
                inspection == null ? null : inspection.label());
    }
}
