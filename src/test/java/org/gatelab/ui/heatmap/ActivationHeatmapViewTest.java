package org.gatelab.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Rgb;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.heatmap.HeatmapLayout;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The activation heatmaps against the trace: values, markers, clicks, hover, map choice. */
@ExtendWith(ApplicationExtension.class)
class ActivationHeatmapViewTest {
    private WorkspaceViewModel session;
    private ActivationHeatmapView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        view = new ActivationHeatmapView(session);
        scene = new Scene(view, 900, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private LayerTrace layer() {
        return session.trace().layer(session.selection().layer());
    }

    /** Every value of every map equals the trace's number at that (unit, t). */
    private void assertMapsMatchTrace(List<String> expected) {
        LayerTrace l = layer();
        assertEquals(expected, page().availableMaps());
        for (String name : expected) {
            for (int u = 0; u < l.hiddenSize(); u++) {
                for (int t = 0; t < l.length(); t++) {
                    double want = switch (name) {
                        case "h" -> l.hidden(t, 0, u);
                        case "c" -> l.cellState(t, 0, u);
                        case "a" -> l.preActivation(t, 0, Gate.A, u);
                        default -> l.gate(t, 0, gateOf(name), u);
                    };
                    assertEquals(want, page().valueAt(name, u, t), 0.0, name + " unit " + u + " t " + t);
                }
            }
        }
    }

    private static Gate gateOf(String symbol) {
        for (Gate g : Gate.values()) {
            if (g.symbol().equals(symbol)) {
                return g;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    @Test
    void lstmMapsShowTheTraceWithTheirColourScales() {
        assertMapsMatchTrace(List.of("i", "f", "g", "o", "c", "h"));
        assertEquals(List.of("i", "f", "g", "o", "c", "h"), view.shownMaps());
        for (String sigmoid : List.of("i", "f", "o")) {
            HeatmapData d = page().mapData(sigmoid).orElseThrow();
            assertEquals(ColorMap.sequential(), d.colorMap());
            assertEquals(0, d.min());
            assertEquals(1, d.max());
        }
        for (String tanh : List.of("g", "h")) {
            HeatmapData d = page().mapData(tanh).orElseThrow();
            assertEquals(ColorMap.diverging(), d.colorMap());
            assertEquals(-1, d.min());
            assertEquals(1, d.max());
        }
        HeatmapData c = page().mapData("c").orElseThrow();
        assertEquals(ColorMap.diverging(), c.colorMap());
        assertEquals(layer().maxAbsCellState(), c.max());
        assertEquals(-layer().maxAbsCellState(), c.min());
    }

    @Test
    void gruAndRnnMapsShowTheTrace(FxRobot robot) {
        robot.interact(() -> session.setCell(CellKind.GRU));
        assertMapsMatchTrace(List.of("r", "z", "n", "h"));
        assertEquals(List.of("r", "z", "n", "h"), view.shownMaps());
        robot.interact(() -> session.setCell(CellKind.RNN));
        assertMapsMatchTrace(List.of("a", "h"));
        assertEquals(ColorMap.diverging(), page().mapData("a").orElseThrow().colorMap());
        // after a change of seed and length the maps follow the new trace
        robot.interact(() -> {
            session.setSeed(7);
            session.setLength(45);
        });
        assertMapsMatchTrace(List.of("a", "h"));
    }

    /** The toggles a change of cell rebuilds are named for a screen reader at once (not at the next tab switch). */
    @Test
    void rebuiltTogglesHaveANameAndHelp(FxRobot robot) {
        robot.interact(() -> session.setCell(CellKind.GRU));
        robot.interact(() -> {
            javafx.scene.control.ToggleButton z = (javafx.scene.control.ToggleButton) view.lookup("#show-z");
            assertTrue(z.getAccessibleText().contains("update gate") && z.getAccessibleText().endsWith(" map"),
                    z.getAccessibleText());
            assertEquals(z.getTooltip().getText(), z.getAccessibleHelp());
        });
    }

    @Test
    void theSelectedLayerIsShown(FxRobot robot) {
        robot.interact(() -> {
            session.setLayers(2);
            session.selection().selectLayer(1);
        });
        assertEquals(1, session.selection().layer());
        assertMapsMatchTrace(List.of("i", "f", "g", "o", "c", "h"));
        assertEquals(layer().hidden(5, 0, 2), page().valueAt("h", 2, 5));
    }

    @Test
    void clickingACellSelectsItsUnitAndStep(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D p = page().cellCenter("f", 5, 12).orElseThrow();
        assertEquals(new HeatmapHit("f", 5, 12), view.cellAt(p.getX(), p.getY()).orElseThrow());
        robot.clickOn(view.localToScreen(p));
        assertEquals(5, session.selection().unit());
        assertEquals(12, session.timeline().step());
        assertEquals(5, view.markerUnit());
        assertEquals(12, view.markerStep());

        Point2D q = page().cellCenter("h", 1, 27).orElseThrow();
        robot.clickOn(view.localToScreen(q));
        assertEquals(1, session.selection().unit());
        assertEquals(27, session.timeline().step());
    }

    @Test
    void hoveringShowsTheExactTraceValue(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D p = page().cellCenter("f", 3, 7).orElseThrow();
        robot.moveTo(view.localToScreen(p));
        String expected = "f · unit 3 · t = 7: " + ValueFormat.readout(layer().gate(7, 0, Gate.F, 3));
        assertEquals(expected, page().currentTooltip());
        assertEquals(expected, view.tooltipText("f", 3, 7));
        assertEquals(new HeatmapHit("f", 3, 7), page().hoveredCell().orElseThrow());
        robot.moveTo(view.localToScreen(new Point2D(2, 2)));
        assertEquals("", page().currentTooltip());
    }

    @Test
    void theStepMarkerFollowsTheTimeline(FxRobot robot) {
        // a unit away from the top row, so only the step marker overhangs the plot's top edge
        robot.interact(() -> {
            session.selection().selectUnit(3);
            session.timeline().setStep(17);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(17, view.markerStep());
        assertEquals(17, accentColumn(robot, "h"), "the painted marker's column");
        robot.interact(() -> {
            session.timeline().setStep(4);
            session.selection().selectUnit(6);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, view.markerStep());
        assertEquals(6, view.markerUnit());
        assertEquals(4, accentColumn(robot, "h"));
    }

    /** The column whose top edge carries the accent-coloured outline in a snapshot of the view. */
    private int accentColumn(FxRobot robot, String map) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(Snapshots.of(view)));
        HeatmapLayout l = page().layoutOf(map).orElseThrow();
        Rgb accent = view.palette().accent();
        double sum = 0;
        int n = 0;
        // scan the strip just above the plot, where only the step marker overhangs
        for (int yy = (int) Math.floor(l.plotY() - 4); yy < l.plotY() - 1; yy++) {
            for (int x = (int) l.plotX(); x < l.plotX() + l.plotW(); x++) {
                int argb = img.get().getPixelReader().getArgb(x, yy);
                int dr = ((argb >> 16) & 255) - accent.r();
                int dg = ((argb >> 8) & 255) - accent.g();
                int db = (argb & 255) - accent.b();
                if (dr * dr + dg * dg + db * db < 40 * 40) {
                    sum += x;
                    n++;
                }
            }
        }
        assertTrue(n > 0, "no accent pixels above the plot");
        return l.cellAt(sum / n, l.centerY(0)).orElseThrow().col();
    }

    @Test
    void manyUnitsShowASubsetThatTheTogglesChange(FxRobot robot) {
        robot.interact(() -> {
            view.getScene().getWindow().setWidth(650);
            view.getScene().getWindow().setHeight(420);
            session.setHiddenSize(64);
            session.setLength(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = view.shownMaps();
        assertTrue(shown.size() < 6, "a subset: " + shown);
        assertTrue(shown.contains("h") && shown.contains("c"), "the states come first: " + shown);
        assertFalse(shown.contains("g"));
        // the toggles show the choice; turning one on shows that map too
        ToggleButton g = robot.lookup("#show-g").queryAs(ToggleButton.class);
        assertFalse(g.isSelected());
        robot.clickOn(g);
        assertTrue(view.shownMaps().contains("g"));
        assertTrue(g.isSelected());
        ToggleButton h = robot.lookup("#show-h").queryAs(ToggleButton.class);
        robot.clickOn(h);
        assertFalse(view.shownMaps().contains("h"));
        // values of a shown map still match the trace
        assertEquals(layer().gate(150, 0, Gate.G, 63), page().valueAt("g", 63, 150));
        // a new cell returns to the automatic choice
        robot.interact(() -> session.setCell(CellKind.GRU));
        assertTrue(view.shownMaps().contains("h"));
        robot.interact(() -> view.setShownMaps(List.of("z")));
        assertEquals(List.of("z"), view.shownMaps());
    }

    @Test
    void snapshotIsNotBlank(FxRobot robot) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(Snapshots.of(view)));
        assertTrue(Snapshots.variance(img.get()) > 100, "variance " + Snapshots.variance(img.get()));
        robot.interact(() -> Theme.DARK.applyTo(scene));
        robot.interact(() -> img.set(Snapshots.of(view)));
        assertTrue(Snapshots.variance(img.get()) > 100);
    }

    /** What the view shows, read through its page object. */
    private HeatmapPage page() {
        return new HeatmapPage(view);
    }
}
