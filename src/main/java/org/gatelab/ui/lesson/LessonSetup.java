package org.gatelab.ui.lesson;

import java.util.function.Function;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.training.TrainingLabViewModel;

/**
 * What the window needs to offer lessons: how lesson images resolve, how to make the player once the training
 * lab exists (scenes set the lab up too), and how to open the teacher's folder.
 *
 * @param paths  the app's assets folder, for images
 * @param player makes the player on the window's training lab
 * @param opener opens a folder in the file manager; null to show only its path
 */
public record LessonSetup(LessonPaths paths, Function<TrainingLabViewModel, LessonPlayerViewModel> player, FolderOpener opener) {
}
