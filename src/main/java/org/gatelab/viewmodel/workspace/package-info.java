/**
 * The workspace's view model ({@link org.gatelab.viewmodel.workspace.WorkspaceViewModel}), shared by every
 * workspace view: the settings, the trace computed from them, the timeline and the selection; and the
 * computation that turns settings into traces.
 *
 * <p>May use the engine, engine.trace, tasks and the vocabulary, plus JavaFX properties.
 */
package org.gatelab.viewmodel.workspace;
