package org.gatelab.ui.window;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** A tab whose content joins the window only when the tab is first shown, so the first frame comes sooner. */
final class TabContent {
    private TabContent() {
    }

    /** A tab titled {@code title} whose id ({@code "tab-..."}) lessons, scenes and tests find it by. */
    static Tab tab(String title, String id) {
        Tab tab = new Tab(title);
        tab.setId(id);
        return tab;
    }

    /**
     * Sets {@code content} into {@code tab} now if it is selected, else the first time it is, and then runs
     * {@code attached} (the window gives the new views its palette after the layout that follows).
     */
    static void attachWhenShown(Tab tab, Node content, Runnable attached) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean o, Boolean on) {
                if (on) {
                    tab.setContent(content);
                    tab.selectedProperty().removeListener(this);
                    attached.run();
                }
            }
        });
    }
}
