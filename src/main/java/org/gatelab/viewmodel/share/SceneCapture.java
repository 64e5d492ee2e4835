package org.gatelab.viewmodel.share;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatelab.lesson.Scene;
import org.gatelab.lesson.SceneTab;
import org.gatelab.tasks.RealTask;
import org.gatelab.tasks.SampleSequences;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.SequenceKind;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;
import org.gatelab.vocabulary.ViewKind;

/**
 * The workspace's and the training lab's state as a scene. A scene starts from the defaults (the workspace's,
 * the lab's), so it names only what differs from them, and always the tab, the overlay and the lab's task, so
 * that opening it sets everything up exactly, whatever the receiver's window showed before. What a scene cannot
 * hold is left out and named: a trained model shown in the workspace (it is not text), the csv task (its file is
 * on this computer only) and typed values too long for a scene line.
 *
 * @param scene   the scene
 * @param leftOut what the scene leaves out, in words (empty when it holds everything)
 */
record SceneCapture(Scene scene, List<String> leftOut) {
    /** Longest list of typed values a scene line holds. */
    static final int MAX_VALUES_TEXT = 4000;

    SceneCapture {
        leftOut = List.copyOf(leftOut);
    }

    /**
     * @param tab   the part of the app shown
     * @param views the workspace's views on screen (empty or all of them: every view)
     */
    static SceneCapture of(WorkspaceViewModel workspace, TrainingLabViewModel training, SceneTab tab,
                           List<ViewKind> views) {
        return of(workspace, training, tab, views, Map.of());
    }

    /** As {@link #of(WorkspaceViewModel, TrainingLabViewModel, SceneTab, List)}, with the seq2seq tab's keys. */
    static SceneCapture of(WorkspaceViewModel workspace, TrainingLabViewModel training, SceneTab tab,
                           List<ViewKind> views, Map<String, String> seq2seq) {
        List<String> leftOut = new ArrayList<>();
        WorkspaceSettings w = workspace.settings();
        WorkspaceSettings d = WorkspaceSettings.defaults();
        if (workspace.inspectionProperty().get() != null) {
            leftOut.add("the trained model the workspace shows (a scene holds the seed's model; save the model from "
                    + "the training lab to pass it on)");
        }
        String values = null;
        Double target = null;
        if (!w.customValues().equals(d.customValues()) || w.customTarget() != d.customTarget()) {
            String typed = typedValues(w.customValues());
            if (typed.length() <= MAX_VALUES_TEXT) {
                values = typed;
                target = w.customTarget();
            } else {
                leftOut.add("the typed values (too many for a scene line)");
            }
        }
        boolean allViews = views == null || views.isEmpty() || views.size() == ViewKind.values().length;
        int step = workspace.timeline().step();
        int unit = workspace.selection().unit();
        int layer = workspace.selection().layer();
        Map<String, String> lab = lab(training, leftOut);
        Scene s = new Scene(or(w.cell(), d.cell()), or(w.nonlinearity(), d.nonlinearity()),
                or(w.hiddenSize(), d.hiddenSize()), or(w.layers(), d.layers()), or(w.seed(), d.seed()),
                or(w.init(), d.init()), sameBias(w.gateBias(), d.gateBias()) ? null : w.gateBias(),
                or(w.recurrentScale(), d.recurrentScale()), or(w.source(), d.source()),
                w.source() == SequenceKind.CUSTOM ? null : or(w.length(), d.length()), values, target, null,
                step == 0 ? null : step, unit == 0 ? null : unit, layer == 0 ? null : layer,
                allViews ? null : List.copyOf(views), workspace.selection().highlightedGateProperty().get(),
                workspace.timeline().isPlaying() ? Boolean.TRUE : null,
                workspace.comparisonShownProperty().get(), tab, lab, null, Map.of(), Map.of(), null,
                w.bidirectional() ? Boolean.TRUE : null,
                workspace.selection().direction() == Direction.REVERSE ? Direction.REVERSE : null, seq2seq);
        return new SceneCapture(s, leftOut);
    }

    /** The value unless it is the default, for the scene's optional fields. */
    private static <T> T or(T value, T defaultValue) {
        return value.equals(defaultValue) ? null : value;
    }

    private static boolean sameBias(double a, double b) {
        return Double.isNaN(a) ? Double.isNaN(b) : a == b;
    }

    /** The typed values as a scene writes them: numbers separated by ", ", each written to read back exactly. */
    private static String typedValues(String text) {
        List<String> out = new ArrayList<>();
        for (double v : SampleSequences.parseNumbers(text)) {
            out.add(NumberText.plain(v));
        }
        return String.join(", ", out);
    }

    /** The lab's task and the settings that differ from their defaults; the csv task's are left out. */
    private static Map<String, String> lab(TrainingLabViewModel training, List<String> leftOut) {
        ExperimentSettings s = training.settings();
        Map<String, String> lab = new LinkedHashMap<>();
        TrainingTask task = s.task();
        if (s.kind() == TaskKind.CSV) {
            leftOut.add("the training lab's csv task and its settings (the file is on this computer only)");
            return Map.of();
        }
        lab.put("task", s.kind().id());
        TrainingTask defaults;
        if (task instanceof RealTask real) {
            lab.put("task.dataset", real.set().id());
            defaults = RealTask.of(real.series());
        } else {
            defaults = TaskDefaults.task(s.kind());
        }
        for (TaskSetting p : TaskSetting.of(s.kind())) {
            if (p.value(task) != p.value(defaults)) {
                lab.put("task." + p.key(), p.text(task));
            }
        }
        TrainingConfig c = s.config();
        TrainingConfig d = TrainingDefaults.config();
        if (c.cell() != d.cell()) {
            lab.put("train.cell", c.cell().id());
        }
        if (c.nonlinearity() != d.nonlinearity()) {
            lab.put("train.nonlinearity", c.nonlinearity().id());
        }
        if (c.optimizer() != d.optimizer()) {
            lab.put("train.optimizer", c.optimizer().id());
        }
        if (c.init() != d.init()) {
            lab.put("train.init", c.init().id());
        }
        for (TrainingSetting p : TrainingSetting.values()) {
            double v = c.value(p);
            double dv = d.value(p);
            if (Double.isNaN(v) ? !Double.isNaN(dv) : v != dv) {
                lab.put("train." + p.key(), Double.isNaN(v) ? "default" : c.text(p));
            }
        }
        return lab;
    }
}
