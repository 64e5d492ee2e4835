/**
 * The Help menu, the welcome screen and the About pane, and how the window wires them
 * ({@link org.gatelab.ui.help.HelpWiring}).
 *
 * <p>May use ui.window, ui.lesson, the settings view model and the lesson model ({@code lesson}).
 */
package org.gatelab.ui.help;
