package org.gatelab.ui.export;

import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.gatelab.viewmodel.export.ExportTarget;

/** The export menu in a view panel's title bar. */
public final class ExportMenu {
    /** Style class of the menu button. */
    public static final String STYLE_CLASS = "export-menu";

    private ExportMenu() {
    }

    /**
     * A menu with "Export as PNG/SVG/PDF…", "Export animation…" and "Copy as image" for whatever
     * {@code target} names when an item is chosen (e.g. the panel's selected tab).
     *
     * @param id a prefix for the node ids, e.g. {@code "diagram"} gives {@code #diagram-export}
     */
    public static MenuButton create(String id, ExportActions actions, Supplier<ExportTarget> target) {
        MenuItem file = new MenuItem("Export as PNG/SVG/PDF…");
        file.setId(id + "-export-file");
        file.setOnAction(e -> actions.exportFile(target.get()));
        MenuItem animation = new MenuItem("Export animation…");
        animation.setId(id + "-export-animation");
        animation.setOnAction(e -> actions.exportAnimation(target.get()));
        MenuItem copy = new MenuItem("Copy as image");
        copy.setId(id + "-export-copy");
        copy.setOnAction(e -> actions.copyImage(target.get()));
        MenuButton button = new MenuButton("Export", null, file, animation, copy);
        button.setId(id + "-export");
        button.getStyleClass().addAll("view-panel-button", STYLE_CLASS);
        button.setTooltip(new Tooltip("Export this view for slides: PNG, SVG, PDF, an animation, or the clipboard"));
        button.disableProperty().bind(actions.model().busyProperty());
        return button;
    }
}
