package org.gatelab.ui.workspace;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A view with a title bar, optional tools ({@link #addHeaderTool}, e.g. the export menu) and two buttons: maximise (the view takes the whole workspace until pressed
 * again) and detach (the view moves to its own window until that window is closed). What maximising and
 * detaching do to the layout is up to the owner, through the two callbacks.
 */
public final class ViewPanel extends BorderPane {
    public static final String STYLE_CLASS = "view-panel";

    private final String title;
    private final Node content;
    private final Button maximize = new Button("□");
    private final Button detach = new Button("↗");
    private final HBox header;

    public ViewPanel(String title, Node content, Consumer<ViewPanel> onMaximize, Consumer<ViewPanel> onDetach) {
        this.title = title;
        this.content = content;
        getStyleClass().add(STYLE_CLASS);
        Label label = new Label(title);
        label.getStyleClass().add("view-panel-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        maximize.getStyleClass().addAll("view-panel-button", "view-panel-maximise");
        detach.getStyleClass().addAll("view-panel-button", "view-panel-detach");
        maximize.setTooltip(new Tooltip("Maximise this view (again to restore)"));
        detach.setTooltip(new Tooltip("Open this view in its own window"));
        maximize.setOnAction(e -> onMaximize.accept(this));
        detach.setOnAction(e -> onDetach.accept(this));
        header = new HBox(label, spacer, maximize, detach);
        header.getStyleClass().add("view-panel-header");
        setTop(header);
        setCenter(content);
        setMinSize(0, 0);
    }

    public String title() {
        return title;
    }

    public Node content() {
        return content;
    }

    /** Adds a control (e.g. the export menu) to the title bar, left of the maximise button. */
    public void addHeaderTool(Node tool) {
        header.getChildren().add(header.getChildren().indexOf(maximize), tool);
    }

    /** Hides the detach button while the panel is in its own window. */
    public void setDetached(boolean detached) {
        detach.setVisible(!detached);
        detach.setManaged(!detached);
        maximize.setVisible(!detached);
        maximize.setManaged(!detached);
    }
}
