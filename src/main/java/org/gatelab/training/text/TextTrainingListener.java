package org.gatelab.training.text;

/**
 * Progress of a {@link TextTrainingRun}, called on the training thread; implementations return quickly. Every
 * method does nothing by default.
 */
public interface TextTrainingListener {
    /** After each window's update; {@code bpc} is the window's bits per character before it. */
    default void windowDone(int epoch, int window, int windows, double bpc) {
    }

    /** After each epoch's evaluation and sample. */
    default void epochDone(TextEpochReport report) {
    }

    /** Once, when the run completes, is cancelled or diverges. */
    default void finished(TextTrainingRun run) {
    }
}
