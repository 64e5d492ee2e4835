/**
 * The data sets and their generators: the training lab's tasks (sine, adding problem, copy, Reber grammar, random
 * walk, anomalies, the user's CSV series), each an immutable record whose constructor checks its settings against
 * the ranges it defines, with a deterministic generator of its training and validation data; the workspace's
 * sample sequences; the tasks' settings as forms and files name them ({@link org.gatelab.tasks.TaskSetting}) and
 * their defaults ({@link org.gatelab.tasks.TaskDefaults}).
 *
 * <p>May use the engine, engine.trace and the vocabulary; no JavaFX. Reading a CSV file is io's.
 */
package org.gatelab.tasks;
