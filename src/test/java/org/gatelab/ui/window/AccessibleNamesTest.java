package org.gatelab.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control a learner can operate in the window (each tab shown once) has a name a screen reader can say:
 * its own text, its accessible text, or a label that names it ({@code labelFor}); {@link AccessibleNames} fills
 * in what the views left out.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    @Test
    void everyControlHasAName(FxRobot robot) {
        AppView[] shell = new AppView[1];
        robot.interact(() -> {
            shell[0] = new AppView(TestApp.of(new WorkspaceViewModel(TaskRunner.direct())), null);
            Stage s = new Stage();
            s.setScene(new Scene(shell[0], 1366, 768));
            s.show();
        });
        List<String> unnamed = new ArrayList<>();
        for (Tab tab : new ArrayList<>(shell[0].tabs().getTabs())) {
            robot.interact(() -> shell[0].tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Map<Node, Label> labels = new IdentityHashMap<>();
                collectLabels(shell[0], labels);
                List<Control> controls = new ArrayList<>();
                collect(shell[0], controls);
                for (Control c : controls) {
                    if (!named(c, labels)) {
                        unnamed.add(tab.getText() + ": " + describe(c));
                    }
                }
            });
        }
        assertEquals(List.of(), unnamed.stream().distinct().toList());
        // what a screen reader says: the label beside a field, a symbol button's tooltip, the tooltip as help
        robot.interact(() -> {
            Map<Node, Label> labels = new IdentityHashMap<>();
            collectLabels(shell[0], labels);
            assertEquals("Hidden units", labels.get(shell[0].lookup("#hidden-size")).getText());
            Control play = (Control) shell[0].lookup("#play");
            assertEquals("Play or pause", play.getAccessibleText());
            assertEquals("Play or pause (Space)", play.getAccessibleHelp());
        });
    }

    /**
     * Every control of every tab, shown or in a panel's other tab (the course's window with a lesson open, and the
     * Memory tab's): none without its own words or an accessible text, and none without a tooltip or help text
     * unless its own words say what it does.
     */
    @Test
    void everyControlOfEveryTabHasANameAndHelpWhereItsWordsDoNotSayWhatItDoes(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        AppView[] shell = new AppView[1];
        robot.interact(() -> {
            shell[0] = org.gatelab.ui.testing.CourseWindow.of(dir.resolve("course"));
            show(shell[0]);
            shell[0].player().open(org.gatelab.ui.testing.CourseWindow.lesson(shell[0], "01"));
        });
        audit(robot, shell[0], problems);
        robot.interact(() -> {
            shell[0].getScene().getWindow().hide();
            shell[0] = new AppView(TestApp.of(new WorkspaceViewModel(TaskRunner.direct()), null,
                    org.gatelab.viewmodel.SettingsModel.inMemory(), java.nio.file.Path.of("assets", "models")), null);
            show(shell[0]);
        });
        audit(robot, shell[0], problems);
        robot.interact(() -> shell[0].getScene().getWindow().hide());
        assertEquals(List.of(), problems.stream().distinct().toList());
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    private static void show(AppView shell) {
        Stage s = new Stage();
        s.setScene(new Scene(shell, 1366, 768));
        s.show();
    }

    /** Shows each tab once (its content joins the window), then checks every control under the window. */
    private static void audit(FxRobot robot, AppView shell, List<String> problems) {
        for (Tab tab : new ArrayList<>(shell.tabs().getTabs())) {
            robot.interact(() -> shell.tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> {
            List<Control> controls = new ArrayList<>();
            collectAll(shell, controls);
            for (Control c : controls) {
                if (!AccessibleNames.hasName(c)) {
                    problems.add("no name (text or accessible text): " + describe(c));
                }
                if (!AccessibleNames.saysWhatItDoes(c) && !hasHelp(c)) {
                    problems.add("no tooltip or help text: " + describe(c));
                }
            }
        });
    }

    private static boolean hasHelp(Control c) {
        return c.getTooltip() != null && c.getTooltip().getText() != null && !c.getTooltip().getText().isBlank()
                || c.getAccessibleHelp() != null && !c.getAccessibleHelp().isBlank();
    }

    /** Every operable control under {@code n}, shown or not (a panel's other tabs, a collapsed card). */
    private static void collectAll(Node n, List<Control> out) {
        if (AccessibleNames.operable(n) && !AccessibleNames.partOfAnother(n)) {
            out.add((Control) n);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectAll(c, out);
            }
        }
    }

    private static void collect(Node n, List<Control> out) {
        if (!n.isVisible()) {
            return;
        }
        if (AccessibleNames.operable(n) && !AccessibleNames.partOfAnother(n)) {
            out.add((Control) n);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static void collectLabels(Node n, Map<Node, Label> out) {
        if (n instanceof Label l && l.getLabelFor() != null) {
            out.put(l.getLabelFor(), l);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectLabels(c, out);
            }
        }
    }

    private static boolean named(Control c, Map<Node, Label> labels) {
        return AccessibleNames.hasName(c) || labels.containsKey(c);
    }

    private static String describe(Control c) {
        String text = c instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        String tip = c.getTooltip() == null ? "" : " (tooltip: " + c.getTooltip().getText() + ")";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId()) + text + tip
                + " in " + (c.getParent() == null ? "?" : c.getParent().getClass().getSimpleName()
                + (c.getParent().getId() == null ? "" : "#" + c.getParent().getId()));
    }
}
