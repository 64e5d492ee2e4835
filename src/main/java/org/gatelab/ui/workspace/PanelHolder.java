package org.gatelab.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.gatelab.ui.canvas.CanvasView;

/**
 * A panel's place in the {@link PanelGrid}: in presenter mode at least as large as the canvas views on show in it ask
 * for ({@link CanvasView#room()}, or {@link CanvasView#roomAlone(double)} when the panel is the only one on show) with
 * the panel's own bars around them (title, tabs, a view's control strip), so the split never squeezes their text and
 * the work area scrolls instead. (A view that changes its room asks for a new layout, which asks this again.)
 */
final class PanelHolder extends StackPane {
    /** Where a holder stands: whether panels keep their room there, and the height a panel alone gets. */
    interface Area {
        /** True in presenter mode: panels keep the room their views ask for. */
        boolean roomy();

        /** The area's height when {@code holder}'s panel is the only one on show in it, else 0. */
        double heightAlone(StackPane holder);
    }

    private final ViewPanel panel;
    private final Area grid;

    PanelHolder(ViewPanel panel, Area area) {
        super(panel);
        this.panel = panel;
        this.grid = area;
    }

    @Override
    protected double computeMinWidth(double height) {
        return roomy() ? room(0) + snappedLeftInset() + snappedRightInset() : 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return roomy() ? room(1) + snappedTopInset() + snappedBottomInset() : 0;
    }

    /** Only in presenter mode, and while the panel is home (not maximised or detached). */
    private boolean roomy() {
        return grid.roomy() && getChildren().contains(panel);
    }

    /** The room the panel needs across ({@code axis} 0) or down (1), in pixels. */
    private double room(int axis) {
        double alone = grid.heightAlone(this);
        double need = 0;
        for (CanvasView v : shownCanvases(panel, new ArrayList<>())) {
            if (v.getScene() != null) {
                double down = bars(v, panel, 1);
                double[] room = alone > 0 ? v.roomAlone(heightAtTheDefault(v, alone, down)) : v.room();
                need = Math.max(need, room[axis] + (axis == 0 ? bars(v, panel, 0) : down));
            }
        }
        return need;
    }

    /**
     * The height {@code v} alone would have at the mode's default scale, in pixels: the window's height less what
     * stands around the view (the chrome around the work area, whose viewport is {@code viewport} high, and the
     * panel's own bars, {@code bars} high) as large as it was before + grew it.
     */
    private double heightAtTheDefault(CanvasView v, double viewport, double bars) {
        double window = v.getScene().getHeight();
        double around = Math.max(0, window - viewport) + bars + snappedTopInset() + snappedBottomInset();
        return Math.max(0, window - around / v.typeGrowth());
    }

    /**
     * What stands beside {@code v} inside {@code panel} across or down: the borders' insets, a border pane's other
     * parts (the panel's title bar, a view's control strip) and a tab pane's tabs. Measured from the parts
     * themselves, never from the view's own size, so a panel's room cannot feed on itself.
     */
    private static double bars(CanvasView v, ViewPanel panel, int axis) {
        double bars = 0;
        Node child = v;
        for (Parent p = v.getParent(); p != null; child = p, p = p.getParent()) {
            if (p instanceof Region r) {
                bars += axis == 0 ? r.snappedLeftInset() + r.snappedRightInset()
                        : r.snappedTopInset() + r.snappedBottomInset();
            }
            if (p instanceof BorderPane b) {
                bars += axis == 0 ? across(b.getLeft(), child) + across(b.getRight(), child)
                        : down(b.getTop(), child) + down(b.getBottom(), child);
            } else if (p instanceof TabPane t && axis == 1 && child instanceof Region content) {
                bars += Math.max(0, t.getHeight() - content.getHeight() - t.snappedTopInset() - t.snappedBottomInset());
            }
            if (p == panel) {
                break;
            }
        }
        return bars;
    }

    private static double across(Node part, Node path) {
        return part == null || part == path || !part.isManaged() ? 0 : part.getLayoutBounds().getWidth();
    }

    private static double down(Node part, Node path) {
        return part == null || part == path || !part.isManaged() ? 0 : part.getLayoutBounds().getHeight();
    }

    private static List<CanvasView> shownCanvases(Node n, List<CanvasView> out) {
        if (!n.isVisible()) {
            return out;
        }
        if (n instanceof CanvasView v) {
            out.add(v);
        } else if (n instanceof TabPane tabs) {
            // the selected tab's view, whether or not the tab pane's skin has made it visible yet
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            if (tab != null && tab.getContent() != null) {
                shownCanvases(tab.getContent(), out);
            }
        } else if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                shownCanvases(c, out);
            }
        }
        return out;
    }
}
