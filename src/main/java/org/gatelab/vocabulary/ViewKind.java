package org.gatelab.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of the workspace's eight views, by the name lessons use (the keys 1 to 8 follow this order). Four panels hold
 * them as tabs: the cell diagram and the network unrolled in time share the "Cell" panel, the equations have a
 * panel of their own, the activations and the gradients per gate are two tabs of the "Over time" panel, and the
 * gradient curve, the connectivity and the recurrent matrix W_hh three tabs of the "Gradient flow" panel. A panel
 * shows one of its tabs at a time, so one step can show only one view of each panel.
 */
public enum ViewKind {
    DIAGRAM("diagram", "Cell diagram", "Cell", "Cell diagram"),
    EQUATIONS("equations", "Equations with numbers", "Equations", "Equations with numbers"),
    ACTIVATIONS("activations", "Gate activations over time", "Over time", "Gate activations"),
    GRADIENT_HEATMAP("gradient-heatmap", "Gradients per gate over time", "Over time", "Gradients per gate"),
    GRADIENT_FLOW("gradient-flow", "Vanishing gradient curve", "Gradient flow", "Vanishing gradient"),
    CONNECTIVITY("connectivity", "Connectivity and saturation", "Gradient flow", "Connectivity"),
    UNROLLED("unrolled", "The network unrolled through time", "Cell", "Unrolled in time"),
    WHH("whh", "The recurrent matrix W_hh and its eigenvalues", "Gradient flow", "W_hh");

    private final String id;
    private final String title;
    private final String panel;
    private final String tab;

    ViewKind(String id, String title, String panel, String tab) {
        this.id = id;
        this.title = title;
        this.panel = panel;
        this.tab = tab;
    }

    /** The title of the workspace panel that holds this view (views of one panel are its tabs). */
    public String panel() {
        return panel;
    }

    /** The view's tab in its panel: a short name. */
    public String tab() {
        return tab;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The views of {@code panel}, in their tabs' order. */
    public static List<ViewKind> ofPanel(String panel) {
        List<ViewKind> out = new ArrayList<>();
        for (ViewKind v : values()) {
            if (v.panel.equals(panel)) {
                out.add(v);
            }
        }
        return out;
    }

    /** True when {@code other} is another view of this view's panel (the two cannot be shown at once). */
    public boolean sharesPanelWith(ViewKind other) {
        return other != this && other.panel.equals(panel);
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
