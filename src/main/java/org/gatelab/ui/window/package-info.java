/**
 * The window's content: {@link org.gatelab.ui.window.AppView} with the tabs (lessons, workspace, training lab,
 * comparison), the docked lesson, the theme switch and presenter mode, made from the
 * {@code viewmodel.window.AppViewModel} the app hands it; the settings notice; the frame-rate monitor.
 *
 * <p>May use every ui package and the view models; builds no view model, runner or thread.
 */
package org.gatelab.ui.window;
