/**
 * "What does this unit remember?": the view model of the Memory tab
 * ({@link org.gatelab.viewmodel.memory.MemoryViewModel}). It loads a trained model, ranks its units by how well their
 * state encodes what the task asks to carry ({@link org.gatelab.training.UnitMemory}) over fresh sequences, and
 * shows the chosen unit over one of them; it can open that model, sequence and unit in the workspace's cell
 * diagram.
 *
 * <p>May use the workspace's view model, training, tasks, the engine, io, render (the figure's data) and the
 * vocabulary, plus JavaFX properties.
 */
package org.gatelab.viewmodel.memory;
