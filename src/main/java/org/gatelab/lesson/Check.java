package org.gatelab.lesson;

import java.util.List;
import java.util.Set;

/** A question a step asks, answered by the learner and judged by the player. */
public sealed interface Check {
    /** The question (or, for a task, the goal) as Markdown. */
    String question();

    /** Why the right answer is right, shown after an answer. */
    String explain();

    /** 1-based line of the check block, for messages. */
    int line();

    /**
     * Pick one of several answers. {@code answer} is 0-based, in the authored order (the player shows the options
     * shuffled per learner). {@code feedback} is empty, or holds one explanation per option, in the same order:
     * what picking that option shows (for a wrong one, the misconception it embodies and why it fails).
     */
    record Choice(String question, List<String> options, int answer, List<String> feedback, String explain, int line)
            implements Check {
        public Choice {
            options = List.copyOf(options);
            feedback = List.copyOf(feedback);
            if (!feedback.isEmpty() && feedback.size() != options.size()) {
                throw new IllegalArgumentException(feedback.size() + " feedback items for " + options.size()
                        + " options");
            }
        }

        /** What picking option {@code option} (0-based, authored order) shows besides the verdict; may be empty. */
        public String feedbackFor(int option) {
            return feedback.isEmpty() ? "" : feedback.get(option);
        }
    }

    /**
     * Predict a number, then compare with the live engine's value within {@code tolerance} (absolute). While
     * {@code sealed} (the default), the views mask the probed number until the learner answers or skips.
     */
    record Predict(String question, Probe probe, double tolerance, boolean sealed, String explain, int line)
            implements Check {
    }

    /**
     * Change the workspace until {@code probe} is above {@code above} (or below {@code below}; NaN for no bound),
     * changing only the scene settings named in {@code changes} (scene keys such as {@code gate_bias}).
     */
    record Task(String question, Probe probe, double above, double below, Set<String> changes, String explain,
                int line) implements Check {
        public Task {
            changes = Set.copyOf(changes);
        }

        /** True when {@code value} meets the goal. */
        public boolean met(double value) {
            return (Double.isNaN(above) || value > above) && (Double.isNaN(below) || value < below);
        }
    }
}
