/**
 * The export menus of the workspace's panels and their dialogs: what to export, the options, the file chooser
 * and the clipboard ({@link org.gatelab.ui.export.ExportActions}), all working through
 * {@code viewmodel.export.ExportModel}.
 *
 * <p>May use viewmodel.export, ui.canvas and export's value types (subjects, formats, themes, options).
 */
package org.gatelab.ui.export;
