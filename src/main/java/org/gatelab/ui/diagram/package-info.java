/**
 * The workspace's views of one step of the cell: the cell diagram ({@link org.gatelab.ui.diagram.CellDiagramView},
 * with its animated transitions between steps) and the equations with numbers
 * ({@link org.gatelab.ui.diagram.EquationView}), drawn by render from the workspace's trace.
 *
 * <p>May use viewmodel.workspace, render, ui.canvas, engine.trace and the vocabulary.
 */
package org.gatelab.ui.diagram;
