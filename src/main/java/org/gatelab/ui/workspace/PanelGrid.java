package org.gatelab.ui.workspace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
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
final class PanelGrid {
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
    private final SplitPane left = new SplitPane();
    private final SplitPane right = new SplitPane();
    private final SplitPane root = new SplitPane();
    private List<ViewKind> shown = List.of();
    private boolean sideBySide;

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
        StackPane holder = new StackPane(slot.panel());
        holder.setMinSize(0, 0);
        holder.getStyleClass().add("view-panel-holder");
        holders.put(slot.panel(), holder);
        holderOfPanel.put(slot.panel().title(), holder);
        if (slot.tabs() != null) {
            tabsOfPanel.put(slot.panel().title(), slot.tabs());
        }
        return holder;
    }

    /** The split pane holding the shown panels. */
    SplitPane root() {
        return root;
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
            layout();
        }
    }

    /** The views the last {@link #show(List)} asked for (empty: all). */
    List<ViewKind> shown() {
        return shown;
    }

    /** True when the view's panel is laid out and, for a tabbed panel, its tab is selected. */
    boolean isShown(ViewKind v) {
        StackPane h = holderOf(v);
        boolean laidOut = (left.getItems().contains(h) && root.getItems().contains(left))
                || (right.getItems().contains(h) && root.getItems().contains(right)) || root.getItems().contains(h);
        TabPane tabs = tabsOfPanel.get(v.panel());
        return laidOut && (tabs == null
                || tabs.getSelectionModel().getSelectedIndex() == ViewKind.ofPanel(v.panel()).indexOf(v));
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
        List<Node> leftPanels = pick(diagram, equations);
        List<Node> rightPanels = pick(heatmaps, gradients);
        root.getItems().clear();
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
