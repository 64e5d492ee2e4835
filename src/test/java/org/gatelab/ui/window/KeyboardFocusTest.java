package org.gatelab.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.help.HelpMenu;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard reaches every focusable control in each tab (Tab, and the arrow keys within a group of toggles,
 * as JavaFX moves between them), and the one that has focus shows the focus ring ({@code base.css}: 3 px in the theme's {@code -gl-focus-ring} colour), in the light and the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFocusTest {
    /** The ring colours of light.css and dark.css. */
    private static final Map<Theme, Color> RING = Map.of(Theme.LIGHT, Color.web("#c24f00"),
            Theme.DARK, Color.web("#ffb000"));

    @Test
    void tabReachesEveryFocusableControlAndShowsTheRing(FxRobot robot) {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            AppView[] shell = new AppView[1];
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                shell[0] = new AppView(TestApp.of(new WorkspaceViewModel(TaskRunner.direct())), null);
                stage[0] = new Stage();
                stage[0].setScene(new Scene(shell[0], 1366, 768));
                stage[0].show();
                shell[0].themeProperty().set(theme);
            });
            List<String> problems = new ArrayList<>();
            for (Tab tab : new ArrayList<>(shell[0].tabs().getTabs())) {
                robot.interact(() -> shell[0].tabs().getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> shell[0].tabs().requestFocus());
                Set<Node> focusable = new LinkedHashSet<>();
                robot.interact(() -> collect(shell[0], focusable));
                Set<Node> reached = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                // once round the tab's controls, with room for the tab pane and the corner's controls
                for (int i = 0; i < focusable.size() + 6 && reached.size() < focusable.size(); i++) {
                    robot.type(KeyCode.TAB);
                    Node owner = stage[0].getScene().getFocusOwner();
                    Node control = owningControl(owner, focusable);
                    if (control == null) {
                        continue;
                    }
                    reached.add(control);
                    if (!showsRing(owner, control, RING.get(theme))) {
                        problems.add(theme + ", " + tab.getText() + ": no focus ring on " + describe(control));
                    }
                }
                // a group of toggles is one Tab stop (its selected member); the arrow keys move within it
                for (Node n : focusable) {
                    ToggleGroup group = n instanceof Toggle t ? t.getToggleGroup() : null;
                    Node stop = group == null ? n : firstReached(group, reached);
                    if (stop == null || (!reached.contains(n) && !arrowsReach(robot, stage[0], stop, n))) {
                        problems.add(theme + ", " + tab.getText() + ": the keyboard never reaches " + describe(n));
                    } else if (!reached.contains(n) && !showsRing(stage[0].getScene().getFocusOwner(), n,
                            RING.get(theme))) {
                        problems.add(theme + ", " + tab.getText() + ": no focus ring on " + describe(n));
                    }
                }
                assertTrue(focusable.size() >= 3, tab.getText() + " has controls to reach: " + focusable.size());
            }
            robot.interact(stage[0]::close);
            assertEquals(List.of(), problems.stream().distinct().toList());
        }
    }

    @Test
    void f10OpensTheCornerMenusInTurn(FxRobot robot) {
        AppView[] shell = new AppView[1];
        MenuButton[] menus = new MenuButton[2];
        robot.interact(() -> {
            shell[0] = new AppView(TestApp.of(new WorkspaceViewModel(TaskRunner.direct())), null);
            menus[0] = new MenuButton("Scene", null, new MenuItem("Copy scene"));
            menus[1] = new HelpMenu(() -> { }, () -> { }, () -> { }, () -> { });
            shell[0].corner().getChildren().addAll(0, List.of(menus));
            Stage s = new Stage();
            s.setScene(new Scene(shell[0], 1366, 768));
            s.show();
        });
        robot.type(KeyCode.F10);
        assertTrue(menus[0].isShowing() && menus[0].isFocused(), "F10 opens the first corner menu, focused");
        robot.interact(menus[0]::hide);
        robot.type(KeyCode.F10);
        assertTrue(menus[1].isShowing() && menus[1].isFocused(), "F10 again opens the next");
        assertTrue(!menus[0].isShowing());
        robot.interact(() -> {
            menus[1].hide();
            shell[0].getScene().getWindow().hide();
        });
    }

    /** The member of {@code group} that Tab reached, or null. */
    private static Node firstReached(ToggleGroup group, Set<Node> reached) {
        for (Toggle t : group.getToggles()) {
            if (t instanceof Node n && reached.contains(n)) {
                return n;
            }
        }
        return null;
    }

    /** From {@code stop}, the arrow keys move focus to {@code target} (a member of the same toggle group). */
    private static boolean arrowsReach(FxRobot robot, Stage stage, Node stop, Node target) {
        for (KeyCode key : List.of(KeyCode.RIGHT, KeyCode.LEFT, KeyCode.DOWN, KeyCode.UP)) {
            robot.interact(stop::requestFocus);
            for (int i = 0; i < 6; i++) {
                robot.type(key);
                if (stage.getScene().getFocusOwner() == target) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The visible, enabled, focus-traversable controls under {@code n} (a skin's inner parts excepted). */
    private static void collect(Node n, Set<Node> out) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n.isFocusTraversable() && AccessibleNames.operable(n) && !AccessibleNames.partOfAnother(n)) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** The control of {@code focusable} that the focus owner is, or is a part of (a spinner's editor). */
    private static Node owningControl(Node owner, Set<Node> focusable) {
        for (Node n = owner; n != null; n = n.getParent()) {
            if (focusable.contains(n)) {
                return n;
            }
        }
        return null;
    }

    /** A border of at least 2 px in the ring colour on the focus owner or between it and its control. */
    private static boolean showsRing(Node owner, Node control, Color ring) {
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBorder() != null) {
                for (BorderStroke s : r.getBorder().getStrokes()) {
                    if (ring.equals(s.getTopStroke()) && s.getWidths().getTop() >= 2) {
                        return true;
                    }
                }
            }
            if (n == control) {
                break;
            }
        }
        return false;
    }

    private static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        String text = n instanceof javafx.scene.control.Labeled l && l.getText() != null ? " \"" + l.getText() + "\""
                : "";
        return n.getClass().getSimpleName() + id + text;
    }
}
