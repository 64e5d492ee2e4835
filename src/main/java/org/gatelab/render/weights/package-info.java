/**
 * The recurrent matrix W_hh as a figure: the matrix as a heatmap with its gate blocks, a block's eigenvalues in
 * the complex plane with the unit circle and the spectral radius, and every block's norms, all read from the
 * {@link org.gatelab.engine.trace.RecurrentWeights} the engine computed.
 *
 * <p>May use render, engine.trace and the vocabulary.
 */
package org.gatelab.render.weights;
