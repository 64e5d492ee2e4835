/**
 * The network unrolled in time: one copy of the cell per timestep of a window, h and c flowing right with the
 * recorded values, the shared weights marked as one set, and the backward pass sweeping right to left with each
 * path's factor ({@link org.gatelab.render.unrolled.UnrolledValues} reads them from the trace,
 * {@link org.gatelab.render.unrolled.UnrolledLayout} places them, the painters draw them on a
 * {@link org.gatelab.render.Surface}).
 *
 * <p>May use render, engine.trace and the vocabulary.
 */
package org.gatelab.render.unrolled;
