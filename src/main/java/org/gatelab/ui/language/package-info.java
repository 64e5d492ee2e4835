/**
 * The language lab's views: the settings and run controls, the bits-per-character chart with the samples, the
 * text coloured character by character with the next-character predictions under it, the search for a unit, and
 * what a prediction depends on for each cell. Each draws what its view model holds.
 *
 * <p>May use the view models, render, engine.trace and the vocabulary.
 */
package org.gatelab.ui.language;
