/**
 * What the view models share: the {@link org.gatelab.viewmodel.TaskRunner} (work off the FX thread, results on it;
 * {@link org.gatelab.viewmodel.TaskRunner#direct()} in tests), its JavaFX form
 * ({@link org.gatelab.viewmodel.FxTaskRunner}, on an executor the app gives it), and the remembered settings
 * ({@link org.gatelab.viewmodel.SettingsModel}). Each view's view model is in a subpackage named after it.
 *
 * <p>Its subpackages may use every layer below the views, plus {@code javafx.beans}, {@code javafx.collections} and
 * {@code javafx.concurrent}; no scene graph, no thread of its own.
 */
package org.gatelab.viewmodel;
