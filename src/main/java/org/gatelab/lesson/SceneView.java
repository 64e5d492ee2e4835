package org.gatelab.lesson;

import java.util.Locale;

/** A workspace view a scene can show, by the name lessons use. */
public enum SceneView {
    DIAGRAM("diagram", "Cell diagram"),
    EQUATIONS("equations", "Equations with numbers"),
    ACTIVATIONS("activations", "Gate activations over time"),
    GRADIENT_HEATMAP("gradient-heatmap", "Gradients per gate over time"),
    GRADIENT_FLOW("gradient-flow", "Vanishing gradient curve"),
    CONNECTIVITY("connectivity", "Connectivity and saturation");

    private final String id;
    private final String title;

    SceneView(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The view named {@code text}, or null. */
    public static SceneView byId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (SceneView v : values()) {
            if (v.id.equals(t)) {
                return v;
            }
        }
        return null;
    }
}
