package org.gatelab.ui.presenter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gatelab.vocabulary.ViewKind;

/**
 * What the digit keys do to the shown views. Eight views share four panels as their tabs
 * ({@link ViewKind#panel()}), so showing a view replaces the other view of its panel. The last shown view stays
 * (hiding it would show everything).
 */
public final class ViewToggle {
    private ViewToggle() {
    }

    /** The view the digit {@code 1}..{@code 8} stands for, or null. */
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
        next.removeIf(v -> v.sharesPanelWith(view));
        next.add(view);
        next.sort(Comparator.naturalOrder());
        return List.copyOf(next);
    }
}
