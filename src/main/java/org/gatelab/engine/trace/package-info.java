/**
 * The immutable record of one run of the engine ({@link org.gatelab.engine.trace.Trace}, one
 * {@link org.gatelab.engine.trace.LayerTrace} per layer) and the vocabulary the views share with the engine:
 * {@link org.gatelab.engine.trace.CellKind}, {@link org.gatelab.engine.trace.Gate},
 * {@link org.gatelab.engine.trace.LossKind}. JDK only: the views may depend on this package and on nothing
 * else of the engine.
 */
package org.gatelab.engine.trace;
