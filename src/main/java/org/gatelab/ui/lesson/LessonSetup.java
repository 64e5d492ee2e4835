package org.gatelab.ui.lesson;

import org.gatelab.lesson.LessonPaths;

/**
 * What the window's lesson views need besides the player: how lesson images resolve and how to open the teacher's
 * folder.
 *
 * @param paths  the app's assets folder, for images
 * @param opener opens a folder in the file manager; null to show only its path
 */
public record LessonSetup(LessonPaths paths, FolderOpener opener) {
}
