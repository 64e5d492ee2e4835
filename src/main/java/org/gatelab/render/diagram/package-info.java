/**
 * The cell diagram, drawn as textbooks draw it (Christopher Olah's "Understanding LSTM Networks"): geometry in
 * a design coordinate system ({@link org.gatelab.render.diagram.DiagramLayout}, one per cell kind), scaled to a
 * view by a {@link org.gatelab.render.diagram.Viewport}, painted on a {@link org.gatelab.render.Surface} by
 * {@link org.gatelab.render.diagram.CellDiagramPainter} from the recorded values of one unit at one step
 * ({@link org.gatelab.render.diagram.DiagramValues}). No JavaFX here, so exports draw the same picture.
 *
 * <p>May use render, engine.trace and the vocabulary.
 */
package org.gatelab.render.diagram;
