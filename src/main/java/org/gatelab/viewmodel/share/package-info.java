/**
 * Scenes to share: the state of the workspace and the training lab captured as a lesson scene (the text "Copy
 * scene" puts on the clipboard, a {@code .gatelab} file, a {@code gatelab:} link) and a scene opened from any of
 * them and set up exactly, as a lesson step is.
 *
 * <p>May use the view models of the workspace, the training lab and the lessons, lesson (scenes), io (atomic
 * writes) and the vocabulary; {@code javafx.beans} only, no scene graph.
 */
package org.gatelab.viewmodel.share;
