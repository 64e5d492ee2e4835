package org.gatelab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gatelab.render.equations.EquationLayout;
import org.gatelab.ui.canvas.CanvasProbe;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.diagram.EquationPage;
import org.gatelab.ui.diagram.EquationView;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.window.AppView;
import org.gatelab.ui.workspace.WorkspacePage;
import org.gatelab.viewmodel.window.PresenterMode;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The projector rule (issue 14, defect 4), measured on a 1366 x 768 screen (the "projector" test run's) in presenter
 * mode: at the default scale no text in any of the eight views, nor in the controls beside them, is smaller than
 * 16 pixels; and every step of + makes every view's type larger, all together (before, + grew the heatmaps while the
 * equations shrank and the diagram stayed). Texts drawn on canvases are measured as drawn ({@link CanvasProbe}),
 * the controls' texts by their font and the scale they are shown at.
 */
@Tag("projector")
@ExtendWith(ApplicationExtension.class)
class ProjectorRuleTest {
    private static final double RULE = 16;
    /** The four panels with every tab once: the default grid, then the panels' other tabs. */
    private static final List<List<ViewKind>> ARRANGEMENTS = List.of(
            List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS, ViewKind.ACTIVATIONS, ViewKind.GRADIENT_FLOW),
            List.of(ViewKind.UNROLLED, ViewKind.EQUATIONS, ViewKind.GRADIENT_HEATMAP, ViewKind.CONNECTIVITY),
            List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS, ViewKind.ACTIVATIONS, ViewKind.WHH));
    @TempDir
    Path user;
    private Stage stage;
    private AppView shell;
    private WorkspacePage page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = CourseWindow.of(user);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    /**
     * Lets the window settle: its styles, then its layout, twice over, since a view whose room follows its width asks
     * its panel again after the pass that changed the width.
     */
    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> {
                shell.applyCss();
                shell.layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * Per view on show: the size of every text its canvases draw, in pixels. The equations, where shown, are drawn
     * whole (never clipped: the view asks for the room they need at the smallest type).
     */
    private Map<String, List<Double>> measure(FxRobot robot, List<ViewKind> views) {
        robot.interact(() -> shell.workspace().showViews(views));
        settle(robot);
        if (views.contains(ViewKind.WHH)) {
            awaitTheSpectra(robot);
        }
        Map<String, List<Double>> sizes = new LinkedHashMap<>();
        robot.interact(() -> {
            if (views.contains(ViewKind.EQUATIONS) && new EquationPage(page.equations()).lastLayout() != null) {
                assertTrue(new EquationPage(page.equations()).lastLayout().fits(), "the equations beside " + views
                        + " at " + shell.presenter().scale() + "x are drawn whole, not clipped, in "
                        + round(page.equations().getWidth()) + " x " + round(page.equations().getHeight()) + " px");
            }
            for (ViewKind kind : views) {
                assertTrue(page.onScreen(kind), kind + " is on show");
                List<Double> px = new ArrayList<>();
                for (CanvasView v : CanvasProbe.shownViews(page.viewOf(kind))) {
                    for (CanvasProbe.Drawn d : CanvasProbe.texts(v)) {
                        px.add(d.pixels());
                    }
                }
                sizes.put(kind.id(), px);
            }
        });
        return sizes;
    }

    /** The controls' texts on show in the workspace (tab names, toggles, the timeline), with their size in pixels. */
    private Map<String, Double> controlTexts(FxRobot robot) {
        Map<String, Double> out = new LinkedHashMap<>();
        robot.interact(() -> collect(shell.workspace(), out));
        return out;
    }

    private static void collect(Node n, Map<String, Double> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Text t && !t.getText().isBlank()) {
            Bounds b = t.localToScene(t.getBoundsInLocal());
            if (b.getWidth() > 0 && b.getHeight() > 0) {
                double scale = t.getLocalToSceneTransform().getMyy();
                out.merge(t.getText() + " (" + t.getParent().getClass().getSimpleName() + ")",
                        t.getFont().getSize() * scale, Math::min);
            }
        }
        if (n instanceof Parent p && !(n instanceof CanvasView)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    @Test
    void atTheDefaultScaleNoTextIsUnder16PixelsAndEveryPlusGrowsEveryView(FxRobot robot) {
        presentTheWorkspace(robot);
        settle(robot);
        assertTrue(shell.presenter().isPresenting());
        assertEquals(1366, Screen.getPrimary().getBounds().getWidth(), "the projector run's screen");
        assertEquals(1366, stage.getScene().getWidth(), 1, "presenter mode fills the screen");

        List<Map<String, List<Double>>> before = new ArrayList<>();
        for (List<ViewKind> views : ARRANGEMENTS) {
            Map<String, List<Double>> sizes = measure(robot, views);
            sizes.forEach((view, px) -> {
                assertFalse(px.isEmpty(), view + " draws text");
                double smallest = px.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                assertTrue(smallest >= RULE - 0.01, view + "'s smallest text is " + smallest + " px at the default "
                        + "scale, under the projector rule's " + RULE + " px");
            });
            List<String> small = new ArrayList<>();
            controlTexts(robot).forEach((text, px) -> {
                if (px < RULE - 0.01) {
                    small.add("\"" + text + "\" " + Math.round(px * 10) / 10.0 + " px");
                }
            });
            assertTrue(small.isEmpty(), "control texts under " + RULE + " px at the default scale: " + small);
            before.add(sizes);
        }
        // each view alone (a lesson's step showing one view) keeps the rule too
        for (ViewKind kind : ViewKind.values()) {
            measure(robot, List.of(kind)).forEach((view, px) -> assertTrue(min(px) >= RULE - 0.01,
                    view + " alone draws text at " + min(px) + " px at the default scale"));
        }

        // every step of + grows every view's type in the grid: its median and its smallest text, together (each view
        // alone: everyViewAloneGrowsWholeWithEveryPlus)
        List<String> stayed = new ArrayList<>();
        double scale = Ranges.PRESENTER_DEFAULT_SCALE;
        while (scale + PresenterMode.STEP <= Ranges.PRESENTER_SCALE.max() + 1e-9) {
            scale += PresenterMode.STEP;
            double s = scale;
            robot.interact(() -> shell.presenter().scaleUp());
            assertEquals(s, shell.presenter().scale(), 1e-9);
            for (int i = 0; i < ARRANGEMENTS.size(); i++) {
                Map<String, List<Double>> now = measure(robot, ARRANGEMENTS.get(i));
                Map<String, List<Double>> was = before.get(i);
                int arrangement = i;
                now.forEach((view, px) -> {
                    List<Double> old = was.get(view);
                    if (median(px) <= median(old) + 0.01 || min(px) <= min(old) + 0.01) {
                        stayed.add(view + " (of " + ARRANGEMENTS.get(arrangement).size() + ") at " + s + "x: "
                                + growth(old, px));
                    }
                });
                before.set(i, now);
            }
        }
        assertTrue(stayed.isEmpty(), "a step of + did not grow every view's type: " + stayed);
    }

    /**
     * Each view alone on the screen (a lesson's step showing one view, or keys 2 to 8 hiding the rest): every step of
     * + grows its type, its median and its largest text as well as its smallest (before, a plot, heatmap or the
     * equations alone drew their type from their size in drawing units, so only the floor grew); and no view is
     * squeezed to make room for it (a plot keeps the height in drawing units it has at the default scale, the work
     * area scrolling down, never sideways). The equations grow until their widest line fills the screen's width, and
     * are never clipped.
     */
    @Test
    void everyViewAloneGrowsWholeWithEveryPlus(FxRobot robot) {
        presentTheWorkspace(robot);
        settle(robot);
        Map<String, List<Double>> was = new LinkedHashMap<>();
        Map<ViewKind, Double> heightAtTheDefault = new LinkedHashMap<>();
        for (ViewKind kind : ViewKind.values()) {
            was.putAll(measure(robot, List.of(kind)));
            heightAtTheDefault.put(kind, drawingHeight(robot, kind));
        }
        List<String> stayed = new ArrayList<>();
        double scale = Ranges.PRESENTER_DEFAULT_SCALE;
        while (scale + PresenterMode.STEP <= Ranges.PRESENTER_SCALE.max() + 1e-9) {
            scale += PresenterMode.STEP;
            double s = scale;
            robot.interact(() -> shell.presenter().scaleUp());
            for (ViewKind kind : ViewKind.values()) {
                measure(robot, List.of(kind));
                settle(robot);
                boolean fullWidth = kind == ViewKind.EQUATIONS && equationsFillTheWidth(robot);
                double height = drawingHeight(robot, kind);
                // (the equations are checked whole instead: they have no plot to squeeze; a tenth is left to a
                // chart's control strip, which wraps onto a second line as its type grows: the gradient flow's takes
                // about 5 % of the height)
                if (kind != ViewKind.EQUATIONS && height < 0.9 * heightAtTheDefault.get(kind)) {
                    stayed.add(kind.id() + " alone at " + s + "x is squeezed to " + round(height) + " drawing units "
                            + "high, from " + round(heightAtTheDefault.get(kind)) + " at the default scale");
                }
                measure(robot, List.of(kind)).forEach((view, px) -> {
                    List<Double> old = was.get(view);
                    boolean grew = max(px) > max(old) + 0.01 && median(px) > median(old) + 0.01;
                    if (min(px) <= min(old) + 0.01 || !(grew || fullWidth)) {
                        stayed.add(view + " alone at " + s + "x: " + growth(old, px));
                    }
                    was.put(view, px);
                });
            }
        }
        assertTrue(stayed.isEmpty(), "a step of + did not grow a view alone whole: " + stayed);
    }

    /**
     * Zoomed into (Z) on its own, the equations view grows with + too: the zoomed panel scrolls rather than keeping
     * the font that fits the screen.
     */
    @Test
    void aZoomedEquationsViewGrowsWithPlus(FxRobot robot) {
        presentTheWorkspace(robot);
        robot.interact(() -> shell.workspace().showViews(List.of(ViewKind.EQUATIONS)));
        settle(robot);
        robot.interact(() -> shell.workspace().toggleZoom());
        settle(robot);
        assertEquals("Equations", shell.workspace().zoomedTitle(), "Z zoomed into the equations");
        List<Double> before = zoomedEquationTexts(robot);
        List<String> stayed = new ArrayList<>();
        while (shell.presenter().scale() + PresenterMode.STEP <= Ranges.PRESENTER_SCALE.max() + 1e-9) {
            robot.interact(() -> shell.presenter().scaleUp());
            settle(robot);
            List<Double> after = zoomedEquationTexts(robot);
            boolean grew = median(after) > median(before) + 0.01 && max(after) > max(before) + 0.01;
            if (!grew && !equationsFillTheWidth(robot)) {
                stayed.add(shell.presenter().scale() + "x: " + growth(before, after));
            }
            before = after;
        }
        assertTrue(stayed.isEmpty(), "a + did not grow the zoomed equations: " + stayed);
    }

    private List<Double> zoomedEquationTexts(FxRobot robot) {
        settle(robot);
        List<Double> px = new ArrayList<>();
        robot.interact(() -> CanvasProbe.texts(page.equations()).forEach(d -> px.add(d.pixels())));
        assertFalse(px.isEmpty(), "the zoomed equations draw text");
        return px;
    }

    /**
     * A view that becomes the only one on show at a large scale (a lesson's next step, or a key hiding the others)
     * gets the room a view alone has, as it does when + is pressed while it is alone: before, the panel kept the room
     * it had beside the other view (its minimum was cached) and the W_hh view lost its eigenvalue plane.
     */
    @Test
    void aViewThatBecomesAloneAtALargeScaleGetsTheRoomOfAViewAlone(FxRobot robot) {
        presentTheWorkspace(robot);
        robot.interact(() -> shell.workspace().showViews(List.of(ViewKind.WHH)));
        settle(robot);
        awaitTheSpectra(robot);
        double atTheDefault = drawingHeight(robot, ViewKind.WHH);
        robot.interact(() -> shell.workspace().showViews(List.of(ViewKind.ACTIVATIONS)));
        while (shell.presenter().scale() + PresenterMode.STEP <= Ranges.PRESENTER_SCALE.max() + 1e-9) {
            robot.interact(() -> shell.presenter().scaleUp());
        }
        settle(robot);
        robot.interact(() -> shell.workspace().showViews(List.of(ViewKind.ACTIVATIONS, ViewKind.WHH)));
        settle(robot);
        robot.interact(() -> shell.workspace().showViews(List.of(ViewKind.WHH)));
        settle(robot);
        awaitTheSpectra(robot);
        double now = drawingHeight(robot, ViewKind.WHH);
        assertTrue(now >= 0.9 * atTheDefault, "W_hh alone at " + shell.presenter().scale() + "x is " + round(now)
                + " drawing units high, against " + round(atTheDefault) + " at the default scale");
    }

    /**
     * Waits (at most a minute) until the W_hh view has the spectra its model computes off the FX thread, then lets the
     * window settle: the view's room grows when they arrive.
     */
    private void awaitTheSpectra(FxRobot robot) {
        for (int i = 0; i < 600; i++) {
            boolean[] drawn = new boolean[1];
            robot.interact(() -> {
                for (CanvasView v : CanvasProbe.shownViews(page.viewOf(ViewKind.WHH))) {
                    drawn[0] |= CanvasProbe.texts(v).stream().anyMatch(d -> d.text().startsWith("The recurrent"));
                }
            });
            if (drawn[0]) {
                settle(robot);
                return;
            }
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the W_hh view never showed its matrix");
    }

    /** Goes to the workspace and presents it at the default scale. */
    private void presentTheWorkspace(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(1));
        settle(robot);
        robot.interact(() -> {
            page = new WorkspacePage(shell.workspace());
            shell.presenter().setScale(Ranges.PRESENTER_DEFAULT_SCALE);
            shell.presenter().enter();
        });
    }

    /** "largest 31.2 -> 36.7 px, median 27.9 -> 32.7 px, smallest 17.1 -> 20.0 px". */
    private static String growth(List<Double> old, List<Double> now) {
        return "largest " + round(max(old)) + " -> " + round(max(now)) + " px, median " + round(median(old)) + " -> "
                + round(median(now)) + " px, smallest " + round(min(old)) + " -> " + round(min(now)) + " px";
    }

    /** The height in drawing units {@code kind}'s view last drew into (the largest of its canvases on show). */
    private double drawingHeight(FxRobot robot, ViewKind kind) {
        double[] h = new double[1];
        robot.interact(() -> {
            for (CanvasView v : CanvasProbe.shownViews(page.viewOf(kind))) {
                h[0] = Math.max(h[0], v.lastDrawingSize() == null ? 0 : v.lastDrawingSize().getHeight());
            }
        });
        return h[0];
    }

    /** True when the equations, drawn whole, have a line as wide as the view's width allows (margins aside). */
    private boolean equationsFillTheWidth(FxRobot robot) {
        boolean[] full = new boolean[1];
        robot.interact(() -> {
            EquationView view = page.equations();
            EquationLayout layout = view == null ? null : new EquationPage(view).lastLayout();
            assertTrue(layout != null && layout.fits(), "the equations alone are drawn whole, not clipped");
            double width = view.lastDrawingSize().getWidth();
            full[0] = layout.width() >= 0.9 * width;
        });
        return full[0];
    }

    /**
     * Four views at 1366 x 768 with + pressed three times (2.25x), then three more (3x): the views no longer fit side
     * by side at that type, so the layout gives each the room its text needs (one column, the work area scrolling)
     * instead of squeezing them: every canvas on show is at least as large as the room it asks for, and its type is
     * 16 px grown by the scale (24 px at 2.25x), the diagram's included. The W_hh view still draws its eigenvalue plane
     * (at 3x it had lost it, and its title lay over the norm table).
     */
    @Test
    void threePlusesGiveEveryViewTheRoomItsTextNeeds(FxRobot robot) {
        presentTheWorkspace(robot);
        for (int pluses : new int[] {3, 6}) {
            while (shell.presenter().scale() < Ranges.PRESENTER_DEFAULT_SCALE + pluses * PresenterMode.STEP - 1e-9) {
                robot.interact(() -> shell.presenter().scaleUp());
            }
            double scale = Ranges.PRESENTER_DEFAULT_SCALE + pluses * PresenterMode.STEP;
            assertEquals(scale, shell.presenter().scale(), 1e-9);
            for (List<ViewKind> views : ARRANGEMENTS) {
                measure(robot, views);
                // the one-column rearrangement happens after the layout pass that finds the columns too narrow
                settle(robot);
                Map<String, List<Double>> sizes = measure(robot, views);
                sizes.forEach((view, px) -> assertTrue(min(px) >= RULE * scale / Ranges.PRESENTER_DEFAULT_SCALE
                        - 0.01, view + " draws text at " + round(min(px)) + " px at " + scale + "x"));
                robot.interact(() -> {
                    for (ViewKind kind : views) {
                        for (CanvasView v : CanvasProbe.shownViews(page.viewOf(kind))) {
                            double[] room = v.room();
                            assertTrue(room[0] > 0 && room[1] > 0, kind + " asks for room in presenter mode");
                            assertTrue(v.getWidth() >= room[0] - 1 && v.getHeight() >= room[1] - 1, kind + " has "
                                    + round(v.getWidth()) + " x " + round(v.getHeight()) + " px of the "
                                    + round(room[0]) + " x " + round(room[1]) + " its text needs at " + scale + "x");
                            if (kind == ViewKind.WHH) {
                                assertTrue(CanvasProbe.texts(v).stream().anyMatch(d -> d.text().equals("|λ| = 1")),
                                        "the W_hh view draws its eigenvalue plane at " + scale + "x");
                            }
                        }
                    }
                });
            }
        }
    }

    /**
     * The workspace at 1366 x 768 with two views side by side, light and dark: the cell diagram's labels draw at 11 px
     * or more (they drew at about 8 px on the dark theme), the panel scrolling if the diagram needs more room.
     */
    @Test
    void theWorkspacesDiagramLabelsStayReadableInBothThemes(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(1));
        settle(robot);
        robot.interact(() -> page = new WorkspacePage(shell.workspace()));
        for (Theme theme : Theme.values()) {
            robot.interact(() -> shell.themeProperty().set(theme));
            settle(robot);
            Map<String, List<Double>> sizes = measure(robot, List.of(ViewKind.DIAGRAM, ViewKind.ACTIVATIONS));
            double smallest = min(sizes.get(ViewKind.DIAGRAM.id()));
            assertTrue(smallest >= 11 - 0.01, "the diagram's smallest label on the " + theme + " theme is "
                    + round(smallest) + " px");
        }
    }

    /**
     * The gradient-flow view's control strip (compare, the W_hh scale, the forget-gate bias) reads in its chart's
     * type, in the workspace and in presenter mode: no larger than the chart's heading and no smaller than its
     * caption (it was 13 px over a chart drawn at 9 to 11 px in the workspace at 1366 x 768).
     */
    @Test
    void theGradientFlowsControlsReadInTheirChartsType(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(1));
        settle(robot);
        robot.interact(() -> page = new WorkspacePage(shell.workspace()));
        for (boolean presenting : new boolean[] {false, true}) {
            robot.interact(() -> {
                if (presenting) {
                    shell.presenter().setScale(Ranges.PRESENTER_DEFAULT_SCALE);
                    shell.presenter().enter();
                }
            });
            Map<String, List<Double>> chart = measure(robot, ARRANGEMENTS.get(0));
            settle(robot);
            chart = measure(robot, ARRANGEMENTS.get(0));
            List<Double> drawn = chart.get(ViewKind.GRADIENT_FLOW.id());
            Map<String, Double> controls = new LinkedHashMap<>();
            robot.interact(() -> collect(page.gradientFlow().getTop(), controls));
            assertFalse(controls.isEmpty(), "the strip shows its controls");
            double largest = max(drawn);
            double smallest = min(drawn);
            String where = presenting ? "presenter mode" : "the workspace";
            controls.forEach((text, px) -> assertTrue(px <= largest + 0.05 && px >= smallest - 0.05, "\"" + text
                    + "\" at " + round(px) + " px in " + where + " beside a chart drawn at " + round(smallest) + " to "
                    + round(largest) + " px"));
        }
    }

    /** The lesson's caption band keeps the rule and grows with + as the views do. */
    @Test
    void theLessonCaptionReadsOnTheProjectorAndGrowsWithPlus(FxRobot robot) {
        robot.interact(() -> {
            shell.player().open(CourseWindow.lesson(shell, "01"));
            shell.presenter().setScale(Ranges.PRESENTER_DEFAULT_SCALE);
            shell.presenter().enter();
        });
        settle(robot);
        Map<String, Double> before = captionTexts(robot);
        assertFalse(before.isEmpty(), "the caption shows the step");
        before.forEach((text, px) -> assertTrue(px >= RULE - 0.01, "\"" + text + "\" at " + px + " px"));
        robot.interact(() -> shell.presenter().scaleUp());
        settle(robot);
        Map<String, Double> after = captionTexts(robot);
        before.forEach((text, px) -> assertTrue(after.get(text) > px + 0.01,
                "\"" + text + "\" grows with +: " + px + " -> " + after.get(text) + " px"));
    }

    private Map<String, Double> captionTexts(FxRobot robot) {
        Map<String, Double> out = new LinkedHashMap<>();
        robot.interact(() -> collect(robot.lookup("#lesson-caption").query(), out));
        return out;
    }

    private static double round(double px) {
        return Math.round(px * 10) / 10.0;
    }

    private static double median(List<Double> px) {
        List<Double> sorted = new ArrayList<>(px);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> px) {
        return px.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static double min(List<Double> px) {
        return px.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }
}
