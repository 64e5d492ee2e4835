package org.gatelab.viewmodel.training;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.TrainingSetting;

/**
 * The two buttons after a divergence, as the divergence note suggests: a ten times lower learning rate, or
 * gradient clipping. Either resets the run and changes one training setting; the next Start trains again.
 */
final class DivergenceRemedies {
    private final ExperimentEditor editor;
    private final RunLifecycle run;
    private final ReadOnlyObjectWrapper<Notice> notice;

    DivergenceRemedies(ExperimentEditor editor, RunLifecycle run, ReadOnlyObjectWrapper<Notice> notice) {
        this.editor = editor;
        this.run = run;
        this.notice = notice;
    }

    /** After a divergence: the suggested (ten times lower) learning rate, and back to Ready. */
    void lowerLearningRate() {
        DivergenceNote note = run.snapshot().divergence();
        if (note == null) {
            return;
        }
        run.reset();
        if (editor.changeConfig(TrainingSetting.LEARNING_RATE,
                c -> c.withLearningRate(note.suggestedLearningRate()))) {
            notice.set(Notice.info("Learning rate set to " + NumberText.format(note.suggestedLearningRate())
                    + ". Press Start to train again."));
        }
    }

    /** After a divergence: the suggested clip norm, and back to Ready. */
    void clip() {
        DivergenceNote note = run.snapshot().divergence();
        if (note == null || Double.isNaN(note.suggestedClipNorm())) {
            return;
        }
        run.reset();
        if (editor.changeConfig(TrainingSetting.CLIP_NORM, c -> c.withClipNorm(note.suggestedClipNorm()))) {
            notice.set(Notice.info("Gradient clipping set to " + NumberText.format(note.suggestedClipNorm())
                    + ". Press Start to train again."));
        }
    }
}
