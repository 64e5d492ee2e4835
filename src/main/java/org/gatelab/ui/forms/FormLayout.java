package org.gatelab.ui.forms;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The pieces of layout the settings forms share: section titles, hints, and grids of labelled controls. */
public final class FormLayout {
    private FormLayout() {
    }

    /** A label and its control, one row of a {@link #grid}. */
    public record Row(String label, Node control) {
    }

    public static Row row(String label, Node control) {
        return new Row(label, control);
    }

    /** A section's title, in capitals (style class {@code section-title}). */
    public static Label section(String title) {
        Label l = new Label(title.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("section-title");
        // a long title in a narrow column at a large type takes a second line rather than being cut
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A wrapped sentence of help under a control (style class {@code hint-label}). */
    public static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint-label");
        l.setWrapText(true);
        return l;
    }

    /** Labels on the left, their controls on the right, which take the width. */
    public static GridPane grid(Row... rows) {
        GridPane g = new GridPane();
        for (int i = 0; i < rows.length; i++) {
            addRow(g, i, rows[i].label(), rows[i].control());
        }
        return g;
    }

    /** Puts {@code label} and {@code control} in row {@code i} of {@code g}. */
    public static void addRow(GridPane g, int i, String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        g.add(l, 0, i);
        g.add(control, 1, i);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }
}
