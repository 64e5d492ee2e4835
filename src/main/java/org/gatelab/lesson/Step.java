package org.gatelab.lesson;

import java.util.List;

/**
 * One step of a lesson: a level-2 heading, its Markdown text, and optionally a scene and checks.
 *
 * @param title    the heading's text
 * @param line     1-based line of the heading
 * @param markdown the text without the scene and check blocks
 * @param scene    what this step itself sets (empty if it has no scene block)
 * @param checks   the step's questions, in order
 */
public record Step(String title, int line, String markdown, Scene scene, List<Check> checks) {
    public Step {
        checks = List.copyOf(checks);
    }
}
