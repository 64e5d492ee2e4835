package org.gatelab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.ViewKind;

/**
 * Writes a {@link Scene} in the syntax of a lesson's {@code scene} block, the text that "Copy scene" puts on the
 * clipboard and a {@code .gatelab} file holds: one {@code key: value} line per field the scene sets, in a fixed
 * order, numbers written so that they read back exactly ({@link NumberText#plain}). {@link SceneFiles} reads it
 * back; {@link SceneLinks} turns the same entries into a {@code gatelab:} link. A trained model's file is not
 * written: a scene to share names no file on this computer.
 */
public final class SceneWriter {
    /** The first line of a scene file: a comment saying what it is. */
    public static final String HEADER = "# GateLab scene: open it in GateLab (Scene > Open, drop it on the window, "
            + "or gatelab open FILE)";
    /** A long list of typed values is continued on indented lines of about this many characters. */
    static final int LINE = 96;

    private SceneWriter() {
    }

    /** One line of a scene block. */
    public record Entry(String key, String value) {
    }

    /** The scene's entries, in the order a scene block lists them; fields the scene leaves unset are left out. */
    public static List<Entry> entries(Scene s) {
        List<Entry> out = new ArrayList<>();
        add(out, "open", s.open() == null ? null : s.open().id());
        add(out, "cell", s.cell() == null ? null : s.cell().id());
        add(out, "nonlinearity", s.nonlinearity() == null ? null : s.nonlinearity().id());
        add(out, "hidden", s.hidden());
        add(out, "layers", s.layers());
        add(out, "bidirectional", s.bidirectional());
        add(out, "seed", s.seed());
        add(out, "init", s.init() == null ? null : s.init().id());
        add(out, "gate_bias", s.gateBias() == null ? null : s.gateBias().isNaN() ? "default"
                : NumberText.plain(s.gateBias()));
        add(out, "recurrent_scale", s.recurrentScale() == null ? null : NumberText.plain(s.recurrentScale()));
        add(out, "input", s.input() == null ? null : s.input().name().toLowerCase(Locale.ROOT));
        add(out, "length", s.length());
        add(out, "values", s.values());
        add(out, "target", s.target() == null ? null : NumberText.plain(s.target()));
        add(out, "step", s.step());
        add(out, "unit", s.unit());
        add(out, "layer", s.layer());
        add(out, "direction", s.direction() == null ? null : s.direction().id());
        if (s.views() != null) {
            List<String> ids = new ArrayList<>();
            for (ViewKind v : s.views()) {
                ids.add(v.id());
            }
            add(out, "views", "[" + String.join(", ", ids) + "]");
        }
        add(out, "highlight", s.highlight() == null ? null : s.highlight().symbol());
        add(out, "play", s.play());
        add(out, "overlay", s.overlay());
        // the lab's keys in a fixed order (a scene's map keeps none): the task, its settings, the training's
        add(out, "task", s.lab().get("task"));
        for (Map.Entry<String, String> e : new TreeMap<>(s.lab()).entrySet()) {
            if (!e.getKey().equals("task")) {
                add(out, e.getKey(), e.getValue());
            }
        }
        add(out, "start_training", s.train());
        // the sequence-to-sequence tab's keys in the order its settings are applied
        for (String name : Seq2SeqKeys.NAMES) {
            add(out, "seq2seq." + name, s.seq2seq().get(name));
        }
        return out;
    }

    private static void add(List<Entry> out, String key, Object value) {
        if (value != null) {
            out.add(new Entry(key, value.toString()));
        }
    }

    /** The scene as the lines of a scene block (each ending in a newline), without a header. */
    public static String text(Scene s) {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries(s)) {
            String line = e.key() + ": " + e.value();
            if (line.length() <= LINE || !e.key().equals("values")) {
                b.append(line).append('\n');
                continue;
            }
            // a long list of numbers: continued on indented lines, which the reader joins with spaces
            StringBuilder current = new StringBuilder(e.key()).append(':');
            for (String number : e.value().split(",\\s*")) {
                if (current.length() + number.length() + 2 > LINE) {
                    b.append(current).append('\n');
                    current = new StringBuilder(" ");
                }
                current.append(' ').append(number).append(',');
            }
            current.setLength(current.length() - 1);
            b.append(current).append('\n');
        }
        return b.toString();
    }

    /** The contents of a {@code .gatelab} file: the header comment, then {@link #text}. */
    public static String file(Scene s) {
        return HEADER + "\n" + text(s);
    }
}
