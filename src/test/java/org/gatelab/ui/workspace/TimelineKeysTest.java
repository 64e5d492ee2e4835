package org.gatelab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.TimelineModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline's keys and the focused control: Tab reaches the timeline's buttons and sliders, the panels' export
 * and maximise buttons and the presenter controls; Space presses a focused button, the arrows move a focused
 * slider, Space opens a focused combo box, a field keeps what is typed; with nothing that uses the key focused,
 * Space, Left, Right, Home and End drive the timeline.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineKeysTest {
    private WorkspaceViewModel session;
    private AppView shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        shell = new AppView(TestApp.of(session), null);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    private TimelineModel timeline() {
        return session.timeline();
    }

    private void focus(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        robot.interact(n::requestFocus);
        assertTrue(n.isFocused() || stage.getScene().getFocusOwner() == n, query + " takes focus");
    }

    @Test
    void tabReachesTheTimelineThePanelButtonsAndThePresenterControls(FxRobot robot) {
        robot.interact(() -> shell.workspace().requestFocus());
        List<Node> reached = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            robot.type(KeyCode.TAB);
            reached.add(stage.getScene().getFocusOwner());
        }
        for (String q : List.of("#timeline-start", "#timeline-back", "#play", "#timeline-forward", "#timeline-end",
                "#scrubber", "#timeline-speed", "#diagram-export", "#heatmaps-export", ".view-panel-maximise",
                ".view-panel-detach", "#present", "#presenter-scale")) {
            for (Node n : robot.lookup(q).queryAll()) {
                if (n.isVisible()) {
                    assertTrue(reached.contains(n), "Tab reaches " + q);
                }
            }
        }
        assertEquals(0, timeline().step(), "Tab leaves the timeline alone");
    }

    @Test
    void aFocusedControlKeepsTheKeysItUsesAndTheTimelineGetsTheRest(FxRobot robot) {
        robot.interact(() -> timeline().toStart());
        // a focused button is pressed by Space (one step forward, not play); an arrow still steps the timeline
        focus(robot, "#timeline-forward");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, timeline().step(), "Space pressed the focused › button");
        assertFalse(timeline().isPlaying(), "and did not start playing");
        robot.type(KeyCode.RIGHT);
        assertEquals(2, timeline().step(), "a button does nothing with → : the timeline steps");
        robot.type(KeyCode.END);
        assertEquals(timeline().length() - 1, timeline().step());
        robot.type(KeyCode.HOME);
        assertEquals(0, timeline().step());

        // a focused slider moves with the arrows; the timeline stays
        Slider speed = robot.lookup("#timeline-speed").queryAs(Slider.class);
        double before = speed.getValue();
        focus(robot, "#timeline-speed");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(speed.getValue() > before, "→ moved the speed slider");
        assertEquals(speed.getValue(), timeline().speedProperty().get(), 1e-12);
        assertEquals(0, timeline().step(), "→ on a slider does not step the timeline");
        robot.type(KeyCode.SPACE);
        assertTrue(timeline().isPlaying(), "a slider does nothing with Space: the timeline plays");
        robot.type(KeyCode.SPACE);
        assertFalse(timeline().isPlaying());

        // the scrubber is the timeline: → moves it one step, once
        focus(robot, "#scrubber");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, timeline().step(), "the focused scrubber moved one step");

        // a focused combo box opens with Space
        ComboBox<?> scale = robot.lookup("#presenter-scale").queryAs(ComboBox.class);
        focus(robot, "#presenter-scale");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scale.isShowing(), "Space opened the focused combo box");
        assertFalse(timeline().isPlaying());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // a field keeps what is typed
        focus(robot, "#hidden-size");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        assertEquals(1, timeline().step());
        assertFalse(timeline().isPlaying());

        // nothing that uses the keys focused: they drive the timeline
        robot.interact(() -> shell.workspace().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertEquals(2, timeline().step(), "focus: " + stage.getScene().getFocusOwner());
        robot.type(KeyCode.LEFT);
        assertEquals(1, timeline().step());
        robot.type(KeyCode.SPACE);
        assertTrue(timeline().isPlaying());
        robot.type(KeyCode.SPACE);
        assertFalse(timeline().isPlaying());
    }
}
