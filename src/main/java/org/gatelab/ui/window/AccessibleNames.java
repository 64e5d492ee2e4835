package org.gatelab.ui.window;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * Gives every control a learner operates a name and a help text a screen reader can say, where its view left
 * them out: the label written beside it becomes its label ({@code labelFor}: in a grid the label in the column
 * before, elsewhere the label just before it), a symbol button ("▶", "□") is named by its tooltip's first
 * clause, and the tooltip becomes the help text. A name or help a view set itself is kept.
 */
final class AccessibleNames {
    private AccessibleNames() {
    }

    /** Fills in the names and help texts of the controls under {@code root}. */
    static void fill(Node root) {
        if (operable(root) && !partOfAnother(root)) {
            name((Control) root);
        }
        if (root instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                fill(c);
            }
        }
    }

    /** True for the controls a learner operates. */
    static boolean operable(Node n) {
        return n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>
                || n instanceof Slider || n instanceof Spinner<?> || n instanceof TextInputControl;
    }

    /** True for a control a skin made as a part of another (a combo box's button, a spinner's editor). */
    static boolean partOfAnother(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?> || p instanceof Spinner<?> || p instanceof ChoiceBox<?>) {
                return true;
            }
        }
        return false;
    }

    private static void name(Control c) {
        Tooltip tip = c.getTooltip();
        if (c.getAccessibleHelp() == null && tip != null && tip.getText() != null) {
            c.setAccessibleHelp(tip.getText());
        }
        if (hasName(c)) {
            return;
        }
        Label beside = labelBefore(c);
        if (beside != null && (beside.getLabelFor() == null || beside.getLabelFor() == c)) {
            beside.setLabelFor(c);
            // the label's words are its name too, for a reader that does not follow labelFor
            if (beside.getText() != null && beside.getText().codePoints().anyMatch(Character::isLetter)) {
                c.setAccessibleText(beside.getText().strip());
                return;
            }
        }
        if (tip != null && tip.getText() != null && !tip.getText().isBlank()) {
            c.setAccessibleText(firstClause(tip.getText()));
        }
    }

    /** True when the control says what it is: its accessible text or words of its own. */
    static boolean hasName(Control c) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        return c instanceof Labeled l && l.getText() != null && l.getText().codePoints().anyMatch(Character::isLetter);
    }

    /**
     * True when the control's own words say what it does: a button, toggle or check box with a word of text. A
     * slider, a spinner, a field, a combo box or a symbol button needs a help text (its tooltip) as well as a name.
     */
    static boolean saysWhatItDoes(Control c) {
        return c instanceof ButtonBase b && b.getText() != null
                && b.getText().codePoints().filter(Character::isLetter).count() >= 2;
    }

    /** The label in the grid column before the control, or the label just before it among its siblings. */
    private static Label labelBefore(Control c) {
        Parent parent = c.getParent();
        if (parent == null) {
            return null;
        }
        List<Node> siblings = parent.getChildrenUnmodifiable();
        if (parent instanceof GridPane) {
            int row = index(GridPane.getRowIndex(c));
            int col = index(GridPane.getColumnIndex(c));
            for (Node n : siblings) {
                if (n instanceof Label l && index(GridPane.getRowIndex(n)) == row
                        && index(GridPane.getColumnIndex(n)) == col - 1) {
                    return l;
                }
            }
            return null;
        }
        int at = siblings.indexOf(c);
        return at > 0 && siblings.get(at - 1) instanceof Label l ? l : null;
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }

    /** "Jump to the first step (Home)" → "Jump to the first step"; the first sentence or clause of a tooltip. */
    static String firstClause(String tip) {
        String t = tip.strip();
        int end = t.length();
        for (String stop : new String[] {" (", ". ", ": ", "; ", "\n"}) {
            int i = t.indexOf(stop);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        return t.substring(0, end);
    }
}
