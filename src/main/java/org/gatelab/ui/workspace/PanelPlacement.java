package org.gatelab.ui.workspace;

import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gatelab.ui.canvas.Theme;

/**
 * Where the workspace's panels are: in the grid, one of them maximised over the work area (until asked again), or
 * one in a window of its own (until that window is closed). Each panel's holder stays in the grid meanwhile, so
 * the other panels keep their places.
 */
final class PanelPlacement {
    private final StackPane center;
    private final Node workArea;
    private final PanelGrid grid;
    private final ObjectProperty<Theme> theme;
    private final EventHandler<KeyEvent> keys;
    private final Supplier<Window> owner;
    private ViewPanel maximized;

    /**
     * @param center the work area's parent, which shows the grid or the maximised panel
     * @param keys   the workspace's keys, for a detached panel's window
     * @param owner  the workspace's window (or null), owner of the detached windows
     */
    PanelPlacement(StackPane center, Node workArea, PanelGrid grid, ObjectProperty<Theme> theme,
                   EventHandler<KeyEvent> keys, Supplier<Window> owner) {
        this.center = center;
        this.workArea = workArea;
        this.grid = grid;
        this.theme = theme;
        this.keys = keys;
        this.owner = owner;
        center.getChildren().setAll(workArea);
    }

    /** The maximised panel, or null. */
    ViewPanel maximized() {
        return maximized;
    }

    /** Puts a maximised panel back in the grid. */
    void restore() {
        if (maximized != null) {
            toggleMaximize(maximized);
        }
    }

    /** Maximises {@code panel} over the work area, or puts it back if it is maximised. */
    void toggleMaximize(ViewPanel panel) {
        StackPane holder = grid.holder(panel);
        if (holder == null) {
            return;
        }
        if (maximized == panel) {
            center.getChildren().setAll(workArea);
            holder.getChildren().setAll(panel);
            maximized = null;
            return;
        }
        restore();
        holder.getChildren().clear();
        maximized = panel;
        center.getChildren().setAll(zoomed(panel));
    }

    /**
     * A maximised panel over the work area, in a scroll pane of its own: in presenter mode its views keep the room
     * their type asks for when they are alone ({@link PanelHolder}), so + keeps growing them and the panel scrolls.
     */
    private ScrollPane zoomed(ViewPanel panel) {
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("work-area");
        scroll.setContent(new PanelHolder(panel, new PanelHolder.Area() {
            @Override
            public boolean roomy() {
                return grid.roomy();
            }

            @Override
            public double heightAlone(StackPane h) {
                return scroll.getViewportBounds().getHeight();
            }
        }));
        return scroll;
    }

    /** Moves {@code panel} to a window of its own; closing that window brings it back. */
    void detach(ViewPanel panel) {
        if (maximized == panel) {
            toggleMaximize(panel);
        }
        StackPane slot = grid.holder(panel);
        if (slot == null) {
            return;
        }
        Label placeholder = new Label(panel.title() + " is open in its own window. Close that window to bring it back.");
        placeholder.getStyleClass().add("hint-label");
        slot.getChildren().setAll(placeholder);
        panel.setDetached(true);
        Stage stage = new Stage();
        stage.setTitle("GateLab · " + panel.title());
        Scene scene = new Scene(panel, 900, 600);
        theme.get().applyTo(scene);
        ChangeListener<Theme> follow = (obs, o, t) -> t.applyTo(scene);
        theme.addListener(follow);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        stage.setOnHidden(e -> {
            theme.removeListener(follow);
            scene.setRoot(new Region());
            panel.setDetached(false);
            slot.getChildren().setAll(panel);
        });
        Window window = owner.get();
        if (window != null) {
            stage.initOwner(window);
        }
        stage.show();
    }
}
