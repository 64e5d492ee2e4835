package org.gatelab.viewmodel.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gatelab.io.LessonProgress;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Probe;
import org.gatelab.lesson.Scene;
import org.gatelab.viewmodel.workspace.Inspection;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;

/** Judges a learner's answer against the live workspace: the number the engine recorded, never a stored one. */
public final class CheckJudge {
    private CheckJudge() {
    }

    /** The number a probe reads from a workspace result. */
    public static double read(Probe probe, WorkspaceResult result) {
        return probe.read(new Probe.Context(result.trace(), result.pytorchParameters(), result.textbookParameters()));
    }

    /**
     * A multiple-choice answer ({@code chosen} 0-based, authored order): the verdict, what the chosen option's
     * feedback says about it, the right option when this was not it, and the explanation.
     */
    public static Verdict choice(Check.Choice check, int chosen) {
        boolean right = chosen == check.answer();
        String said = right ? "Right." : "Not quite.";
        String why = check.feedbackFor(chosen);
        String option = check.options().get(check.answer());
        // an option written as a sentence keeps one full stop: The answer is "... baseline."
        String answer = right ? "" : " The answer is \"" + option + "\"" + (option.endsWith(".") ? "" : ".");
        return new Verdict(right, said + (why.isEmpty() ? "" : " " + why) + answer + " " + check.explain(), Double.NaN);
    }

    /** A predicted number, compared with the value in the live result. */
    public static Verdict predict(Check.Predict check, double guess, WorkspaceResult live) {
        double value;
        try {
            value = read(check.probe(), live);
        } catch (IllegalArgumentException e) {
            return unreadable(e);
        }
        boolean right = Math.abs(guess - value) <= check.tolerance();
        String said = String.format(Locale.ROOT, "%s The engine recorded %s for %s (you said %s; within %s counts).",
                right ? "Right." : "Not this time.", number(value), check.probe().describe(), number(guess),
                number(check.tolerance()));
        return new Verdict(right, said + " " + check.explain(), value);
    }

    /**
     * A task: met when the probe reaches the goal and only the allowed settings differ from the step's scene.
     *
     * @param scene      the step's effective scene
     * @param live       the workspace's current settings
     * @param inspection the model the workspace shows (null for the seed's weights)
     */
    public static Verdict task(Check.Task check, Scene scene, WorkspaceSettings live, Inspection inspection,
                               WorkspaceResult result) {
        List<String> changed = changedKeys(scene, live, inspection);
        changed.removeAll(check.changes());
        if (!changed.isEmpty()) {
            return new Verdict(Outcome.NOT_JUDGED, "Only " + String.join(", ", new java.util.TreeSet<>(check.changes()))
                    + " may change for this task, but " + String.join(", ", changed) + " changed too. Press \"Reset "
                    + "this step\" and try again.", Double.NaN);
        }
        if (result == null || !Objects.equals(result.settings(), live)) {
            return new Verdict(Outcome.NOT_JUDGED, "The workspace is still computing; check again in a moment.",
                    Double.NaN);
        }
        double value;
        try {
            value = read(check.probe(), result);
        } catch (IllegalArgumentException e) {
            return new Verdict(Outcome.NOT_JUDGED, e.getMessage(), Double.NaN);
        }
        if (check.met(value)) {
            return new Verdict(true, String.format(Locale.ROOT, "Done: %s is now %s. %s", check.probe().describe(),
                    number(value), check.explain()), value);
        }
        String goal = !Double.isNaN(check.above()) && !Double.isNaN(check.below())
                ? "between " + number(check.above()) + " and " + number(check.below())
                : !Double.isNaN(check.above()) ? "above " + number(check.above()) : "below " + number(check.below());
        return new Verdict(false, String.format(Locale.ROOT, "Not yet: %s is %s; the goal is %s.",
                check.probe().describe(), number(value), goal), value);
    }

    private static Verdict unreadable(IllegalArgumentException e) {
        return new Verdict(Outcome.NOT_JUDGED, "This can't be read from the workspace as it is now (" + e.getMessage()
                + "). Press \"Reset this step\" and try again.", Double.NaN);
    }

    /** What the answer was, for a check the learner skipped or answered on an earlier visit (live: null if unknown). */
    private static String reveal(Check check, WorkspaceResult live) {
        if (check instanceof Check.Choice c) {
            String option = c.options().get(c.answer());
            // as in a verdict, an option written as a sentence keeps one full stop
            return "The answer is \"" + option + "\"" + (option.endsWith(".") ? " " : ". ");
        }
        if (check instanceof Check.Predict p) {
            if (live == null) {
                return "The views show " + p.probe().describe() + " now. ";
            }
            try {
                double value = read(p.probe(), live);
                return "The engine records " + number(value) + " for " + p.probe().describe() + ". ";
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        return "";
    }

    /** A skipped check: no verdict on the learner, the answer and the explanation. */
    public static Verdict skipped(Check check, WorkspaceResult live) {
        return new Verdict(Outcome.SKIPPED, "Skipped. " + answer(check, live), Double.NaN);
    }

    /**
     * A check's answer and its explanation, as presenter mode shows them to the room: the right option, or the
     * number the engine records on {@code live} (null: the views show it), and the check's explanation.
     */
    public static String answer(Check check, WorkspaceResult live) {
        return reveal(check, live) + check.explain();
    }

    /**
     * A check answered on an earlier visit: whether an answer was right, the answer, and the explanation.
     *
     * @param first   the first answer given
     * @param correct whether an answer was right
     */
    public static Verdict before(Check check, String first, boolean correct, WorkspaceResult live) {
        String said = check instanceof Check.Task ? "You did this before. "
                : "You answered this before" + (first.isEmpty() ? "" : " (first: " + first + ")") + ". ";
        return new Verdict(correct ? Outcome.RIGHT : Outcome.WRONG, said + reveal(check, live) + check.explain(),
                Double.NaN);
    }

    /**
     * The verdict a check answered or skipped on an earlier visit shows again, or null for an open check. It names
     * no live number: the step's trace may still be computing.
     */
    public static Verdict remembered(Check check, LessonProgress.CheckRecord record) {
        if (record != null && record.skipped()) {
            return skipped(check, null);
        }
        return LessonStanding.closed(check, record) ? before(check, record.firstAnswer(), record.correct(), null) : null;
    }

    /** The scene keys whose live value differs from the scene's. */
    static List<String> changedKeys(Scene scene, WorkspaceSettings live, Inspection inspection) {
        WorkspaceSettings want = SceneSettings.workspace(scene);
        List<String> out = new ArrayList<>();
        boolean modelShown = scene.modelFile() != null;
        if (modelShown != (inspection != null)) {
            out.add("model");
        }
        if (!modelShown) {
            diff(out, "cell", want.cell(), live.cell());
            diff(out, "hidden", want.hiddenSize(), live.hiddenSize());
            diff(out, "layers", want.layers(), live.layers());
            diff(out, "bidirectional", want.bidirectional(), live.bidirectional());
            if (want.cell() == org.gatelab.vocabulary.CellKind.RNN) {
                diff(out, "nonlinearity", want.nonlinearity(), live.nonlinearity());
            }
            diff(out, "seed", want.seed(), live.seed());
            diff(out, "init", want.init(), live.init());
            diff(out, "gate_bias", Double.doubleToLongBits(want.gateBias()), Double.doubleToLongBits(live.gateBias()));
            diff(out, "recurrent_scale", want.recurrentScale(), live.recurrentScale());
        }
        diff(out, "input", want.source(), live.source());
        if (want.source() == org.gatelab.vocabulary.SequenceKind.TEXT) {
            diff(out, "text", want.customValues(), live.customValues());
        } else if (want.source() == org.gatelab.vocabulary.SequenceKind.CUSTOM) {
            diff(out, "values", want.customValues(), live.customValues());
            diff(out, "target", want.customTarget(), live.customTarget());
        } else {
            diff(out, "length", want.length(), live.length());
        }
        return out;
    }

    private static void diff(List<String> out, String key, Object want, Object live) {
        if (!Objects.equals(want, live)) {
            out.add(key);
        }
    }

    /** A number as lessons show it: 4 significant digits, scientific when small or large. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.3g", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** What a verdict says about the answer. */
    public enum Outcome {
        RIGHT,
        WRONG,
        /** The learner skipped the check: the answer is shown, nothing is judged. */
        SKIPPED,
        /** The answer could not be judged (the workspace is computing, or was changed beyond the task): no attempt. */
        NOT_JUDGED
    }

    /**
     * The judgement of one answer.
     *
     * @param value the live value read (NaN for a choice)
     */
    public record Verdict(Outcome outcome, String message, double value) {
        /** A right or wrong answer. */
        public Verdict(boolean correct, String message, double value) {
            this(correct ? Outcome.RIGHT : Outcome.WRONG, message, value);
        }

        public boolean correct() {
            return outcome == Outcome.RIGHT;
        }

        /** True when the answer counts as an attempt (it was judged right or wrong). */
        public boolean judged() {
            return outcome == Outcome.RIGHT || outcome == Outcome.WRONG;
        }
    }
}
