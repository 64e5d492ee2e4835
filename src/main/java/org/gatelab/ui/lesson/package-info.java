/**
 * The lessons: the list of lesson cards ({@link org.gatelab.ui.lesson.LessonListView}) and the player docked beside
 * the tabs ({@link org.gatelab.ui.lesson.LessonPlayerView}: the step's Markdown, its checks, the step dots), both on
 * {@code viewmodel.lesson.LessonPlayerViewModel}.
 *
 * Also presenter mode's caption of the open step ({@link org.gatelab.ui.lesson.LessonCaption}) and the glossary
 * ({@link org.gatelab.ui.lesson.GlossaryPane}).
 *
 * <p>May use viewmodel.lesson, the immutable lesson model ({@code lesson}) it renders, ui.canvas (typeset maths),
 * and the vocabulary.
 */
package org.gatelab.ui.lesson;
