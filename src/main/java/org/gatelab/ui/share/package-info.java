/**
 * Scenes to share in the window: the Scene menu in the window's corner (copy the scene or its link, paste one,
 * open and save a {@code .gatelab} file), a scene file or text dropped on the window, and the line that says how
 * it went. The view model ({@code viewmodel.share}) does the capturing, reading, checking and writing.
 *
 * <p>May use the window's view ({@code ui.window}), the share view model, lesson (scene tabs), the vocabulary and
 * JavaFX.
 */
package org.gatelab.ui.share;
