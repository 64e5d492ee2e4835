package org.gatelab.io;

import java.io.IOException;

/**
 * A file GateLab was asked to read is unusable: the message names the file, and the line or field where
 * that helps, e.g. {@code x.csv:3: column 2: "abc" is not a number}.
 */
public class InputFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
