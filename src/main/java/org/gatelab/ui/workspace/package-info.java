/**
 * The workspace tab: {@link org.gatelab.ui.workspace.WorkspaceView} on the
 * {@code viewmodel.workspace.WorkspaceViewModel} its views share: the settings panel, the four view panels (which
 * can be maximised and detached) and the timeline.
 *
 * <p>May use the other view packages (ui.forms among them), viewmodel, export's value types, render and the
 * vocabulary.
 */
package org.gatelab.ui.workspace;
