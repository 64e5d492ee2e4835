/**
 * Presenter mode's controls: full screen, the keys that drive a class (and their on-screen list), the scale
 * badge, the look of a presenting window. Its state is {@code viewmodel.window.PresenterMode}.
 *
 * <p>May use viewmodel.window, viewmodel.lesson (a lesson's steps by key) and the vocabulary.
 */
package org.gatelab.ui.presenter;
