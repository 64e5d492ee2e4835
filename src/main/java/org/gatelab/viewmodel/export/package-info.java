/**
 * The exports' view model ({@link org.gatelab.viewmodel.export.ExportModel}): what to export from the workspace,
 * where (the last folder remembered), and its status; the work runs through the task runner.
 *
 * <p>May use export, render.figures, viewmodel.workspace and the settings.
 */
package org.gatelab.viewmodel.export;
