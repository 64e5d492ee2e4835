package org.gatelab.viewmodel.workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The workspace's undo: the settings before each of the user's changes, newest first, at most {@link #LIMIT}.
 * A lesson's scene is not a change of the user's and is not recorded.
 */
final class SettingsHistory {
    /** How many changes can be undone. */
    static final int LIMIT = 100;
    private final Deque<WorkspaceSettings> before = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    /** Records {@code was} as the settings before a change to {@code next} (nothing when they are equal). */
    void changing(WorkspaceSettings was, WorkspaceSettings next) {
        if (was == null || was.equals(next)) {
            return;
        }
        before.push(was);
        if (before.size() > LIMIT) {
            before.removeLast();
        }
        canUndo.set(true);
    }

    /** The settings before the last change, taken off the history; null when there is none. */
    WorkspaceSettings undo() {
        WorkspaceSettings s = before.poll();
        canUndo.set(!before.isEmpty());
        return s;
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
