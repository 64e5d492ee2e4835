package org.gatelab.ui.workspace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.gatelab.vocabulary.ViewKind;

/**
 * The workspace's four view panels in two columns (the cell over the equations, the heatmaps over the gradients),
 * and which of them are shown: a lesson step may show only some views ({@link #show(List)}); the others leave the
 * layout and the shown ones share the space (in presenter mode two panels of one column stand side by side). Each
 * panel sits in a holder of its own, so maximising and detaching (which take the panel out for a while) keep
 * working whichever panels are shown. A panel with several views shows them as tabs ({@link ViewKind#panel()}).
 */
final class PanelGrid implements PanelHolder.Area {
    /**
     * A panel and its views: the tabs they are in (their order is {@link ViewKind#ofPanel}), or null for a panel
     * of one view.
     */
    record Slot(ViewPanel panel, TabPane tabs) {
    }

    private final StackPane diagram;
    private final StackPane equations;
    private final StackPane heatmaps;
    private final StackPane gradients;
    private final Map<String, TabPane> tabsOfPanel = new java.util.HashMap<>();
    private final Map<String, StackPane> holderOfPanel = new java.util.HashMap<>();
    private final Map<ViewPanel, StackPane> holders = new IdentityHashMap<>();
    private final SplitPane left = new RoomySplit(null);
    private final SplitPane right = new RoomySplit(null);
    /** Checks at every layout whether the panels still fit in two columns. */
    private final SplitPane root = new RoomySplit(this::fitColumns);
    private List<ViewKind> shown = List.of();
    private boolean sideBySide;
    private ScrollPane scroller;
    private boolean oneColumn;
    private boolean refitting;

    /** The four panels: the cell, the equations (left column), the heatmaps and the gradients (right column). */
    PanelGrid(Slot cell, Slot equationSlot, Slot overTime, Slot gradientSlot) {
        diagram = newHolder(cell);
        equations = newHolder(equationSlot);
        heatmaps = newHolder(overTime);
        gradients = newHolder(gradientSlot);
        left.setOrientation(Orientation.VERTICAL);
        right.setOrientation(Orientation.VERTICAL);
        layout();
    }

    private StackPane newHolder(Slot slot) {
        StackPane holder = new PanelHolder(slot.panel(), this);
        holder.getStyleClass().add("view-panel-holder");
        holders.put(slot.panel(), holder);
        holderOfPanel.put(slot.panel().title(), holder);
        if (slot.tabs() != null) {
            tabsOfPanel.put(slot.panel().title(), slot.tabs());
            // the room is the shown tab's view's: ask again once the tab pane has shown the newly selected one
            slot.tabs().getSelectionModel().selectedIndexProperty().addListener(
                    (obs, o, n) -> Platform.runLater(holder::requestLayout));
        }
        return holder;
    }

    /** The split pane holding the shown panels. */
    SplitPane root() {
        return root;
    }

    /**
     * The work area: the shown panels, which fill it; when together they need more room than it has (a view's type
     * too large for its share, see {@link PanelHolder}), they keep that room and the area scrolls.
     */
    ScrollPane workArea() {
        if (scroller == null) {
            scroller = new ScrollPane(root);
            scroller.setFitToWidth(true);
            scroller.setFitToHeight(true);
            scroller.getStyleClass().add("work-area");
            scroller.viewportBoundsProperty().addListener((obs, o, n) -> {
                if (o.getHeight() != n.getHeight()) {
                    // the room of a panel alone follows the area's height (PanelHolder)
                    holders.values().forEach(StackPane::requestLayout);
                }
                fitColumns();
            });
        }
        return scroller;
    }

    /**
     * Two columns when the shown panels' rooms fit the work area's width side by side, else one column of them all
     * (fewer columns, each panel as wide as the screen, the area scrolling down), so a large type scale never
     * squeezes a view.
     */
    private void fitColumns() {
        if (scroller != null && columnsWanted() != oneColumn && !refitting) {
            // asked during a layout pass (the viewport's new bounds): rearrange after it, not inside it
            refitting = true;
            Platform.runLater(() -> {
                refitting = false;
                boolean narrow = columnsWanted();
                if (narrow != oneColumn) {
                    oneColumn = narrow;
                    layout();
                }
            });
        }
    }

    /**
     * True when, in presenter mode, the shown panels' rooms do not fit the work area's width in two columns. (On a
     * monitor the panels keep their columns: the diagram keeps its room and the other column gives way.)
     */
    private boolean columnsWanted() {
        if (!sideBySide) {
            return false;
        }
        double avail = scroller.getViewportBounds().getWidth();
        double need = 0;
        for (List<Node> column : List.of(pick(diagram, equations), pick(heatmaps, gradients))) {
            double widest = 0;
            for (Node n : column) {
                widest = Math.max(widest, ((StackPane) n).minWidth(-1));
            }
            need += widest;
        }
        return avail > 0 && need + RoomySplit.DIVIDER > avail + 0.5;
    }

    /**
     * A split whose minimum along its axis counts its dividers too (a split pane's own minimum is only its items'),
     * so in a scrolling work area the last panel gets its whole room rather than the dividers' worth less.
     */
    private static final class RoomySplit extends SplitPane {
        /** Room per divider, in pixels: the theme's divider is narrower. */
        static final double DIVIDER = 8;
        private final Runnable onLayout;

        RoomySplit(Runnable onLayout) {
            this.onLayout = onLayout;
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (onLayout != null) {
                onLayout.run();
            }
        }

        @Override
        protected double computeMinWidth(double height) {
            return super.computeMinWidth(height)
                    + (getOrientation() == Orientation.HORIZONTAL ? dividers() : 0);
        }

        @Override
        protected double computeMinHeight(double width) {
            return super.computeMinHeight(width) + (getOrientation() == Orientation.VERTICAL ? dividers() : 0);
        }

        private double dividers() {
            return Math.max(0, getItems().size() - 1) * DIVIDER;
        }
    }

    /** The holder a panel belongs in (it leaves it while maximised or detached), or null. */
    StackPane holder(ViewPanel panel) {
        return holders.get(panel);
    }

    /** Shows only the panels with one of {@code views}, and selects the named tab in each; empty: all. */
    void show(List<ViewKind> views) {
        List<ViewKind> next = views == null ? List.of() : List.copyOf(views);
        if (next.equals(shown)) {
            return;
        }
        shown = next;
        layout();
        // the first named view of each tabbed panel is its selected tab
        for (int k = next.size() - 1; k >= 0; k--) {
            select(next.get(k));
        }
    }

    /** Selects the tab of {@code v} in its panel (nothing for a panel of one view). */
    void select(ViewKind v) {
        TabPane tabs = tabsOfPanel.get(v.panel());
        if (tabs != null) {
            tabs.getSelectionModel().select(ViewKind.ofPanel(v.panel()).indexOf(v));
        }
    }

    /**
     * Lays two shown panels of the same column side by side instead of one over the other (presenter mode, on a
     * wide screen: each view then gets the full height).
     */
    void setSideBySide(boolean on) {
        if (on != sideBySide) {
            sideBySide = on;
            oneColumn = oneColumn && on;
            layout();
        }
    }

    /** The views the last {@link #show(List)} asked for (empty: all). */
    List<ViewKind> shown() {
        return shown;
    }

    /** True when the view's panel is laid out and, for a tabbed panel, its tab is selected. */
    boolean isShown(ViewKind v) {
        boolean laidOut = laidOut(holderOf(v));
        TabPane tabs = tabsOfPanel.get(v.panel());
        return laidOut && (tabs == null
                || tabs.getSelectionModel().getSelectedIndex() == ViewKind.ofPanel(v.panel()).indexOf(v));
    }

    private boolean laidOut(StackPane h) {
        return (left.getItems().contains(h) && root.getItems().contains(left))
                || (right.getItems().contains(h) && root.getItems().contains(right)) || root.getItems().contains(h);
    }

    /**
     * Whether panels keep the room their views ask for ({@link PanelHolder}): only in presenter mode; on a monitor
     * the panels share the window as the split says.
     */
    @Override
    public boolean roomy() {
        return sideBySide;
    }

    /**
     * The work area's height when {@code holder} is the only panel laid out in it (a lesson's step showing one view,
     * or keys 2 to 8 hiding the rest), else 0.
     */
    @Override
    public double heightAlone(StackPane holder) {
        if (scroller == null || !laidOut(holder)) {
            return 0;
        }
        for (StackPane other : holders.values()) {
            if (other != holder && laidOut(other)) {
                return 0;
            }
        }
        return scroller.getViewportBounds().getHeight();
    }

    /** The panel that shows {@code v} (wherever it is now: in the grid, maximised or detached). */
    ViewPanel panelOf(ViewKind v) {
        StackPane h = holderOf(v);
        for (var e : holders.entrySet()) {
            if (e.getValue() == h) {
                return e.getKey();
            }
        }
        return null;
    }

    private StackPane holderOf(ViewKind v) {
        return holderOfPanel.get(v.panel());
    }

    private boolean wanted(StackPane holder) {
        if (shown.isEmpty()) {
            return true;
        }
        for (ViewKind v : shown) {
            if (holderOf(v) == holder) {
                return true;
            }
        }
        return false;
    }

    private void layout() {
        // a holder's room depends on whether its panel is alone (PanelHolder): its cached minimum is stale now
        holders.values().forEach(StackPane::requestLayout);
        List<Node> leftPanels = pick(diagram, equations);
        List<Node> rightPanels = pick(heatmaps, gradients);
        root.getItems().clear();
        root.setOrientation(oneColumn ? Orientation.VERTICAL : Orientation.HORIZONTAL);
        if (oneColumn) {
            left.getItems().clear();
            right.getItems().clear();
            List<Node> all = new ArrayList<>(leftPanels);
            all.addAll(rightPanels);
            root.getItems().setAll(all);
            return;
        }
        if (sideBySide && (leftPanels.isEmpty() || rightPanels.isEmpty())) {
            // one column: its panels go straight into the horizontal split
            left.getItems().clear();
            right.getItems().clear();
            List<Node> panels = leftPanels.isEmpty() ? rightPanels : leftPanels;
            root.getItems().setAll(panels);
            if (panels.size() == 2) {
                root.setDividerPositions(0.5);
            }
            return;
        }
        left.getItems().setAll(leftPanels);
        right.getItems().setAll(rightPanels);
        List<Node> columns = new ArrayList<>();
        if (!left.getItems().isEmpty()) {
            columns.add(left);
        }
        if (!right.getItems().isEmpty()) {
            columns.add(right);
        }
        root.getItems().setAll(columns);
        if (left.getItems().size() == 2) {
            left.setDividerPositions(0.6);
        }
        if (right.getItems().size() == 2) {
            right.setDividerPositions(0.5);
        }
        if (columns.size() == 2) {
            root.setDividerPositions(0.5);
        }
    }

    private List<Node> pick(StackPane top, StackPane bottom) {
        List<Node> out = new ArrayList<>();
        if (wanted(top)) {
            out.add(top);
        }
        if (wanted(bottom)) {
            out.add(bottom);
        }
        return out;
    }
}
