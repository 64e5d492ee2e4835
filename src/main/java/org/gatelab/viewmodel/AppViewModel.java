package org.gatelab.viewmodel;

import java.util.Objects;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.viewmodel.export.ExportModel;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The window's view models, made by the app ({@code org.gatelab.app}) and handed to the window's view, which
 * gives each of its views its own.
 *
 * @param workspace the workspace's settings, trace, timeline and selection
 * @param exports   the workspace's exports
 * @param training  the training lab
 * @param compare   the RNN/LSTM/GRU comparison
 * @param lessons   the lesson player, or null for a window without lessons
 * @param settings  what the app remembers between runs
 */
public record AppViewModel(WorkspaceViewModel workspace, ExportModel exports, TrainingLabViewModel training,
                           CompareViewModel compare, LessonPlayerViewModel lessons, SettingsModel settings) {
    public AppViewModel {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(compare, "compare");
        Objects.requireNonNull(settings, "settings");
    }
}
