package org.gatelab.viewmodel;

import org.gatelab.engine.trace.Trace;

/**
 * Everything the views of one window share: the workspace (settings and trace), the timeline and the
 * selection, kept consistent with each other when a new trace arrives.
 */
public final class Session {
    private final WorkspaceModel workspace;
    private final TimelineModel timeline = new TimelineModel();
    private final SelectionModel selection = new SelectionModel();

    public Session(TaskRunner runner) {
        this.workspace = new WorkspaceModel(runner);
        workspace.resultProperty().addListener((obs, old, r) -> {
            if (r != null) {
                Trace trace = r.trace();
                timeline.setLength(trace.length());
                selection.setShape(trace.hiddenSize(), trace.layerCount());
            }
        });
        WorkspaceResult first = workspace.result();
        if (first != null) {
            timeline.setLength(first.trace().length());
            selection.setShape(first.trace().hiddenSize(), first.trace().layerCount());
        }
    }

    public WorkspaceModel workspace() {
        return workspace;
    }

    public TimelineModel timeline() {
        return timeline;
    }

    public SelectionModel selection() {
        return selection;
    }
}
