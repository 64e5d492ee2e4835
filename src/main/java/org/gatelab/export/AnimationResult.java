package org.gatelab.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ViewExporter#exportAnimation} wrote.
 *
 * @param frames the numbered PNG frames, in order
 * @param gif    the animated GIF
 */
public record AnimationResult(List<Path> frames, Path gif) {
    public AnimationResult {
        frames = List.copyOf(frames);
    }
}
