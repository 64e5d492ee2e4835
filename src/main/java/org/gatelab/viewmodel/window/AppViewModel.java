package org.gatelab.viewmodel.window;

import java.util.Objects;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.viewmodel.export.ExportModel;
import org.gatelab.viewmodel.language.LanguageLabViewModel;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.memory.MemoryViewModel;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.UnrolledViewModel;
import org.gatelab.viewmodel.workspace.WeightsViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The window's view models, made by the app ({@code org.gatelab.app}) and handed to the window's view, which
 * gives each of its views its own. It depends on every other view model, so it has a package of its own above
 * them (with presenter mode, the window's own state).
 *
 * @param workspace the workspace's settings, trace, timeline and selection
 * @param unrolled  the network unrolled in time (on the workspace)
 * @param weights   the recurrent matrix W_hh and its spectra (on the workspace)
 * @param exports   the workspace's exports
 * @param training  the training lab
 * @param compare   the RNN/LSTM/GRU comparison
 * @param lessons   the lesson player, or null for a window without lessons
 * @param settings  what the app remembers between runs
 * @param presenter presenter mode: whether the window presents, and its type scale
 * @param seq2seq   the encoder-decoder trained without and with attention
 * @param memory    the Memory tab ("what does this unit remember?"), or null for a window without it
 * @param language  the language lab, or null for a window without it
 */
public record AppViewModel(WorkspaceViewModel workspace, UnrolledViewModel unrolled, WeightsViewModel weights,
                           ExportModel exports, TrainingLabViewModel training,
                           CompareViewModel compare, LessonPlayerViewModel lessons, SettingsModel settings,
                           PresenterMode presenter, Seq2SeqViewModel seq2seq, MemoryViewModel memory,
                           LanguageLabViewModel language) {
    public AppViewModel {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(unrolled, "unrolled");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(compare, "compare");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(presenter, "presenter");
        Objects.requireNonNull(seq2seq, "seq2seq");
    }
}
