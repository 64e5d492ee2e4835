/**
 * Lessons: the Markdown lesson files, their front matter, scene and check blocks, read into immutable
 * records with every problem named by file and line ({@code 04-lstm.md:37: unknown scene key "hiden"}).
 * Nothing here runs code from a lesson: blocks are a small subset of YAML read by {@link org.gatelab.lesson.BlockParser},
 * and the only "expressions" are the fixed {@link org.gatelab.lesson.Probe} quantities read from a trace.
 * No toolkit: the player lives in {@code viewmodel.lesson} and {@code ui.lesson}.
 *
 * <p>May use training, tasks, the engine, engine.trace and the vocabulary.
 */
package org.gatelab.lesson;
