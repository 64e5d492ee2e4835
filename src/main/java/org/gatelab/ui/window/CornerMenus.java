package org.gatelab.ui.window;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.Pane;

/**
 * The keyboard's way into the window corner's menus (Scene, Help), which Tab passes by: F10 opens the first with
 * keyboard focus; after Escape closes it, F10 again opens the next. The arrow keys and Enter work inside an open
 * menu.
 */
final class CornerMenus {
    private CornerMenus() {
    }

    /** Opens the menu after the one that has focus ({@code focus}), or the first. */
    static void openNext(Pane corner, Node focus) {
        List<MenuButton> menus = corner.getChildren().stream().filter(n -> n instanceof MenuButton && n.isVisible())
                .map(n -> (MenuButton) n).toList();
        if (menus.isEmpty()) {
            return;
        }
        MenuButton next = menus.get((menus.indexOf(focus) + 1) % menus.size());
        menus.forEach(MenuButton::hide);
        next.requestFocus();
        next.show();
    }
}
