/**
 * The lesson player's view model ({@link org.gatelab.viewmodel.lesson.LessonPlayerViewModel}): the lessons on the
 * shelf, the open lesson and step, applying a step's scene to the workspace and the training lab, judging the
 * checks against the engine, and the learner's progress.
 *
 * <p>May use lesson, io, tasks, training, the engine, viewmodel.workspace, viewmodel.training and the vocabulary.
 */
package org.gatelab.viewmodel.lesson;
