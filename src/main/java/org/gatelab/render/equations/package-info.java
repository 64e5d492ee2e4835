/**
 * The equations with numbers: the cell's forward equations and the backward pass of one unit at one step, built
 * from the trace ({@link org.gatelab.render.equations.EquationBuilder}), laid out as lines of runs with sub- and
 * superscripts and painted on a {@link org.gatelab.render.Surface}.
 *
 * <p>May use render, engine.trace and the vocabulary.
 */
package org.gatelab.render.equations;
