package org.gatelab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Text that is not a number in a number field goes back to the last good value; nothing is thrown. */
@ExtendWith(ApplicationExtension.class)
class ControlPanelTypingTest {
    private final WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
    private ControlPanel panel;
    private Button elsewhere;

    @Start
    void start(Stage stage) {
        panel = new ControlPanel(session);
        elsewhere = new Button("elsewhere");
        stage.setFullScreen(false);
        stage.setScene(new Scene(new VBox(elsewhere, panel), 400, 900));
        stage.show();
    }

    @Test
    void notANumberRevertsWithoutAnException(FxRobot robot) {
        List<Throwable> thrown = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e)));
        try {
            robot.interact(() -> {
                panel.hidden.requestFocus();
                panel.hidden.getEditor().setText("82t");
                elsewhere.requestFocus();
            });
            assertTrue(thrown.isEmpty(), "thrown: " + thrown);
            assertEquals(8, panel.hidden.getValue());
            assertEquals("8", panel.hidden.getEditor().getText());
            assertEquals(8, session.settings().hiddenSize());
            robot.interact(() -> {
                panel.hidden.requestFocus();
                panel.hidden.getEditor().setText("12");
                elsewhere.requestFocus();
            });
            assertEquals(12, session.settings().hiddenSize(), "a good number still applies");
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        }
    }
}
