package org.gatelab.lesson;

import java.util.List;

/**
 * Checks what the lesson format alone cannot: whether a step's effective scene makes a valid workspace and
 * training lab, and whether its checks can be read from it. The player implements it (it knows the workspace
 * and the engine); {@link #NONE} checks nothing.
 */
public interface StepValidator {
    StepValidator NONE = (scene, step) -> List.of();

    /**
     * A problem found.
     *
     * @param key        the scene key it concerns (reported at that key's line), or null
     * @param checkIndex the check it concerns (reported at the check's line), or -1
     */
    record Finding(String key, int checkIndex, String message) {
    }

    List<Finding> validate(Scene effective, Step step);
}
