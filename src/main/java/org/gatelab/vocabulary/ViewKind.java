package org.gatelab.vocabulary;

import java.util.Locale;

/**
 * One of the workspace's six views, by the name lessons use (the keys 1 to 6 follow this order). Four panels hold
 * the six views: the activations and the gradients per gate are two tabs of the "Over time" panel, the gradient
 * curve and the connectivity two tabs of the "Gradient flow" panel, so one step can show only one view of each of
 * those panels.
 */
public enum ViewKind {
    DIAGRAM("diagram", "Cell diagram", "Cell diagram"),
    EQUATIONS("equations", "Equations with numbers", "Equations with numbers"),
    ACTIVATIONS("activations", "Gate activations over time", "Over time"),
    GRADIENT_HEATMAP("gradient-heatmap", "Gradients per gate over time", "Over time"),
    GRADIENT_FLOW("gradient-flow", "Vanishing gradient curve", "Gradient flow"),
    CONNECTIVITY("connectivity", "Connectivity and saturation", "Gradient flow");

    private final String id;
    private final String title;
    private final String panel;

    ViewKind(String id, String title, String panel) {
        this.id = id;
        this.title = title;
        this.panel = panel;
    }

    /** The title of the workspace panel that holds this view (two views share the same panel as tabs). */
    public String panel() {
        return panel;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The view named {@code text}, or null. */
    public static ViewKind byId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ViewKind v : values()) {
            if (v.id.equals(t)) {
                return v;
            }
        }
        return null;
    }
}
