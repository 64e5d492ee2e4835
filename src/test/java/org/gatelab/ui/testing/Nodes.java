package org.gatelab.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Finds the nodes of a view for a page object: by id or by type, through children, a scroll pane's content and
 * tabs' contents (also before their skins exist), as the user would see them.
 */
public final class Nodes {
    private Nodes() {
    }

    /** The node with this id under {@code root}. */
    public static <T extends Node> T byId(Node root, String id, Class<T> type) {
        T found = byIdOrNull(root, id, type);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " #" + id + " in " + root);
        }
        return found;
    }

    /** The node with this id under {@code root}, or null. */
    public static <T extends Node> T byIdOrNull(Node root, String id, Class<T> type) {
        for (Node n : all(root)) {
            if (id.equals(n.getId()) && type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }

    /** Every node of this type under {@code root}, {@code root} included, in document order. */
    public static <T extends Node> List<T> byType(Node root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Node n : all(root)) {
            if (type.isInstance(n)) {
                out.add(type.cast(n));
            }
        }
        return out;
    }

    /**
     * The words under {@code root} as a reader sees them: each label's text, and each text flow's pieces joined
     * (a paragraph of Markdown is one flow of many texts; a typeset formula in it reads as its {@code $latex$}).
     */
    public static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        for (Node n : all(root)) {
            if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
                out.add(l.getText());
            } else if (n instanceof javafx.scene.text.TextFlow f) {
                StringBuilder b = new StringBuilder();
                for (Node c : f.getChildren()) {
                    if (c instanceof javafx.scene.text.Text t) {
                        b.append(t.getText());
                    } else if (c instanceof org.gatelab.ui.canvas.FormulaNode m) {
                        b.append('$').append(m.latex()).append('$');
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (n == null || out.contains(n)) {
            return;
        }
        out.add(n);
        if (n instanceof ScrollPane s) {
            collect(s.getContent(), out);
        }
        if (n instanceof TabPane t) {
            for (Tab tab : t.getTabs()) {
                collect(tab.getContent(), out);
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
