package org.gatelab.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.ui.help.AboutInfo;
import org.gatelab.ui.help.HelpWiring;
import org.gatelab.ui.share.SceneFileChooser;
import org.gatelab.ui.share.ShareWiring;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.share.ShareViewModel;
import org.gatelab.viewmodel.window.AppViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alt and a letter: the corner's menus (_Scene, _Help) and switches, and each tab's main buttons have mnemonics;
 * on no tab do two controls on show share one (JavaFX would fire only the first), and within a menu no two items
 * do. A text with an underscore that is not a mnemonic (W_hh) is not parsed as one.
 */
@ExtendWith(ApplicationExtension.class)
class MnemonicsTest {
    @TempDir
    Path dir;

    @Test
    void theMenusAndEachTabsButtonsHaveDistinctMnemonics(FxRobot robot) {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        AppView[] shell = new AppView[1];
        robot.interact(() -> {
            AppViewModel app = TestApp.of(session, null, SettingsModel.inMemory(), Path.of("assets", "models"));
            shell[0] = new AppView(app, null);
            ShareWiring.install(shell[0], new ShareViewModel(session, app.training(), TaskRunner.direct(),
                    new LessonPaths(Path.of("assets").toAbsolutePath())), SceneFileChooser.DIALOG);
            Stage s = new Stage();
            s.setScene(new Scene(shell[0], 1366, 768));
            s.show();
            shell[0].settings().markWelcomeSeen();
            HelpWiring.install(shell[0], new AboutInfo("test", dir.resolve("user"), null, dir.resolve("lessons"),
                    null), f -> { });
        });
        List<MenuButton> menus = new ArrayList<>();
        robot.interact(() -> shell[0].corner().getChildren().stream().filter(n -> n instanceof MenuButton)
                .forEach(n -> menus.add((MenuButton) n)));
        assertEquals(java.util.Set.of('S', 'H'), menus.stream().map(m -> mnemonic(m.getText()))
                .collect(java.util.stream.Collectors.toSet()), "the corner's menus: _Scene and _Help");
        List<String> problems = new ArrayList<>();
        for (MenuButton m : menus) {
            Map<Character, String> items = new LinkedHashMap<>();
            for (MenuItem i : m.getItems()) {
                if (i.getText() == null) {
                    continue;
                }
                Character c = mnemonic(i.getText());
                if (c == null) {
                    problems.add(m.getText() + " > " + i.getText() + " has no mnemonic");
                } else if (items.put(c, i.getText()) != null) {
                    problems.add(m.getText() + ": " + items.get(c) + " and another item share Alt+" + c);
                }
            }
        }
        for (Tab tab : new ArrayList<>(shell[0].tabs().getTabs())) {
            robot.interact(() -> shell[0].tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Map<Character, String> seen = new LinkedHashMap<>();
                collect(shell[0], tab.getText(), seen, problems);
            });
        }
        // Alt+H opens the Help menu
        robot.press(KeyCode.ALT, KeyCode.H).release(KeyCode.H, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(help(menus).isShowing(), "Alt+H opens Help");
        robot.interact(() -> {
            help(menus).hide();
            shell[0].getScene().getWindow().hide();
        });

        // the course's window: the lessons, the language lab, and a lesson's pane beside the tabs
        AppView[] course = new AppView[1];
        robot.interact(() -> {
            course[0] = CourseWindow.of(dir.resolve("course"));
            Stage s = new Stage();
            s.setScene(new Scene(course[0], 1366, 768));
            s.show();
            course[0].player().open(CourseWindow.lesson(course[0], "01"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (Tab tab : new ArrayList<>(course[0].tabs().getTabs())) {
            robot.interact(() -> course[0].tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Map<Character, String> seen = new LinkedHashMap<>();
                collect(course[0], "course, " + tab.getText(), seen, problems);
            });
        }
        robot.interact(() -> course[0].getScene().getWindow().hide());
        assertEquals(List.of(), problems);

    }

    private static MenuButton help(List<MenuButton> menus) {
        return menus.stream().filter(m -> "help-menu".equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void aNameWithAnUnderscoreIsShownAsWritten(FxRobot robot) {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        AppView[] shell = new AppView[1];
        robot.interact(() -> {
            shell[0] = new AppView(TestApp.of(session), null);
            Stage s = new Stage();
            s.setScene(new Scene(shell[0], 1366, 768));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Labeled whh = (Labeled) shell[0].lookup("#whh-block-i");
            assertTrue(whh != null && !whh.isMnemonicParsing(), "W_hh is a name, not Alt+H");
            shell[0].getScene().getWindow().hide();
        });
    }

    /** The mnemonics of the labelled controls on show under {@code n}, each letter once. */
    private static void collect(Node n, String tab, Map<Character, String> seen, List<String> problems) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.isMnemonicParsing() && l.getText() != null) {
            Character c = mnemonic(l.getText());
            if (c != null) {
                String before = seen.put(c, l.getText());
                if (before != null) {
                    problems.add(tab + ": \"" + before + "\" and \"" + l.getText() + "\" share Alt+" + c);
                }
            }
            // its skin's label repeats the text; it is not another control
            return;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, tab, seen, problems);
            }
        }
    }

    /** The letter after the first single underscore, upper case, or null. */
    private static Character mnemonic(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) == '_') {
                    i++;
                    continue;
                }
                return Character.toUpperCase(text.charAt(i + 1));
            }
        }
        return null;
    }
}
