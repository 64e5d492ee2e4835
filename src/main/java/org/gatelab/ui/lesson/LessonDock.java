package org.gatelab.ui.lesson;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;

/**
 * The window's content with the open lesson docked at its left: [lesson pane | the app's tabs] while a lesson is
 * open, the tabs alone otherwise. The pane collapses to a narrow strip that brings it back.
 */
public final class LessonDock extends SplitPane {
    /** The lesson pane's preferred width in pixels; it gets between 22 % and 40 % of the window. */
    static final double PANE_WIDTH = 390;

    private final LessonPlayerView pane;
    private final VBox strip;
    private final LessonPlayerViewModel player;
    private boolean collapsed;
    private boolean hidden;

    public LessonDock(Node main, LessonPlayerView pane, LessonPlayerViewModel player) {
        this.pane = pane;
        this.player = player;
        getStyleClass().add("lesson-dock");
        Button expand = new Button("›");
        expand.setId("lesson-expand");
        expand.getStyleClass().add("lesson-link-button");
        expand.setTooltip(new Tooltip("Show the lesson again"));
        expand.setOnAction(e -> expand());
        Label label = new Label("Lesson");
        label.setRotate(-90);
        label.getStyleClass().add("lesson-strip-label");
        strip = new VBox(expand, new javafx.scene.Group(label));
        strip.getStyleClass().add("lesson-strip");
        strip.setMinWidth(40);
        strip.setMaxWidth(40);
        pane.setMinWidth(280);
        SplitPane.setResizableWithParent(pane, false);
        SplitPane.setResizableWithParent(strip, false);
        pane.setOnCollapse(this::collapse);
        getItems().setAll(main);
        player.lessonProperty().addListener((obs, o, l) -> {
            if (l == null) {
                hideLesson();
            } else if (o == null) {
                collapsed = false;
                if (!hidden) {
                    showLesson();
                }
            }
        });
        if (player.lesson() != null) {
            showLesson();
        }
    }

    private void showLesson() {
        Node first = collapsed ? strip : pane;
        if (getItems().size() > 1) {
            getItems().set(0, first);
        } else {
            getItems().add(0, first);
        }
        if (collapsed) {
            setDividerPositions(0.0);
        } else {
            double w = getWidth() > 0 ? getWidth() : 1366;
            setDividerPositions(Math.max(0.22, Math.min(0.4, PANE_WIDTH / w)));
        }
    }

    private void hideLesson() {
        if (getItems().size() > 1) {
            getItems().remove(0);
        }
    }

    /** Hides the lesson pane behind a narrow strip. */
    public void collapse() {
        collapsed = true;
        if (getItems().size() > 1) {
            showLesson();
        }
    }

    /** Shows the lesson pane again. */
    public void expand() {
        collapsed = false;
        if (getItems().size() > 1) {
            showLesson();
        }
    }

    /**
     * Hides the lesson pane and its strip (presenter mode) or brings back what was shown; the lesson stays open
     * and keeps driving the views.
     */
    public void setHidden(boolean hide) {
        if (hide == hidden) {
            return;
        }
        hidden = hide;
        if (hide) {
            hideLesson();
        } else if (player.lesson() != null) {
            showLesson();
        }
    }

    /** True while presenter mode hides the lesson. */
    public boolean isHidden() {
        return hidden;
    }

    /** True when the lesson pane is shown (not collapsed, a lesson open). */
    public boolean paneShown() {
        return getItems().contains(pane);
    }

    public LessonPlayerView pane() {
        return pane;
    }
}
