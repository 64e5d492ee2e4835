/**
 * The language lab's view model ({@link org.gatelab.viewmodel.language.LanguageLabViewModel}): the corpus, the
 * character model's settings, a training run on a worker thread published at most once per frame, the models
 * trained or bundled for each cell, and what the text views show (a model's reading of a text coloured by a
 * unit, the next-character predictions, the search for a unit, what a prediction depends on), built from the
 * training package's computations.
 *
 * <p>May use the layers below (training, tasks, io, render, the engine, the vocabulary) and {@code javafx.beans} /
 * {@code javafx.collections}; no scene graph.
 */
package org.gatelab.viewmodel.language;
