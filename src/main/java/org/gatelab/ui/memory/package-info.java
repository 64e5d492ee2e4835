/**
 * The Memory tab: {@link org.gatelab.ui.memory.MemoryView} on its {@code viewmodel.memory.MemoryViewModel}, with the
 * choice of trained model, quantity, state, sequence and unit, and the figure of what the unit remembers.
 *
 * <p>May use viewmodel.memory, render, ui.canvas, ui.forms and the vocabulary; builds no view model, runner or
 * thread.
 */
package org.gatelab.ui.memory;
