package org.gatelab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gatelab.tasks.SampleSequences;
import org.gatelab.tasks.text.TextSample;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.SequenceKind;
import org.gatelab.vocabulary.ViewKind;

/** Reads a {@code scene} block into a {@link Scene}, reporting every unknown key and bad value with its line. */
final class SceneParser {
    /** The keys a scene block may hold, besides {@code task.*} and {@code train.*}. */
    static final List<String> KEYS = List.of("cell", "nonlinearity", "hidden", "layers", "seed", "init", "gate_bias",
            "recurrent_scale", "input", "length", "values", "text", "target", "model", "step", "unit", "layer", "views",
            "highlight", "play", "overlay", "open", "task", "start_training", "start_compare", "bidirectional",
            "direction");

    private final Values values;
    private final LessonPaths paths;
    private final Path lessonFolder;

    SceneParser(Values values, LessonPaths paths, Path lessonFolder) {
        this.values = values;
        this.paths = paths;
        this.lessonFolder = lessonFolder;
    }

    Scene parse(Map<String, BlockEntry> entries) {
        CellKind cell = null;
        Nonlinearity nonlinearity = null;
        Integer hidden = null;
        Integer layers = null;
        Long seed = null;
        InitScheme init = null;
        Double gateBias = null;
        Double recurrentScale = null;
        SequenceKind input = null;
        Integer length = null;
        String typed = null;
        Double target = null;
        Path model = null;
        Integer step = null;
        Integer unit = null;
        Integer layer = null;
        List<ViewKind> views = null;
        Gate highlight = null;
        Boolean play = null;
        Boolean overlay = null;
        SceneTab open = null;
        Map<String, String> lab = new LinkedHashMap<>();
        Boolean train = null;
        Map<String, String> compare = new LinkedHashMap<>();
        Map<String, String> memory = new LinkedHashMap<>();
        Boolean compareStart = null;
        Boolean bidirectional = null;
        Direction direction = null;
        Map<String, String> seq2seq = new LinkedHashMap<>();
        for (BlockEntry e : entries.values()) {
            String key = e.key();
            if (key.startsWith("seq2seq.")) {
                String t = Seq2SeqKeys.read(values, e);
                if (t != null) {
                    seq2seq.put(key.substring("seq2seq.".length()), t);
                }
                continue;
            }
            if (key.startsWith("compare.") || key.startsWith("memory.")) {
                // a model file is resolved as "model" is: inside the assets or the lesson's folder
                Path file = key.equals("memory.model") ? modelFile(e) : null;
                String t = file != null ? file.toString() : key.equals("memory.model") ? null
                        : e.list() ? String.join(", ", e.items()) : values.text(e);
                if (t != null) {
                    (key.startsWith("compare.") ? compare : memory).put(key.substring(key.indexOf('.') + 1), t);
                }
                continue;
            }
            if (key.startsWith("task.") || key.startsWith("train.")) {
                String t = values.text(e);
                if (t != null) {
                    lab.put(key, t);
                }
                continue;
            }
            switch (key) {
                case "cell" -> cell = parsed(e, CellKind::parse);
                case "nonlinearity" -> nonlinearity = parsed(e, Nonlinearity::parse);
                case "hidden" -> hidden = values.integer(e, Ranges.HIDDEN);
                case "layers" -> layers = values.integer(e, Ranges.LAYERS);
                case "seed" -> seed = values.longValue(e, Long.MIN_VALUE, Long.MAX_VALUE);
                case "init" -> init = parsed(e, InitScheme::parse);
                case "gate_bias" -> gateBias = "default".equalsIgnoreCase(e.value()) ? Double.valueOf(Double.NaN)
                        : values.number(e, Ranges.GATE_BIAS);
                case "recurrent_scale" -> recurrentScale = values.number(e, Ranges.RECURRENT_SCALE);
                case "input" -> input = sequenceKind(e);
                case "length" -> length = values.integer(e, Ranges.SEQUENCE_LENGTH);
                case "values" -> typed = numbers(e);
                case "text" -> {
                    typed = typedText(e);
                    input = SequenceKind.TEXT;
                }
                case "target" -> target = values.number(e, -1e6, 1e6);
                case "model" -> model = modelFile(e);
                case "step" -> step = values.integer(e, Ranges.STEP);
                case "unit" -> unit = values.integer(e, Ranges.UNIT);
                case "layer" -> layer = values.integer(e, Ranges.LAYER);
                case "views" -> views = views(e);
                case "highlight" -> highlight = "none".equalsIgnoreCase(e.value()) ? null : gate(e);
                case "play" -> play = values.bool(e);
                case "overlay" -> overlay = values.bool(e);
                case "open" -> open = tab(e);
                case "task" -> {
                    String t = values.text(e);
                    if (t != null) {
                        lab.put("task", t);
                    }
                }
                case "start_training" -> train = values.bool(e);
                case "start_compare" -> compareStart = values.bool(e);
                case "bidirectional" -> bidirectional = values.bool(e);
                case "direction" -> direction = parsed(e, Direction::parse);
                default -> {
                    String hint = Values.suggest(key, KEYS);
                    values.problem(e, "unknown scene key \"" + key + "\"" + (hint == null
                            ? " (known: " + String.join(", ", KEYS)
                                    + ", task.*, train.*, compare.*, memory.*, seq2seq.*)"
                            : " (did you mean " + hint + "?)"));
                }
            }
        }
        if (entries.containsKey("text") && (entries.containsKey("input") || entries.containsKey("values"))) {
            BlockEntry e = entries.get("text");
            values.problem(e, "\"text\" sets the input and its characters: leave out "
                    + (entries.containsKey("input") ? "\"input\"" : "\"values\"") + " in the same scene");
        }
        return new Scene(cell, nonlinearity, hidden, layers, seed, init, gateBias, recurrentScale, input, length,
                typed, target, model, step, unit, layer, views, highlight, play, overlay, open, lab, train, compare,
                memory, compareStart, bidirectional, direction, seq2seq);
    }

    private interface Parse<T> {
        T apply(String text);
    }

    private <T> T parsed(BlockEntry e, Parse<T> parse) {
        String t = values.text(e);
        if (t == null) {
            return null;
        }
        try {
            return parse.apply(t);
        } catch (IllegalArgumentException ex) {
            values.problem(e, "\"" + e.key() + "\": " + ex.getMessage());
            return null;
        }
    }

    private SequenceKind sequenceKind(BlockEntry e) {
        String t = values.text(e);
        if (t == null) {
            return null;
        }
        if (SequenceKind.TEXT.name().equalsIgnoreCase(t.trim())) {
            values.problem(e, "\"input: text\" comes with its text: write text: \"...\" instead");
            return null;
        }
        for (SequenceKind k : SequenceKind.values()) {
            if (k.name().equalsIgnoreCase(t.trim())) {
                return k;
            }
        }
        values.problem(e, "\"input\" must be sine, adding, noise or custom (or give a text: text: \"...\"), got \""
                + BlockParser.shorten(t) + "\"");
        return null;
    }

    private String numbers(BlockEntry e) {
        String t = e.list() ? String.join(", ", e.items()) : values.text(e);
        if (t == null) {
            return null;
        }
        try {
            SampleSequences.parseNumbers(t);
            return t;
        } catch (IllegalArgumentException ex) {
            values.problem(e, "\"values\": " + ex.getMessage());
            return null;
        }
    }

    /**
     * A text for the model to read: 2 to 1001 characters, as quoted (write {@code \\n} for a line break, as the
     * scene's one-line values cannot hold one).
     */
    private String typedText(BlockEntry e) {
        String t = values.text(e);
        if (t == null) {
            return null;
        }
        String text = t.replace("\\n", "\n");
        int n = text.codePointCount(0, text.length());
        if (n < TextSample.MIN_CHARACTERS || n > TextSample.MAX_CHARACTERS) {
            values.problem(e, "\"text\" must have " + TextSample.MIN_CHARACTERS + " to " + TextSample.MAX_CHARACTERS
                    + " characters (the model reads each but the last), got " + n);
            return null;
        }
        return text;
    }

    private Path modelFile(BlockEntry e) {
        String t = values.text(e);
        if (t == null) {
            return null;
        }
        if (t.equalsIgnoreCase("none")) {
            return Scene.NO_MODEL;
        }
        try {
            Path p = paths.resolve(t, lessonFolder);
            if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".safetensors")) {
                values.problem(e, "\"model\": \"" + t + "\" is not a .safetensors file");
                return null;
            }
            return p;
        } catch (LessonPaths.RefusedPath ex) {
            values.problem(e, "\"model\": " + ex.getMessage());
            return null;
        }
    }

    private List<ViewKind> views(BlockEntry e) {
        List<ViewKind> out = new ArrayList<>();
        for (String item : values.list(e)) {
            ViewKind v = ViewKind.byId(item);
            if (v == null) {
                List<String> names = new ArrayList<>();
                for (ViewKind s : ViewKind.values()) {
                    names.add(s.id());
                }
                String hint = Values.suggest(item, names);
                values.problem(e, "unknown view \"" + BlockParser.shorten(item) + "\"" + (hint == null
                        ? " (known: " + String.join(", ", names) + ")" : " (did you mean " + hint + "?)"));
            } else if (!out.contains(v)) {
                for (ViewKind other : out) {
                    if (other.panel().equals(v.panel())) {
                        values.problem(e, "views \"" + other.id() + "\" and \"" + v.id() + "\" are two tabs of the \""
                                + v.panel() + "\" panel, so a step can show only one of them; name one, and tell the "
                                + "learner to click the other tab if they need both");
                    }
                }
                out.add(v);
            }
        }
        return out;
    }

    private Gate gate(BlockEntry e) {
        String t = values.text(e);
        if (t == null) {
            return null;
        }
        Gate g = gateByName(t);
        if (g == null) {
            values.problem(e, "\"" + e.key() + "\": unknown gate \"" + BlockParser.shorten(t)
                    + "\" (LSTM: i, f, g, o; GRU: r, z, n; RNN: a)");
        }
        return g;
    }

    /** A gate by its symbol ({@code f}) or its title ({@code forget gate}, {@code forget}). */
    static Gate gateByName(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Gate g : Gate.values()) {
            if (g.symbol().equals(t) || g.title().equals(t) || g.title().equals(t + " gate")) {
                return g;
            }
        }
        return null;
    }

    private SceneTab tab(BlockEntry e) {
        String t = values.text(e);
        if (t == null) {
            return null;
        }
        SceneTab tab = SceneTab.byId(t);
        if (tab == null) {
            values.problem(e, "\"open\" must be workspace, training, compare, memory, language or seq2seq, got \""
                    + BlockParser.shorten(t) + "\"");
        }
        return tab;
    }
}
