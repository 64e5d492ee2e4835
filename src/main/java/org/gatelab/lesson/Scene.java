package org.gatelab.lesson;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.SequenceKind;
import org.gatelab.vocabulary.ViewKind;

/**
 * What one step sets up. Every field is optional (null: keep what the previous step set); a step's
 * effective scene is its own laid over those of the steps before it ({@link #over(Scene)}), so "Reset this
 * step" can restore it exactly. Values are already checked (ranges, names, files) by {@link SceneParser}.
 *
 * @param gateBias   LSTM forget-gate / GRU update-gate bias; NaN means the scheme's own ({@code default})
 * @param model      a trained model file (safetensors) shown instead of the seed's weights, resolved and checked
 * @param step       selected timestep (0-based, as the timeline shows it)
 * @param views      the views shown, in order; empty list: all
 * @param highlight  the gate to highlight in the diagram and equations
 * @param play       start playing the timeline
 * @param overlay    compute the RNN/LSTM/GRU overlay in the gradient-flow view
 * @param open       the part of the app to show
 * @param lab        training-lab settings as in an experiment file: {@code task}, {@code task.<name>},
 *                   {@code train.<name>}; checked by the player's validator
 * @param train      start training in the training lab
 * @param compare    the Compare tab's settings: {@code compare.<name>} keys without the prefix (checked by the
 *                   player's validator)
 * @param memory     the Memory tab's settings: {@code memory.<name>} keys without the prefix (checked likewise)
 * @param compareStart start the comparison (or the sweep) in the Compare tab
 * @param bidirectional every workspace layer also reads the sequence backwards (PyTorch's bidirectional=True)
 * @param direction  the direction of the selected layer the workspace's views follow (reverse: bidirectional only)
 * @param seq2seq    the Sequence-to-sequence tab's settings: {@code seq2seq.<name>} keys without the prefix, their
 *                   names and kinds checked by {@link SceneParser}, their ranges by the player's validator
 */
public record Scene(CellKind cell, Nonlinearity nonlinearity, Integer hidden, Integer layers, Long seed,
                    InitScheme init, Double gateBias, Double recurrentScale, SequenceKind input, Integer length,
                    String values, Double target, Path model, Integer step, Integer unit, Integer layer,
                    List<ViewKind> views, Gate highlight, Boolean play, Boolean overlay, SceneTab open,
                    Map<String, String> lab, Boolean train, Map<String, String> compare, Map<String, String> memory,
                    Boolean compareStart, Boolean bidirectional, Direction direction, Map<String, String> seq2seq) {

    public Scene {
        views = views == null ? null : List.copyOf(views);
        lab = lab == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(lab));
        compare = compare == null ? Map.of() : Map.copyOf(compare);
        memory = memory == null ? Map.of() : Map.copyOf(memory);
        seq2seq = seq2seq == null ? Map.of() : Map.copyOf(seq2seq);
    }

    /** A scene without the bidirectional, direction and sequence-to-sequence keys. */
    public Scene(CellKind cell, Nonlinearity nonlinearity, Integer hidden, Integer layers, Long seed,
                 InitScheme init, Double gateBias, Double recurrentScale, SequenceKind input, Integer length,
                 String values, Double target, Path model, Integer step, Integer unit, Integer layer,
                 List<ViewKind> views, Gate highlight, Boolean play, Boolean overlay, SceneTab open,
                 Map<String, String> lab, Boolean train, Map<String, String> compare, Map<String, String> memory,
                 Boolean compareStart) {
        this(cell, nonlinearity, hidden, layers, seed, init, gateBias, recurrentScale, input, length, values, target,
                model, step, unit, layer, views, highlight, play, overlay, open, lab, train, compare, memory,
                compareStart, null, null, Map.of());
    }

    /** A scene with no Compare or Memory tab settings (the fields lessons had before those tabs). */
    public Scene(CellKind cell, Nonlinearity nonlinearity, Integer hidden, Integer layers, Long seed,
                 InitScheme init, Double gateBias, Double recurrentScale, SequenceKind input, Integer length,
                 String values, Double target, Path model, Integer step, Integer unit, Integer layer,
                 List<ViewKind> views, Gate highlight, Boolean play, Boolean overlay, SceneTab open,
                 Map<String, String> lab, Boolean train) {
        this(cell, nonlinearity, hidden, layers, seed, init, gateBias, recurrentScale, input, length, values, target,
                model, step, unit, layer, views, highlight, play, overlay, open, lab, train, Map.of(), Map.of(), null);
    }

    /** The value of {@code model: none}: no trained model, the seed's weights. */
    public static final Path NO_MODEL = Path.of("none");

    /** A scene that sets nothing. */
    public static Scene empty() {
        return new Scene(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, Map.of(), null);
    }

    /**
     * This scene laid over {@code base}: every field this scene sets wins. Play, train and compareStart are not
     * inherited; a
     * trained model is let go when this scene changes what the model is (cell, sizes, seed, initialization or
     * input) without naming a model itself; a highlighted gate is let go when a new cell does not have it.
     */
    public Scene over(Scene base) {
        Map<String, String> mergedLab = new LinkedHashMap<>(base.lab);
        mergedLab.putAll(lab);
        Map<String, String> mergedCompare = new LinkedHashMap<>(base.compare);
        mergedCompare.putAll(compare);
        Map<String, String> mergedMemory = new LinkedHashMap<>(base.memory);
        mergedMemory.putAll(memory);
        Map<String, String> mergedSeq2seq = new LinkedHashMap<>(base.seq2seq);
        mergedSeq2seq.putAll(seq2seq);
        boolean redefinesModel = cell != null || nonlinearity != null || hidden != null || layers != null
                || seed != null || init != null || input != null || bidirectional != null;
        Path baseModel = redefinesModel ? null : base.model;
        // a new cell lets go of a highlighted gate it does not have (the LSTM's f on a GRU)
        org.gatelab.vocabulary.Gate baseHighlight = cell != null && base.highlight != null
                && !cell.blocks().contains(base.highlight) ? null : base.highlight;
        return new Scene(or(cell, base.cell), or(nonlinearity, base.nonlinearity), or(hidden, base.hidden),
                or(layers, base.layers), or(seed, base.seed), or(init, base.init), or(gateBias, base.gateBias),
                or(recurrentScale, base.recurrentScale), or(input, base.input), or(length, base.length),
                or(values, base.values), or(target, base.target), or(model, baseModel), or(step, base.step),
                or(unit, base.unit), or(layer, base.layer), or(views, base.views), or(highlight, baseHighlight),
                play, or(overlay, base.overlay), or(open, base.open), mergedLab, train, mergedCompare, mergedMemory,
                compareStart, or(bidirectional, base.bidirectional), or(direction, base.direction), mergedSeq2seq);
    }

    /** The trained model to show, or null for the seed's weights. */
    public Path modelFile() {
        return model == null || NO_MODEL.equals(model) ? null : model;
    }

    private static <T> T or(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
