package org.gatelab.ui.presenter;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.gatelab.viewmodel.window.PresenterMode;

/**
 * The small presenter settings in the window's corner: the button that starts presenter mode (as F5 does) and
 * the type scale it will use (1× to 3×; + and − change it while presenting).
 */
public final class PresenterControl extends HBox {
    private final ComboBox<Double> scale = new ComboBox<>();
    private boolean syncing;

    public PresenterControl(PresenterMode mode) {
        getStyleClass().add("presenter-control");
        Button present = new Button("_Present");
        present.setId("present");
        present.setTooltip(new Tooltip("Presenter mode: full screen, large type, high contrast, only the chosen "
                + "views (F5; Esc or F5 leaves; ? lists the keys)"));
        present.setOnAction(e -> mode.enter());
        for (double s = PresenterMode.MIN_SCALE; s <= PresenterMode.MAX_SCALE + 1e-9; s += PresenterMode.STEP) {
            scale.getItems().add(s);
        }
        scale.setId("presenter-scale");
        scale.setPrefWidth(122);
        scale.setTooltip(new Tooltip("Presenter mode's type and line size (+ and \u2212 while presenting)"));
        StringConverter<Double> label = new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : "type " + PresenterMode.label(s);
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        };
        scale.setConverter(label);
        scale.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Double s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? "" : label.toString(s));
            }
        });
        scale.setValue(mode.scale());
        scale.valueProperty().addListener((obs, o, s) -> {
            if (!syncing && s != null) {
                mode.setScale(s);
            }
        });
        mode.scaleProperty().addListener((obs, o, s) -> {
            syncing = true;
            scale.setValue(s.doubleValue());
            syncing = false;
        });
        getChildren().setAll(scale, present);
    }

    /** The scale chooser, for tests. */
    public ComboBox<Double> scaleChooser() {
        return scale;
    }
}
