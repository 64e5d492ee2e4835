package org.gatelab.lesson;

/**
 * One thing wrong with a lesson file, printed as {@code file:line: message} like a compiler's error.
 *
 * @param file    the file's name as shown (usually relative to the lessons folder)
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and, where possible, what would be right
 */
public record LessonProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
