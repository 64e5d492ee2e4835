package org.gatelab.ui.help;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The Help menu in the window's corner: the welcome screen, the keyboard shortcuts, the glossary, and About. */
public final class HelpMenu extends MenuButton {
    /**
     * @param welcome   shows the welcome screen again
     * @param shortcuts shows the keyboard shortcuts (null to leave the item out)
     * @param glossary  shows the glossary of the terms the lessons use
     * @param about     shows About GateLab
     */
    public HelpMenu(Runnable welcome, Runnable shortcuts, Runnable glossary, Runnable about) {
        super("_Help");
        setId("help-menu");
        setFocusTraversable(false);
        MenuItem w = new MenuItem("_Welcome screen");
        w.setId("help-welcome");
        w.setOnAction(e -> welcome.run());
        getItems().add(w);
        if (shortcuts != null) {
            MenuItem k = new MenuItem("_Keyboard shortcuts  (?)");
            k.setId("help-shortcuts");
            k.setOnAction(e -> shortcuts.run());
            getItems().add(k);
        }
        MenuItem g = new MenuItem("_Glossary");
        g.setId("help-glossary");
        g.setOnAction(e -> glossary.run());
        getItems().add(g);
        MenuItem a = new MenuItem("_About GateLab");
        a.setId("help-about");
        a.setOnAction(e -> about.run());
        getItems().addAll(new SeparatorMenuItem(), a);
    }
}
