package org.gatelab.viewmodel.lesson;

import java.io.IOException;
import java.nio.file.Path;
import org.gatelab.engine.Model;
import org.gatelab.io.InputFileException;
import org.gatelab.io.CharModelFiles;
import org.gatelab.io.ModelFiles;
import org.gatelab.lesson.Scene;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextSample;
import org.gatelab.vocabulary.SequenceKind;
import org.gatelab.viewmodel.workspace.Inspection;
import org.gatelab.viewmodel.workspace.WorkspaceComputation;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;

/**
 * Computes what a scene shows without any window: the same computation the workspace runs, so the lesson
 * tests, {@code gatelab lessons check} and {@code gatelab export} see exactly what the learner sees.
 */
public final class SceneComputation {
    private SceneComputation() {
    }

    /** The scene's trained model and its input, or null when the scene uses the seed's weights. */
    public static Inspection inspection(Scene scene, WorkspaceSettings settings) throws IOException {
        Path file = scene.modelFile();
        if (file == null) {
            return null;
        }
        if (settings.source() == SequenceKind.TEXT) {
            // a character model reads the text with its own vocabulary, which its file carries
            CharModel text = CharModelFiles.load(file);
            return new Inspection(text.model(), TextSample.of(text.vocabulary(), settings.customValues()),
                    "trained " + text.model().config().cell() + " from " + file.getFileName(), text.vocabulary());
        }
        Model model = ModelFiles.load(file, null, null);
        SampleSequence sample = WorkspaceComputation.input(settings);
        int features = sample.input().features();
        if (model.config().inputSize() != features) {
            throw new InputFileException(file.getFileName() + ": the model reads " + model.config().inputSize()
                    + " input feature(s) but the scene's input has " + features + " (set \"input\" to match)");
        }
        return new Inspection(model, sample, "trained " + model.config().cell() + " from " + file.getFileName());
    }

    /** The workspace result of an effective scene. */
    public static WorkspaceResult compute(Scene scene, boolean withComparison) throws IOException {
        WorkspaceSettings settings = SceneSettings.workspace(scene);
        Inspection inspection = inspection(scene, settings);
        if (inspection != null) {
            settings = followModel(settings, inspection.model());
        }
        return WorkspaceComputation.compute(settings, withComparison, inspection);
    }

    /** The settings with the cell and sizes of the model being shown, as the workspace sets them. */
    static WorkspaceSettings followModel(WorkspaceSettings s, Model model) {
        var c = model.config();
        return s.withCell(c.cell()).withNonlinearity(c.nonlinearity()).withHiddenSize(c.hiddenSize())
                .withLayers(c.layers()).withBidirectional(c.bidirectional());
    }
}
