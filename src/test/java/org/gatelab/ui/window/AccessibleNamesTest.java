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
