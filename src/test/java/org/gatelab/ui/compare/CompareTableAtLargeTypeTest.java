package org.gatelab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gatelab.render.Palette;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.viewmodel.compare.CompareRow;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The results table at a projector's largest type (39 px: 3x of a 13 px font) in a 700 x 300 window, with the
 * rows of a real (tiny) comparison: every column header and every value shows whole (the constrained resize policy
 * had squeezed the headers to "Pa…", "Tr…", and it was not run again when the type grew), the table scrolling
 * sideways instead; at the usual type in a 1000 px window the columns still fill the table's width without a
 * scroll bar. The type grows while the window is open, as presenter mode's + does.
 */
@ExtendWith(ApplicationExtension.class)
class CompareTableAtLargeTypeTest {
    private CompareTable table;
    private StackPane root;

    @Start
    void start(Stage stage) {
        CompareViewModel model = CompareViewTest.tiny(new CompareViewModel(Runnable::run));
        assertTrue(model.start(), "the comparison starts");
        model.drain();
        table = new CompareTable(model, () -> Palette.LIGHT);
        root = new StackPane(table);
        Scene scene = new Scene(root, 1000, 300);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void atTheLargestTypeEveryHeaderAndValueShowsWholeAndTheTableScrollsSideways(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table.getItems().size(), "a row per cell");
        robot.interact(() -> {
            assertEquals(List.of(), cut(table));
            double sum = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            assertTrue(sum > table.getWidth() - 40 && !horizontalBar(table),
                    "at the usual type the columns fill the table: " + sum + " of " + table.getWidth());
        });
        robot.interact(() -> {
            root.getScene().getWindow().setWidth(700);
            root.setStyle("-fx-font-size: 39px;");
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals(List.of(), cut(table));
            assertTrue(horizontalBar(table), "the table scrolls sideways");
        });
    }

    /** Every header or value on show whose displayed text is not its whole text. */
    static List<String> cut(CompareTable table) {
        List<String> out = new ArrayList<>();
        int headers = 0;
        int values = 0;
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.isVisible() && h.getTableColumn() != null
                    && h.getTableColumn().isVisible()) {
                for (Node l : h.lookupAll(".label")) {
                    if (l instanceof Labeled label && label.getText() != null && !label.getText().isEmpty()) {
                        headers++;
                        check(label, "header", out);
                    }
                }
            }
        }
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> c && c.isVisible() && !c.isEmpty() && c.getText() != null
                    && c.getTableColumn() != null && c.getTableColumn().isVisible()) {
                values++;
                check(c, "value", out);
            }
        }
        if (headers < 8 || values < 24) {
            out.add("too few texts checked: " + headers + " headers, " + values + " values");
        }
        return out;
    }

    private static void check(Labeled l, String what, List<String> out) {
        for (Node t : l.getChildrenUnmodifiable()) {
            if (t instanceof Text text && !text.getText().equals(l.getText())) {
                out.add(what + " \"" + l.getText() + "\" shows \"" + text.getText() + "\" in " + l.getWidth() + " px");
            }
        }
    }

    private static boolean horizontalBar(CompareTable table) {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()) {
                return true;
            }
        }
        return false;
    }
}
