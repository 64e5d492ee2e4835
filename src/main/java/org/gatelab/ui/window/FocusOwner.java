package org.gatelab.ui.window;

import javafx.scene.Node;

/** Where the keyboard focus is, for routing keys to the part of the window that has it. */
final class FocusOwner {
    private FocusOwner() {
    }

    /** Whether {@code node} (the focus owner, possibly null) is {@code parent} or lies inside it. */
    static boolean within(Node parent, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
