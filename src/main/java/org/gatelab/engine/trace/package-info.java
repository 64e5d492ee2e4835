/**
 * The immutable record of one run of the engine: {@link org.gatelab.engine.trace.Trace}, one
 * {@link org.gatelab.engine.trace.LayerTrace} per layer, and the parameters' {@link org.gatelab.engine.trace.Tensor}s.
 *
 * <p>Uses the JDK and {@code vocabulary} only: the views may depend on this package and on nothing else of the
 * engine.
 */
package org.gatelab.engine.trace;
