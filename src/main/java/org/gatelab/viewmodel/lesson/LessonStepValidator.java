package org.gatelab.viewmodel.lesson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Scene;
import org.gatelab.lesson.Step;
import org.gatelab.lesson.StepValidator;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;

/**
 * Checks a step as the player will run it: the scene's settings must make a workspace (and a training lab),
 * the highlighted gate must belong to the cell, the timestep, unit and layer must exist, and every check's
 * quantity must be readable from the computed trace. It runs the engine once per step (without the overlay).
 */
public final class LessonStepValidator implements StepValidator {
    @Override
    public List<Finding> validate(Scene effective, Step step) {
        List<Finding> out = new ArrayList<>();
        WorkspaceSettings w;
        try {
            w = SceneSettings.workspace(effective);
        } catch (IllegalArgumentException e) {
            out.add(new Finding(null, -1, e.getMessage()));
            return out;
        }
        if (SceneSettings.setsLab(effective)) {
            try {
                SceneSettings.lab(effective, "training lab");
            } catch (IOException e) {
                out.add(new Finding(labKey(step.scene(), e.getMessage()), -1, e.getMessage()));
            }
        }
        for (String p : LessonTabs.problems(effective)) {
            String key = p.substring(0, p.indexOf(':'));
            out.add(new Finding(step.scene().compare().containsKey(key.substring(key.indexOf('.') + 1))
                    || step.scene().memory().containsKey(key.substring(key.indexOf('.') + 1)) ? key : null, -1, p));
        }
        if (!effective.seq2seq().isEmpty()) {
            try {
                Seq2SeqScenes.settings(effective.seq2seq());
            } catch (IllegalArgumentException e) {
                String key = e.getMessage().substring(0, e.getMessage().indexOf(':'));
                out.add(new Finding(step.scene().seq2seq().containsKey(key.substring("seq2seq.".length())) ? key
                        : null, -1, e.getMessage()));
            }
        }
        if (effective.direction() == Direction.REVERSE && !w.bidirectional()) {
            out.add(new Finding("direction", -1, "direction: reverse needs a bidirectional model (bidirectional: "
                    + "true); a one-direction model reads forward only"));
        }
        WorkspaceResult result;
        try {
            result = SceneComputation.compute(effective, false);
        } catch (IOException | IllegalArgumentException e) {
            out.add(new Finding(effective.modelFile() != null ? "model" : null, -1, String.valueOf(e.getMessage())));
            return out;
        }
        CellKind cell = result.trace().cell();
        int length = result.trace().length();
        if (effective.highlight() != null && !cell.blocks().contains(effective.highlight())) {
            out.add(new Finding("highlight", -1, "the " + cell + " has no " + effective.highlight().title()
                    + " (its gates: " + gateNames(cell) + "); set highlight to one of those or to none"));
        }
        if (effective.step() != null && effective.step() >= length) {
            out.add(new Finding("step", -1, "step " + effective.step() + " is past the end of the input (t = 0 to "
                    + (length - 1) + ")"));
        }
        if (effective.unit() != null && effective.unit() >= result.trace().hiddenSize()) {
            out.add(new Finding("unit", -1, "unit " + effective.unit() + " does not exist (the model has "
                    + result.trace().hiddenSize() + ")"));
        }
        if (effective.layer() != null && effective.layer() >= result.trace().layerCount()) {
            out.add(new Finding("layer", -1, "layer " + effective.layer() + " does not exist (the model has "
                    + result.trace().layerCount() + "; layers count from 0)"));
        }
        for (int i = 0; i < step.checks().size(); i++) {
            Check c = step.checks().get(i);
            org.gatelab.lesson.Probe probe = c instanceof Check.Predict p ? p.probe()
                    : c instanceof Check.Task t ? t.probe() : null;
            if (probe == null) {
                continue;
            }
            try {
                double v = CheckJudge.read(probe, result);
                if (!Double.isFinite(v)) {
                    out.add(new Finding(null, i, probe.describe() + " is not a finite number in this scene"));
                }
            } catch (IllegalArgumentException e) {
                out.add(new Finding(null, i, "the check's quantity can't be read in this step's scene: "
                        + e.getMessage()));
            }
            if (c instanceof Check.Task t && t.changes().contains("model") && effective.modelFile() == null) {
                out.add(new Finding(null, i, "\"change\" names model, but the scene shows no trained model"));
            }
        }
        return out;
    }

    private static String gateNames(CellKind cell) {
        StringBuilder b = new StringBuilder();
        cell.blocks().forEach(g -> b.append(b.isEmpty() ? "" : ", ").append(g.symbol()));
        return b.toString();
    }

    /** The scene key a lab message concerns (field "training.x" is key train.x), if this step sets it. */
    private static String labKey(Scene own, String message) {
        for (String k : own.lab().keySet()) {
            String field = k.startsWith("train.") ? "training." + k.substring(6) : k.equals("task") ? "task.kind" : k;
            if (message.contains("\"" + field + "\"")) {
                return k;
            }
        }
        return null;
    }
}
