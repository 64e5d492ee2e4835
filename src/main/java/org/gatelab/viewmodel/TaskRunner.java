package org.gatelab.viewmodel;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. In tests, {@link #direct()} runs everything
 * on the calling thread, so asynchronous code is deterministic.
 */
public interface TaskRunner {
    /** Runs {@code work}; then {@code onSuccess} or {@code onFailure} on the FX thread (or the caller's, directly). */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** A runner that does the work and calls back immediately on the calling thread. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | OutOfMemoryError e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
