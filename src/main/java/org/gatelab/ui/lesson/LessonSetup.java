package org.gatelab.ui.lesson;

import org.gatelab.lesson.LessonPaths;

/**
 * What the window's lesson views need besides the player: how lesson images resolve, how to open the teacher's
 * folder and where to save the learner's results.
 *
 * @param paths   the app's assets folder, for images
 * @param opener  opens a folder in the file manager; null to show only its path
 * @param results asks where to save the results CSV
 */
public record LessonSetup(LessonPaths paths, FolderOpener opener, ResultsChooser results) {
    /** With the system's save dialog for the results. */
    public LessonSetup(LessonPaths paths, FolderOpener opener) {
        this(paths, opener, ResultsChooser.DIALOG);
    }
}
