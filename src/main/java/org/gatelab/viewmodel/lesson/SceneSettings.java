package org.gatelab.viewmodel.lesson;

import java.io.IOException;
import org.gatelab.io.ExperimentFiles;
import org.gatelab.lesson.Scene;
import org.gatelab.tasks.SampleSequences;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.vocabulary.SequenceKind;

/** Turns a lesson scene into the workspace's and the training lab's settings. */
public final class SceneSettings {
    private SceneSettings() {
    }

    /** The workspace settings an effective scene describes: the workspace's defaults with the scene's values. */
    public static WorkspaceSettings workspace(Scene s) {
        WorkspaceSettings w = WorkspaceSettings.defaults();
        if (s.cell() != null) {
            w = w.withCell(s.cell());
        }
        if (s.nonlinearity() != null) {
            w = w.withNonlinearity(s.nonlinearity());
        }
        if (s.hidden() != null) {
            w = w.withHiddenSize(s.hidden());
        }
        if (s.layers() != null) {
            w = w.withLayers(s.layers());
        }
        if (s.bidirectional() != null) {
            w = w.withBidirectional(s.bidirectional());
        }
        if (s.seed() != null) {
            w = w.withSeed(s.seed());
        }
        if (s.init() != null) {
            w = w.withInit(s.init());
        }
        if (s.gateBias() != null) {
            w = w.withGateBias(s.gateBias());
        }
        if (s.recurrentScale() != null) {
            w = w.withRecurrentScale(s.recurrentScale());
        }
        if (s.length() != null) {
            w = w.withLength(s.length());
        }
        if (s.values() != null || s.target() != null) {
            w = w.withCustom(s.values() != null ? s.values() : w.customValues(),
                    s.target() != null ? s.target() : w.customTarget());
        }
        if (s.input() != null) {
            w = w.withSource(s.input());
        }
        return w;
    }

    /** Steps of the input the settings describe. */
    public static int length(WorkspaceSettings w) {
        return w.source() == SequenceKind.CUSTOM ? SampleSequences.parseNumbers(w.customValues()).length
                : w.source() == SequenceKind.TEXT ? org.gatelab.tasks.text.TextSample.steps(w.customValues())
                : w.length();
    }

    /** True when the scene sets anything in the training lab. */
    public static boolean setsLab(Scene s) {
        return !s.lab().isEmpty();
    }

    /**
     * The training lab's settings the scene's {@code task}, {@code task.*} and {@code train.*} keys describe.
     *
     * @throws IOException naming {@code name} and the field when a value is refused
     */
    public static ExperimentSettings lab(Scene s, String name) throws IOException {
        return ExperimentFiles.fromKeys(s.lab(), name);
    }
}
