package org.gatelab.ui.export;

import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.gatelab.export.ExportFormat;
import org.gatelab.export.ExportTheme;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.viewmodel.export.ExportChoice;

/** The export dialog's fields: format, scale (PNG only), theme and a transparent background. */
public final class ExportOptionsPane extends GridPane {
    /** The scales offered for PNG. */
    public static final Integer[] SCALES = {1, 2, 4};

    private final ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(ExportFormat.values()));
    private final ComboBox<Integer> scale = new ComboBox<>(FXCollections.observableArrayList(SCALES));
    private final ComboBox<ExportTheme> theme = new ComboBox<>(FXCollections.observableArrayList(ExportTheme.values()));
    private final CheckBox transparent = new CheckBox("transparent background");

    public ExportOptionsPane(ExportChoice initial) {
        getStyleClass().add("export-options");
        setHgap(10);
        setVgap(8);
        format.setId("export-format");
        scale.setId("export-scale");
        theme.setId("export-theme");
        transparent.setId("export-transparent");
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s + "×";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace("×", "").trim());
            }
        });
        format.setValue(initial.format());
        scale.setValue(java.util.Arrays.asList(SCALES).contains(initial.scale()) ? initial.scale() : 2);
        theme.setValue(initial.theme());
        transparent.setSelected(initial.transparent());
        addRow(0, new Label("Format"), format);
        addRow(1, new Label("Scale"), scale);
        addRow(2, new Label("Theme"), theme);
        add(transparent, 1, 3);
        Label hint = new Label("PNG is drawn at the chosen scale (crisp on a 4K projector); SVG and PDF stay vectors.");
        hint.getStyleClass().add("hint-label");
        hint.setWrapText(true);
        hint.setMaxWidth(320);
        add(hint, 0, 4, 2, 1);
        format.valueProperty().addListener((obs, o, f) -> scale.setDisable(f != ExportFormat.PNG));
        scale.setDisable(initial.format() != ExportFormat.PNG);
    }

    /** The choice as the fields show it. */
    public ExportChoice choice() {
        return new ExportChoice(format.getValue(), scale.getValue(), theme.getValue(), transparent.isSelected());
    }

    public ComboBox<ExportFormat> formatBox() {
        return format;
    }

    public ComboBox<Integer> scaleBox() {
        return scale;
    }

    public ComboBox<ExportTheme> themeBox() {
        return theme;
    }

    public CheckBox transparentBox() {
        return transparent;
    }
}
