package org.gatelab.viewmodel.workspace;

import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.SampleSequences;
import org.gatelab.tasks.text.TextSample;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.vocabulary.SequenceKind;

/**
 * What the workspace does with what the learner types: a sequence of numbers with its target, or a text to read
 * (each character but the last, predicting the next). Checks the typing and says what it becomes; the
 * {@link WorkspaceViewModel} applies it.
 */
final class TypedInput {
    /**
     * The result of typing: either a {@code problem} to show, or the {@code settings} to apply and, when a
     * character model is being inspected, the {@code inspection} that reads the new text with its own vocabulary.
     */
    record Outcome(String problem, WorkspaceSettings settings, Inspection inspection) {
        static Outcome refused(String problem) {
            return new Outcome(problem, null, null);
        }
    }

    private TypedInput() {
    }

    /**
     * A switch of the input to {@code kind}; a switch to text when the typed values are numbers (no text to read)
     * starts from {@link WorkspaceSettings#DEFAULT_TEXT}.
     */
    static WorkspaceSettings source(WorkspaceSettings current, SequenceKind kind) {
        WorkspaceSettings s = current.withSource(kind);
        if (kind == SequenceKind.TEXT && !readableText(s.customValues())) {
            s = s.withCustom(WorkspaceSettings.DEFAULT_TEXT, s.customTarget());
        }
        return s;
    }

    /** A typed text (2 to 1001 characters), read by the inspected character model if there is one. */
    static Outcome text(WorkspaceSettings current, Inspection shown, String text) {
        Vocabulary characters = shown != null ? shown.vocabulary() : null;
        SampleSequence sample;
        try {
            sample = TextSample.of(characters != null ? characters : Vocabulary.of(text), text);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(e.getMessage());
        }
        WorkspaceSettings next = current.withCustom(text, current.customTarget()).withSource(SequenceKind.TEXT);
        return new Outcome(null, next, characters == null ? null
                : new Inspection(shown.model(), sample, shown.label(), characters));
    }

    /** A typed sequence: comma-separated numbers, and the target for the last step. */
    static Outcome numbers(WorkspaceSettings current, String values, double target) {
        try {
            SampleSequences.parseNumbers(values);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(e.getMessage());
        }
        if (!Double.isFinite(target)) {
            return Outcome.refused("the target must be a finite number");
        }
        return new Outcome(null, current.withCustom(values, target).withSource(SequenceKind.CUSTOM), null);
    }

    /** True for a text the model can read: not a list of numbers, 2 to 1001 characters. */
    private static boolean readableText(String text) {
        int n = text.codePointCount(0, text.length());
        boolean numbers;
        try {
            SampleSequences.parseNumbers(text);
            numbers = true;
        } catch (IllegalArgumentException e) {
            numbers = false;
        }
        return !numbers && n >= TextSample.MIN_CHARACTERS && n <= TextSample.MAX_CHARACTERS;
    }
}
