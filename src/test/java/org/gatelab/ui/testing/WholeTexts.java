package org.gatelab.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.gatelab.ui.canvas.CanvasProbe;
import org.gatelab.ui.canvas.CanvasView;

/**
 * Finds the texts on show that are not shown whole, as a test reads them: a labelled control (label, button,
 * header) whose skin shows less than its text (JavaFX cuts it to "Pa..."), a text field narrower than its text,
 * a text drawn on a canvas that ends in "…" or runs past its left or right edge ({@link CanvasProbe}). Two texts shortened by design are left out: the
 * lab's task explanation, folded under its "More" button, and a worker's progress message ("computing…"). Call on
 * the FX thread.
 */
public final class WholeTexts {
    private final List<String> problems = new ArrayList<>();
    private int labels;
    private int drawn;

    /** The texts found cut so far, each once, with where they were. */
    public List<String> problems() {
        return problems.stream().distinct().toList();
    }

    /** How many labelled controls were checked. */
    public int labels() {
        return labels;
    }

    /** How many texts drawn on canvases were checked. */
    public int drawn() {
        return drawn;
    }

    /** True while a canvas under {@code n} shows a worker's progress message. */
    public static boolean computing(Node n) {
        if (!n.isVisible()) {
            return false;
        }
        if (n instanceof CanvasView v && v.getWidth() > 1 && v.getHeight() > 1) {
            return CanvasProbe.texts(v).stream().anyMatch(d -> progress(d.text()));
        }
        if (n instanceof Parent p) {
            return p.getChildrenUnmodifiable().stream().anyMatch(WholeTexts::computing);
        }
        return false;
    }

    /** A worker's progress message ("computing…", "Ranking the units…"), which ends in an ellipsis by design. */
    private static boolean progress(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.endsWith("…") && (t.contains("computing") || t.startsWith("ranking"));
    }

    /** Checks every text on show under {@code n} (labelled controls, text fields, canvases), noting {@code where}. */
    public void check(Node n, String where) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                && !"lab-explanation".equals(l.getId())) {
            checkLabeled(l, where);
        }
        if (n instanceof TextField f && !f.getText().isEmpty()) {
            checkField(f, where);
        }
        if (n instanceof CanvasView v && v.getWidth() > 1 && v.getHeight() > 1) {
            for (CanvasProbe.Drawn d : CanvasProbe.texts(v)) {
                drawn++;
                if (d.text().endsWith("…") && !progress(d.text())) {
                    problems.add(where + ": " + name(v) + " draws \"" + d.text() + "\"");
                }
                if (d.runsOff()) {
                    problems.add(where + ": " + name(v) + " draws \"" + d.text() + "\" from " + Math.round(d.left())
                            + " to " + Math.round(d.right()) + " on a canvas " + Math.round(d.width()) + " wide");
                }
            }
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                check(c, where);
            }
        }
    }

    /** The text a labelled control shows (its skin's text node) is the whole of its text. */
    private void checkLabeled(Labeled l, String where) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text shown && c.getStyleClass().contains("text")) {
                labels++;
                String full = plain(l, l.getText());
                String seen = plain(l, shown.getText());
                if (!full.equals(seen)) {
                    problems.add(where + ": " + name(l) + " \"" + full + "\" shows \"" + seen + "\"");
                }
            }
        }
    }

    /** A mnemonic's underscore is not shown; a wrapped text shows its line breaks as spaces. */
    private static String plain(Labeled l, String text) {
        String t = l.isMnemonicParsing() ? text.replace("_", "") : text;
        return t.replace('\n', ' ').strip();
    }

    /** The field's text fits inside its borders. */
    private void checkField(TextField f, String where) {
        for (Node t : f.lookupAll(".text")) {
            if (t instanceof Text text && f.getText().equals(text.getText())) {
                double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                if (text.getLayoutBounds().getWidth() > room + 0.5) {
                    problems.add(where + ": " + name(f) + " \"" + f.getText() + "\" needs "
                            + Math.ceil(text.getLayoutBounds().getWidth()) + " px and has " + Math.floor(room));
                }
            }
        }
    }

    private static String name(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : n.getParent() != null && n.getParent().getId() != null
                ? " in #" + n.getParent().getId() : "";
        return n.getClass().getSimpleName() + id;
    }
}
