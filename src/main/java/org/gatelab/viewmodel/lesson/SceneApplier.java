package org.gatelab.viewmodel.lesson;

import java.io.IOException;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import org.gatelab.lesson.Scene;
import org.gatelab.vocabulary.Direction;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.Inspection;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * Sets the live workspace (and the training lab) up as a scene says. The selection and the timestep are
 * applied when the scene's trace has arrived, so they fit the new model's units and the new input's length.
 */
public final class SceneApplier {
    /** Another part of the app a scene sets up (the Compare and Memory tabs). */
    public interface Target {
        /** As {@link SceneApplier#apply}. */
        void apply(Scene effective, Scene own, boolean full, Consumer<String> problem);
    }

    private final java.util.List<Target> targets = new java.util.ArrayList<>();
    private final WorkspaceViewModel workspace;
    private final TrainingLabViewModel training;
    private final org.gatelab.viewmodel.TaskRunner runner;
    private ChangeListener<WorkspaceResult> waiting;
    private int generation;

    public SceneApplier(WorkspaceViewModel workspace, TrainingLabViewModel training,
                        org.gatelab.viewmodel.TaskRunner runner) {
        this.workspace = workspace;
        this.training = training;
        this.runner = runner;
    }

    /**
     * @param effective the step's scene with those before it
     * @param own       the step's own scene (its lab keys decide whether the lab is set up again)
     * @param full      true for "Reset this step" and opening a lesson: the lab is set up even if this step
     *                  does not name lab settings itself
     * @param problem   receives a message when something could not be applied
     */
    public void apply(Scene effective, Scene own, boolean full, Consumer<String> problem) {
        int mine = ++generation;
        WorkspaceSettings settings = SceneSettings.workspace(effective);
        workspace.selection().highlightGate(effective.highlight());
        if (effective.overlay() != null) {
            workspace.setComparisonShown(effective.overlay());
            workspace.setOverlay(effective.overlay());
        }
        if (effective.modelFile() == null) {
            show(effective, settings, null);
        } else {
            runner.run(() -> SceneComputation.inspection(effective, settings), inspection -> {
                if (mine == generation) {
                    show(effective, settings, inspection);
                }
            }, e -> problem.accept("The lesson's model could not be loaded: " + e.getMessage()));
        }
        if (training != null && !effective.lab().isEmpty() && (full || !own.lab().isEmpty())) {
            try {
                training.applySettings(SceneSettings.lab(effective, "lesson scene"));
            } catch (IOException | IllegalArgumentException e) {
                problem.accept("The training lab could not be set up: " + e.getMessage());
            }
        }
        if (training != null && Boolean.TRUE.equals(own.train())) {
            training.start();
        }
        for (Target t : targets) {
            t.apply(effective, own, full, problem);
        }
    }

    /** Sets {@code t} up with every scene from now on. */
    public void add(Target t) {
        targets.add(t);
    }

    private void show(Scene scene, WorkspaceSettings settings, Inspection inspection) {
        if (waiting != null) {
            workspace.resultProperty().removeListener(waiting);
        }
        WorkspaceSettings expected = inspection == null ? settings
                : SceneComputation.followModel(settings, inspection.model());
        waiting = (obs, old, result) -> {
            if (result != null && result.settings().equals(expected)) {
                workspace.resultProperty().removeListener(waiting);
                waiting = null;
                select(scene);
            }
        };
        workspace.resultProperty().addListener(waiting);
        workspace.setAll(settings);
        if (inspection != null) {
            workspace.inspect(inspection.model(), inspection.sample(), inspection.label(), inspection.vocabulary());
        }
    }

    private void select(Scene scene) {
        workspace.selection().selectUnit(scene.unit() == null ? 0 : scene.unit());
        workspace.selection().selectLayer(scene.layer() == null ? 0 : scene.layer());
        workspace.selection().selectDirection(scene.direction() == null ? Direction.FORWARD : scene.direction());
        workspace.timeline().pause();
        workspace.timeline().setStep(scene.step() == null ? 0 : scene.step());
        if (Boolean.TRUE.equals(scene.play())) {
            workspace.timeline().play();
        }
    }
}
