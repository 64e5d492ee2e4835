package org.gatelab.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gatelab.ui.testing.CourseWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No text the window shows, nor any tooltip, spells maths as raw markup a learner would read literally ({@code x_t},
 * {@code h_{t−1}}): plain text writes subscripts as characters ({@code xₜ}, {@code hₜ₋₁}), figures draw them
 * ({@code ScriptText}), lessons typeset them. PyTorch's names ({@code W_hh}, {@code b_f}) are not maths markup and
 * stay.
 */
@ExtendWith(ApplicationExtension.class)
class NoRawMarkupTest {
    /** A one-letter symbol with a raw subscript t, or any braced subscript. */
    private static final Pattern RAW = Pattern.compile("(?<![\\p{L}\\d])\\p{L}_(?:t(?![\\p{L}\\d])|\\{)");

    @TempDir
    Path dir;

    @Test
    void noTextOnAnyTabSpellsMathsAsMarkup(FxRobot robot) {
        assertTrue(RAW.matcher("x_t = sin(2πt / 20)").find() && RAW.matcher("h_{t−1}").find()
                && !RAW.matcher("W_hh scale").find() && !RAW.matcher("forget-gate bias b_f").find());
        AppView[] shell = new AppView[1];
        robot.interact(() -> {
            shell[0] = CourseWindow.of(dir);
            Stage stage = new Stage();
            stage.setScene(new Scene(shell[0], 1366, 768));
            stage.show();
        });
        List<String> raw = new ArrayList<>();
        for (Tab tab : new ArrayList<>(shell[0].tabs().getTabs())) {
            robot.interact(() -> shell[0].tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> collect(shell[0], tab.getText(), raw));
        }
        assertEquals(List.of(), raw.stream().distinct().toList());
    }

    private static void collect(Node n, String tab, List<String> raw) {
        if (n instanceof Text t && t.getText() != null && RAW.matcher(t.getText()).find()) {
            raw.add(tab + ": \"" + t.getText() + "\"");
        }
        if (n instanceof Control c) {
            Tooltip tip = c.getTooltip();
            if (tip != null && tip.getText() != null && RAW.matcher(tip.getText()).find()) {
                raw.add(tab + ": tooltip \"" + tip.getText() + "\"");
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, tab, raw);
            }
        }
    }
}
