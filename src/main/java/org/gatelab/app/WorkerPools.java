package org.gatelab.app;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The app's named worker threads, one daemon thread each: {@code gatelab-workspace} runs the UI's task runner (the
 * workspace's traces, files, lessons, exports, the lab's data), {@code gatelab-training} the training lab's epochs,
 * {@code gatelab-compare} the comparison's runs and {@code gatelab-seq2seq} the encoder-decoders', these three a
 * little below normal priority so the window stays responsive. Made and shut down by the app only.
 */
public final class WorkerPools implements AutoCloseable {
    private final ExecutorService workspace = single("gatelab-workspace", Thread.NORM_PRIORITY);
    private final ExecutorService training = single("gatelab-training", Thread.NORM_PRIORITY - 1);
    private final ExecutorService comparison = single("gatelab-compare", Thread.NORM_PRIORITY - 1);
    private final ExecutorService seq2seq = single("gatelab-seq2seq", Thread.NORM_PRIORITY - 1);
    private final ExecutorService language = single("gatelab-language", Thread.NORM_PRIORITY - 1);

    private static ExecutorService single(String name, int priority) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        });
    }

    /** The UI task runner's thread. */
    public ExecutorService workspace() {
        return workspace;
    }

    /** The training lab's thread. */
    public ExecutorService training() {
        return training;
    }

    /** The comparison's thread. */
    public ExecutorService comparison() {
        return comparison;
    }

    /** The sequence-to-sequence tab's thread. */
    public ExecutorService seq2seq() {
        return seq2seq;
    }

    /** The language lab's training thread. */
    public ExecutorService language() {
        return language;
    }

    /** Stops every thread (the window closed); a training or a comparison stops between two batches. */
    @Override
    public void close() {
        for (ExecutorService e : List.of(workspace, training, comparison, seq2seq, language)) {
            e.shutdownNow();
        }
    }
}
