package org.gatelab.ui.presenter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gatelab.vocabulary.ViewKind;

/**
 * What the digit keys do to the shown views. Six views share four panels: the activations and the gradient
 * heatmap are the two tabs of one panel, the gradient flow and the connectivity of another, so showing one
 * of a pair replaces the other. The last shown view stays (hiding it would show everything).
 */
public final class ViewToggle {
    private ViewToggle() {
    }

    /** The view the digit {@code 1}..{@code 6} stands for, or null. */
    public static ViewKind forDigit(int digit) {
        ViewKind[] all = ViewKind.values();
        return digit >= 1 && digit <= all.length ? all[digit - 1] : null;
    }

    /** The views shown after toggling {@code view}, given those shown now, in the digits' order. */
    public static List<ViewKind> toggle(List<ViewKind> shown, ViewKind view) {
        List<ViewKind> next = new ArrayList<>(shown);
        if (next.contains(view)) {
            if (next.size() > 1) {
                next.remove(view);
            }
            return List.copyOf(next);
        }
        next.removeIf(v -> samePanel(v, view));
        next.add(view);
        next.sort(Comparator.naturalOrder());
        return List.copyOf(next);
    }

    /** True when two different views are tabs of the same panel. */
    static boolean samePanel(ViewKind a, ViewKind b) {
        return a != b && pair(a) == pair(b) && pair(a) >= 0;
    }

    private static int pair(ViewKind v) {
        return switch (v) {
            case ACTIVATIONS, GRADIENT_HEATMAP -> 0;
            case GRADIENT_FLOW, CONNECTIVITY -> 1;
            default -> -1;
        };
    }
}
