package org.gatelab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.window.PresenterMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The type scale is honoured everywhere: on every tab, every text on show while presenting (labels, buttons,
 * fields, the lesson caption, the timeline) is larger at the largest type scale than at the smallest. A font
 * fixed in px in a stylesheet would stay the same size and fail.
 */
@ExtendWith(ApplicationExtension.class)
class TypeScaleTest {
    @TempDir
    Path dir;

    @Test
    void everyTextOnEveryTabGrowsWithTheTypeScale(FxRobot robot) {
        AppView[] shell = new AppView[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            shell[0] = CourseWindow.of(dir);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(shell[0], 1366, 768));
            stage[0].show();
        });
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        for (Tab tab : new ArrayList<>(shell[0].tabs().getTabs())) {
            if ("tab-lessons".equals(tab.getId())) {
                continue; // presenting shows the workspace instead of the list
            }
            robot.interact(() -> shell[0].tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            Map<Text, Double> small = sizes(robot, shell[0], PresenterMode.MIN_SCALE);
            Map<Text, Double> large = sizes(robot, shell[0], PresenterMode.MAX_SCALE);
            robot.interact(() -> shell[0].presenter().exit());
            WaitForAsyncUtils.waitForFxEvents();
            for (Map.Entry<Text, Double> e : small.entrySet()) {
                Double big = large.get(e.getKey());
                if (big != null) {
                    checked[0]++;
                    if (big <= e.getValue() * 1.5) {
                        problems.add(tab.getText() + ": \"" + shorten(e.getKey().getText()) + "\" in "
                                + owner(e.getKey()) + " is " + e.getValue() + " px at the smallest scale and " + big
                                + " at the largest");
                    }
                }
            }
        }
        robot.interact(() -> stage[0].close());
        assertTrue(checked[0] > 20, "texts compared: " + checked[0]);
        assertEquals(List.of(), problems.stream().distinct().toList());
    }

    /** The font size of every text on show while presenting at {@code scale}. */
    private static Map<Text, Double> sizes(FxRobot robot, AppView shell, double scale) {
        robot.interact(() -> {
            shell.presenter().setScale(scale);
            shell.presenter().enter();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Map<Text, Double> out = new IdentityHashMap<>();
        robot.interact(() -> collect(shell, out));
        return out;
    }

    private static void collect(Node n, Map<Text, Double> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            out.put(t, t.getFont().getSize());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static String shorten(String s) {
        String t = s.strip().replace('\n', ' ');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static String owner(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node p = n.getParent(); p != null && b.length() < 120; p = p.getParent()) {
            if (!p.getStyleClass().isEmpty()) {
                b.append(p.getStyleClass().get(p.getStyleClass().size() - 1)).append(" < ");
            }
        }
        return b.toString();
    }
}
