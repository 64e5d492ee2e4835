package org.gatelab.viewmodel.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gatelab.lesson.Scene;
import org.gatelab.viewmodel.seq2seq.Seq2SeqSettings;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * Sets the Sequence-to-sequence tab up as a scene's {@code seq2seq.*} keys say (the keys are described in
 * {@code lesson.Seq2SeqKeys}), and writes the tab's settings back as those keys for a shared scene. The tab's
 * settings start from their defaults, so a scene names only what differs; a scene never starts the training.
 */
public final class Seq2SeqScenes implements SceneApplier.Target {
    private final Seq2SeqViewModel tab;

    public Seq2SeqScenes(Seq2SeqViewModel tab) {
        this.tab = tab;
    }

    /** The tab's settings now, as the keys a scene writes. */
    public Map<String, String> currentKeys() {
        return keys(tab.settings());
    }

    @Override
    public void apply(Scene effective, Scene own, boolean full, Consumer<String> problem) {
        if (effective.seq2seq().isEmpty() || !full && own.seq2seq().isEmpty()) {
            return;
        }
        if (tab.isRunning()) {
            problem.accept("The Sequence-to-sequence tab is training: its settings were left as they are.");
            return;
        }
        try {
            tab.setAll(settings(effective.seq2seq()));
        } catch (IllegalArgumentException e) {
            problem.accept("The Sequence-to-sequence tab could not be set up: " + e.getMessage());
        }
    }

    /**
     * The tab's settings the keys describe: the defaults, then the task (with its own default length), then the
     * rest.
     *
     * @throws IllegalArgumentException starting with the key ({@code "seq2seq.length: ..."}) of the value refused
     */
    public static Seq2SeqSettings settings(Map<String, String> keys) {
        Seq2SeqSettings s = Seq2SeqSettings.defaults();
        String[] order = {"task", "length", "cell", "attention", "hidden", "epochs", "pairs"};
        for (String key : order) {
            String v = keys.get(key);
            if (v == null) {
                continue;
            }
            try {
                s = switch (key) {
                    case "task" -> s.withTask(Seq2SeqTaskKind.parse(v));
                    case "length" -> s.withLength(Integer.parseInt(v));
                    case "cell" -> s.withCell(CellKind.parse(v));
                    case "attention" -> s.withAttention(AttentionKind.parse(v));
                    case "hidden" -> s.withHidden(Integer.parseInt(v));
                    case "epochs" -> s.withEpochs(Integer.parseInt(v));
                    default -> s.withTrainSize(Integer.parseInt(v));
                };
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("seq2seq." + key + ": " + e.getMessage(), e);
            }
        }
        for (String key : keys.keySet()) {
            if (!java.util.List.of(order).contains(key)) {
                throw new IllegalArgumentException("seq2seq." + key + ": unknown key");
            }
        }
        return s;
    }

    /** The keys that describe {@code s}: those that differ from the defaults (the task whenever another differs). */
    public static Map<String, String> keys(Seq2SeqSettings s) {
        Seq2SeqSettings d = Seq2SeqSettings.defaults();
        Map<String, String> out = new LinkedHashMap<>();
        Seq2SeqSettings base = s.task() == d.task() ? d : d.withTask(s.task());
        if (s.task() != d.task()) {
            out.put("task", s.task().id());
        }
        if (Seq2SeqSettings.takesLength(s.task()) && s.length() != base.length()) {
            out.put("length", Integer.toString(s.length()));
        }
        if (s.cell() != d.cell()) {
            out.put("cell", s.cell().id());
        }
        if (s.attention() != d.attention()) {
            out.put("attention", s.attention().id());
        }
        if (s.hidden() != d.hidden()) {
            out.put("hidden", Integer.toString(s.hidden()));
        }
        if (s.epochs() != d.epochs()) {
            out.put("epochs", Integer.toString(s.epochs()));
        }
        if (s.trainSize() != d.trainSize()) {
            out.put("pairs", Integer.toString(s.trainSize()));
        }
        return out;
    }
}
