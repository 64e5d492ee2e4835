package org.gatelab.lesson;

import java.util.List;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * A scene's {@code seq2seq.*} keys, the Sequence-to-sequence tab's settings:
 * <pre>
 *   seq2seq.task: reverse       reverse, sort or dates
 *   seq2seq.length: 12          the longest source (reverse and sort)
 *   seq2seq.cell: gru           the encoder's and decoder's cell
 *   seq2seq.attention: dot      the model with attention's: dot, general or additive
 *   seq2seq.hidden: 64
 *   seq2seq.epochs: 15
 *   seq2seq.pairs: 8000         training pairs
 * </pre>
 * Names, kinds and whole numbers are checked here, with the line; the ranges that depend on the task (a sort's
 * longest source) by the player's validator, which builds the tab's settings from them.
 */
final class Seq2SeqKeys {
    /** The names after {@code seq2seq.}. */
    static final List<String> NAMES = List.of("task", "length", "cell", "attention", "hidden", "epochs", "pairs");

    private Seq2SeqKeys() {
    }

    /** The value of {@code seq2seq.<name>} as the scene keeps it, or null after reporting what is wrong. */
    static String read(Values values, BlockEntry e) {
        String name = e.key().substring("seq2seq.".length());
        String t = values.text(e);
        if (t == null) {
            return null;
        }
        try {
            switch (name) {
                case "task" -> {
                    return Seq2SeqTaskKind.parse(t).id();
                }
                case "cell" -> {
                    return CellKind.parse(t).id();
                }
                case "attention" -> {
                    AttentionKind a = AttentionKind.parse(t);
                    if (!a.attends()) {
                        values.problem(e, "\"" + e.key() + "\": the tab trains one model without attention and one "
                                + "with it; name the second's: dot, general or additive");
                        return null;
                    }
                    return a.id();
                }
                case "hidden" -> {
                    Integer h = values.integer(e, Ranges.HIDDEN);
                    return h == null ? null : h.toString();
                }
                case "length", "epochs", "pairs" -> {
                    Integer n = values.integer(e, 1, Integer.MAX_VALUE);
                    return n == null ? null : n.toString();
                }
                default -> {
                    String hint = Values.suggest(name, NAMES);
                    values.problem(e, "unknown scene key \"" + e.key() + "\"" + (hint == null
                            ? " (known: seq2seq." + String.join(", seq2seq.", NAMES) + ")"
                            : " (did you mean seq2seq." + hint + "?)"));
                    return null;
                }
            }
        } catch (IllegalArgumentException ex) {
            values.problem(e, "\"" + e.key() + "\": " + ex.getMessage());
            return null;
        }
    }
}
