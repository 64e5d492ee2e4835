package org.gatelab.io;

import java.io.IOException;

/**
 * A consumer that may throw {@link IOException}, e.g. a function that writes a file's content to a stream.
 *
 * @param <T> the type of the consumed value
 */
@FunctionalInterface
public interface IoConsumer<T> {

    /**
     * Consumes {@code value}.
     *
     * @param value the value to consume
     * @throws IOException if an I/O operation fails
     */
    void accept(T value) throws IOException;
}
