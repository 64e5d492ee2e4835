package org.gatelab.io;

import java.io.IOException;

/**
 * Thrown when a {@code .safetensors} file is malformed, unsupported or hostile.
 *
 * <p>The message has the form {@code "<source>: <problem>"}, e.g.
 * {@code model.safetensors: tensor "weight_ih_l0": shape [8, 3] needs 192 bytes of F64 but data_offsets [0, 96] span 96}.
 */
public final class SafetensorsFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param source  the file (or other source) that was being read
     * @param problem what is wrong with it
     */
    public SafetensorsFormatException(String source, String problem) {
        this(source, problem, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param source  the file (or other source) that was being read
     * @param problem what is wrong with it
     * @param cause   the underlying exception, or {@code null}
     */
    public SafetensorsFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    /** @return the file (or other source) that was being read */
    public String source() {
        return source;
    }

    /** @return the problem, without the source name */
    public String problem() {
        return problem;
    }
}
