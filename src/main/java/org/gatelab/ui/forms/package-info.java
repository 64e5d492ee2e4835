/**
 * What the settings forms share (the workspace's settings panel, the comparison's form): section titles, hints,
 * grids of labelled controls, and whole-number spinners that forgive what is typed into them.
 *
 * <p>Uses JavaFX controls only.
 */
package org.gatelab.ui.forms;
