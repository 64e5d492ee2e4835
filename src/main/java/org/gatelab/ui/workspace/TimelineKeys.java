package org.gatelab.ui.workspace;

import java.util.Set;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;

/**
 * Whether the timeline's keys (Space, Left, Right, Home, End) are the timeline's or the focused control's. A
 * control that uses the key itself keeps it: a focused button, toggle, check box or tile is pressed by Space and a
 * combo box opens ({@link #openCombo}); a slider, a scroll bar, a tab strip and a group of toggles move with the
 * arrows; a slider, a tab strip and a list go to their ends with Home and End; a field being typed in keeps every
 * key. Otherwise
 * (nothing focused, a canvas, a label, a button and an arrow key) the key drives the timeline.
 */
final class TimelineKeys {
    /** Roles pressed or opened by Space. */
    private static final Set<AccessibleRole> SPACE = Set.of(AccessibleRole.BUTTON, AccessibleRole.TOGGLE_BUTTON,
            AccessibleRole.CHECK_BOX, AccessibleRole.RADIO_BUTTON, AccessibleRole.MENU_BUTTON,
            AccessibleRole.SPLIT_MENU_BUTTON, AccessibleRole.HYPERLINK, AccessibleRole.COMBO_BOX,
            AccessibleRole.LIST_VIEW, AccessibleRole.TABLE_VIEW, AccessibleRole.TREE_VIEW,
            AccessibleRole.TREE_TABLE_VIEW, AccessibleRole.DATE_PICKER);
    /** Roles moved by Left and Right. */
    private static final Set<AccessibleRole> ARROWS = Set.of(AccessibleRole.SLIDER, AccessibleRole.SCROLL_BAR,
            AccessibleRole.TAB_PANE, AccessibleRole.TABLE_VIEW, AccessibleRole.TREE_TABLE_VIEW,
            AccessibleRole.PAGINATION);
    /** Roles taken to their first or last value by Home and End. */
    private static final Set<AccessibleRole> ENDS = Set.of(AccessibleRole.SLIDER, AccessibleRole.SCROLL_BAR,
            AccessibleRole.TAB_PANE, AccessibleRole.LIST_VIEW, AccessibleRole.TABLE_VIEW, AccessibleRole.TREE_VIEW,
            AccessibleRole.TREE_TABLE_VIEW);

    private TimelineKeys() {
    }

    /** True while the user types into {@code focus} (a text field, an editable spinner or combo box). */
    static boolean typing(Node focus) {
        return focus instanceof TextInputControl || focus instanceof Spinner<?> s && s.isEditable()
                || focus instanceof ComboBoxBase<?> b && b.isEditable();
    }

    /** True when {@code focus} (the focus owner, possibly null) does something with {@code code} itself. */
    static boolean focusedControlUses(Node focus, KeyCode code) {
        if (typing(focus)) {
            return true;
        }
        // JavaFX focuses a control itself (a spinner, not its editor; a tab pane, not its tab); its containers are
        // not asked, so a canvas inside a tab pane does not take the tab pane's arrows
        Node c = focus;
        if (c == null) {
            return false;
        }
        AccessibleRole role = c.getAccessibleRole();
        return switch (code) {
            case SPACE -> SPACE.contains(role);
            case LEFT, RIGHT -> ARROWS.contains(role) || c instanceof Toggle t && t.getToggleGroup() != null;
            case HOME, END -> ENDS.contains(role);
            default -> false;
        };
    }

    /**
     * Space on a focused combo box that is not typed in opens its list (JavaFX only arms it there, so Space would
     * otherwise do nothing); true when it did.
     */
    static boolean openCombo(Node focus, KeyCode code) {
        if (code == KeyCode.SPACE && focus instanceof ComboBoxBase<?> box && !box.isEditable()
                && !box.isShowing()) {
            box.show();
            return true;
        }
        return false;
    }
}
