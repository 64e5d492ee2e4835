package org.gatelab.ui.window;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Keeps the window's tab headers clear of the controls laid over the top-right corner (Scene, Help, type size,
 * Present, Colour-safe, Dark). While the tabs fit beside the corner, the corner sits on the tab row; when they do not
 * (a lesson docked at 1366×768, a large type scale), the window's content moves down by the corner's height, so the
 * tabs get a row of their own under it instead of being drawn beneath its buttons.
 */
final class TabHeaderRoom {
    /** Between the last tab and the corner. */
    private static final double GAP = 12;

    private TabHeaderRoom() {
    }

    /**
     * @param content the node holding {@code tabs} (the tabs themselves, or the lesson dock beside them) in the
     *                window's stack pane, moved down when the tabs need the corner's row
     */
    static void reserve(TabPane tabs, Region corner, Node content) {
        Runnable apply = () -> apply(tabs, corner, content);
        tabs.widthProperty().addListener((o, was, now) -> apply.run());
        tabs.skinProperty().addListener((o, was, now) -> apply.run());
        tabs.getTabs().addListener((javafx.collections.ListChangeListener<? super javafx.scene.control.Tab>) c ->
                apply.run());
        corner.widthProperty().addListener((o, was, now) -> apply.run());
        corner.heightProperty().addListener((o, was, now) -> apply.run());
        corner.visibleProperty().addListener((o, was, now) -> apply.run());
        // the tab labels' widths follow the type scale and the stylesheets (presenter mode hides the row): look
        // again after each layout pass
        tabs.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        apply.run();
    }

    /** Whether the tabs' headers fit on the row beside the corner. */
    static boolean fits(TabPane tabs, Region corner) {
        Region headers = headers(tabs);
        if (headers == null || !corner.isVisible()) {
            return true;
        }
        return headers.prefWidth(-1) + GAP + corner.getWidth() + 8 <= tabs.getWidth();
    }

    private static void apply(TabPane tabs, Region corner, Node content) {
        double top = fits(tabs, corner) ? 0 : corner.getHeight() + 6;
        Insets now = StackPane.getMargin(content);
        if (now == null ? top != 0 : now.getTop() != top) {
            StackPane.setMargin(content, top == 0 ? null : new Insets(top, 0, 0, 0));
        }
    }

    /** The region holding the tab pane's own tab headers (not a nested tab pane's). */
    private static Region headers(TabPane tabs) {
        for (Node area : tabs.getChildrenUnmodifiable()) {
            // presenter mode hides the tab row: nothing to keep clear then
            if (area.getStyleClass().contains("tab-header-area") && area instanceof Region r && r.isVisible()) {
                for (Node n : r.getChildrenUnmodifiable()) {
                    if (n.getStyleClass().contains("headers-region") && n instanceof Region h) {
                        return h;
                    }
                }
            }
        }
        return null;
    }
}
