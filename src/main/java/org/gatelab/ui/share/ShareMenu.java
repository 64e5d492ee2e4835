package org.gatelab.ui.share;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The Scene menu in the window's corner: copy the current state as a scene or as a {@code gatelab:} link, paste
 * one, open or save a {@code .gatelab} file. Only the items; {@link ShareWiring} does what they say.
 */
final class ShareMenu extends MenuButton {
    /** What the items do. */
    record Actions(Runnable copy, Runnable copyLink, Runnable paste, Runnable open, Runnable save) {
    }

    ShareMenu(Actions actions) {
        super("_Scene");
        setId("scene-menu");
        setFocusTraversable(false);
        setAccessibleText("Scene menu");
        setAccessibleHelp("Share the current state of the workspace and the training lab: copy it as text or as "
                + "a link, paste one, open or save a scene file");
        getItems().addAll(
                item("_Copy scene", "scene-copy", "Shortcut+Shift+C", actions.copy()),
                item("Copy scene as a _link", "scene-copy-link", null, actions.copyLink()),
                item("_Paste scene", "scene-paste", "Shortcut+Shift+V", actions.paste()),
                new SeparatorMenuItem(),
                item("_Open scene…", "scene-open", "Shortcut+O", actions.open()),
                item("_Save scene…", "scene-save", "Shortcut+S", actions.save()));
    }

    private static MenuItem item(String text, String id, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (keys != null) {
            m.setAccelerator(KeyCombination.keyCombination(keys));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
