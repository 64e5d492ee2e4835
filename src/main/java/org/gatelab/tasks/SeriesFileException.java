package org.gatelab.tasks;

import java.io.IOException;

/**
 * A series file is unusable; the message names the file and, where it helps, the line and column, e.g.
 * {@code prices.csv:2:1: column "date" has no numbers}.
 */
public class SeriesFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public SeriesFileException(String message) {
        super(message);
    }

    public SeriesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
