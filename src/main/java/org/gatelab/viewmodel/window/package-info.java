/**
 * The window's view models together ({@link org.gatelab.viewmodel.window.AppViewModel}, which the app makes and
 * the window's view takes apart) and presenter mode's state ({@link org.gatelab.viewmodel.window.PresenterMode}).
 * Above every other view model, in a package of its own so no package cycle runs through it.
 *
 * <p>May use every view model.
 */
package org.gatelab.viewmodel.window;
