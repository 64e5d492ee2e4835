package org.gatelab.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WelcomeAndAboutTest {
    private final List<String> chosen = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private WelcomeView welcome;
    private AboutPane about;
    private final AboutInfo info = new AboutInfo("9.9-test", Path.of("/home/u/.config/gatelab"),
            Path.of("/home/u/.config/gatelab/logs/gatelab.0.log"), Path.of("/opt/gatelab/lessons"), null);

    @Start
    void start(Stage stage) {
        welcome = new WelcomeView("Sequences and memory", "/home/u/.config/gatelab", new WelcomeView.Choices(
                () -> chosen.add("lesson"), () -> chosen.add("workspace"), () -> chosen.add("lab"),
                () -> chosen.add("close")));
        about = new AboutPane(info, opened::add);
        StackPane root = new StackPane(about, welcome);
        Scene scene = new Scene(root, 1200, 800);
        Theme.LIGHT.applyTo(scene);
        stage.setFullScreen(false);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachChoiceDoesWhatItSays(FxRobot robot) {
        robot.clickOn("#welcome-first-lesson");
        robot.clickOn("#welcome-workspace");
        robot.clickOn("#welcome-training-lab");
        robot.interact(() -> robot.lookup("#welcome-close").queryButton().fire());
        assertEquals(List.of("lesson", "workspace", "lab", "close"), chosen);
    }

    @Test
    void escapeClosesAndEnterTakesTheFirstLesson(FxRobot robot) {
        robot.interact(welcome::focusFirstChoice);
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("lesson"), chosen);
        robot.interact(welcome::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of("lesson", "close"), chosen);
    }

    @Test
    void aboutNamesTheLogAndOpensItsFolder(FxRobot robot) {
        String details = about.detailsText();
        assertTrue(details.startsWith("GateLab 9.9-test"), details);
        assertTrue(details.contains("Log: /home/u/.config/gatelab/logs/gatelab.0.log"), details);
        assertTrue(details.contains("Assets: not found"), details);
        robot.interact(() -> welcome.setVisible(false));
        robot.interact(() -> robot.lookup("#about-open-log").queryButton().fire());
        assertEquals(List.of(Path.of("/home/u/.config/gatelab/logs")), opened);
    }
}
