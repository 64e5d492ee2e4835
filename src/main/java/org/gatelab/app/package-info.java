/**
 * The application: {@code Launcher.main} and the desktop app ({@link org.gatelab.app.GateLabApp}), and the picocli
 * commands ({@code trace}, {@code train}, {@code compare}, {@code export}, {@code lessons}, {@code bench}).
 *
 * <p>{@link org.gatelab.app.GateLabApp} is the one composition root: it alone makes the worker pools
 * ({@link org.gatelab.app.WorkerPools}), the UI's task runner and the view models, and hands them to the window.
 * May use every package; nothing uses it.
 */
package org.gatelab.app;
