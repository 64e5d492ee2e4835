package org.gatelab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the right answers of multiple-choice checks sit among their options, as authored. The player shuffles the
 * options per learner, so the authored position tells a learner nothing; but a course whose answers pile onto one
 * position (24 of 30 at position 2) shows an author's habit that also leaks into slides and printed copies.
 * {@code gatelab lessons check} warns about a pile, per lesson and over a folder.
 *
 * <p>A pile is more than {@link #MOST} of the answers at one position, and more than the fairest spread the
 * options allow: two checks of two options each cannot spread thinner than one per position (50 %), four checks
 * of three options not thinner than two at one position, so neither is a pile.
 */
public final class AnswerPositions {
    /** The largest share of the answers one position may hold without a warning. */
    public static final double MOST = 0.4;

    private AnswerPositions() {
    }

    /**
     * Answers piled onto one position.
     *
     * @param position the position, from 1
     * @param count    answers at it
     * @param total    answers in all
     */
    public record Pile(int position, int count, int total) {
        /** {@code choice answers pile onto position 2 (5 of 7)}. */
        public String message() {
            return "choice answers pile onto position " + position + " (" + count + " of " + total + ")";
        }
    }

    /** The multiple-choice checks of {@code lesson}, in order. */
    public static List<Check.Choice> choices(Lesson lesson) {
        List<Check.Choice> out = new ArrayList<>();
        for (Step s : lesson.steps()) {
            for (Check c : s.checks()) {
                if (c instanceof Check.Choice choice) {
                    out.add(choice);
                }
            }
        }
        return out;
    }

    /** The pile among {@code choices}, or null when their answers are spread well enough. */
    public static Pile pile(List<Check.Choice> choices) {
        int most = 0;
        for (Check.Choice c : choices) {
            most = Math.max(most, c.options().size());
        }
        int[] at = new int[most];
        for (Check.Choice c : choices) {
            at[c.answer()]++;
        }
        int top = 0;
        for (int k = 1; k < most; k++) {
            if (at[k] > at[top]) {
                top = k;
            }
        }
        int n = choices.size();
        if (n == 0 || at[top] <= MOST * n || at[top] <= fairest(choices)) {
            return null;
        }
        return new Pile(top + 1, at[top], n);
    }

    /**
     * The fewest answers the fullest position can hold, however the answers are placed: a check with m options can
     * only use positions 1..m, so the checks with at most k options share k positions, and the fullest holds at
     * least ceil(those checks / k) of them; the largest such bound over k is reached (the positions nest).
     */
    static int fairest(List<Check.Choice> choices) {
        int most = 0;
        for (Check.Choice c : choices) {
            most = Math.max(most, c.options().size());
        }
        int best = 0;
        for (int k = 1; k <= most; k++) {
            int upTo = 0;
            for (Check.Choice c : choices) {
                if (c.options().size() <= k) {
                    upTo++;
                }
            }
            best = Math.max(best, (upTo + k - 1) / k);
        }
        return best;
    }
}
