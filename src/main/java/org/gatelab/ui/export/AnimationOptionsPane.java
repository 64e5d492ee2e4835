package org.gatelab.ui.export;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import org.gatelab.export.ExportTheme;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.viewmodel.export.AnimationChoice;

/** The animation dialog's fields: from and to (timesteps), time per step, scale and theme. */
public final class AnimationOptionsPane extends GridPane {
    private final Spinner<Integer> from;
    private final Spinner<Integer> to;
    private final Spinner<Integer> millis;
    private final ComboBox<Integer> scale = new ComboBox<>(FXCollections.observableArrayList(ExportOptionsPane.SCALES));
    private final ComboBox<ExportTheme> theme = new ComboBox<>(FXCollections.observableArrayList(ExportTheme.values()));

    public AnimationOptionsPane(AnimationChoice initial, int lastStep) {
        getStyleClass().add("export-options");
        setHgap(10);
        setVgap(8);
        from = new Spinner<>(0, lastStep, clamp(initial.from(), lastStep));
        to = new Spinner<>(0, lastStep, clamp(initial.to(), lastStep));
        millis = new Spinner<>(40, 5000, initial.frameMillis(), 50);
        for (Spinner<Integer> s : java.util.List.of(from, to, millis)) {
            s.setEditable(true);
            s.setPrefWidth(110);
        }
        from.setId("anim-from");
        to.setId("anim-to");
        millis.setId("anim-millis");
        scale.setId("anim-scale");
        theme.setId("anim-theme");
        scale.setValue(java.util.Arrays.asList(ExportOptionsPane.SCALES).contains(initial.scale()) ? initial.scale() : 1);
        theme.setValue(initial.theme());
        addRow(0, new Label("From step"), from);
        addRow(1, new Label("To step"), to);
        addRow(2, new Label("ms per step"), millis);
        addRow(3, new Label("Scale"), scale);
        addRow(4, new Label("Theme"), theme);
        Label hint = new Label("Writes numbered PNG frames and a looping GIF into the folder you choose next.");
        hint.getStyleClass().add("hint-label");
        hint.setWrapText(true);
        hint.setMaxWidth(320);
        add(hint, 0, 5, 2, 1);
    }

    private static int clamp(int v, int last) {
        return Math.max(0, Math.min(last, v));
    }

    /** The choice as the fields show it. */
    public AnimationChoice choice() {
        return new AnimationChoice(from.getValue(), to.getValue(), millis.getValue(), scale.getValue(), theme.getValue());
    }
}
