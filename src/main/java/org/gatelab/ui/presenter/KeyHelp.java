package org.gatelab.ui.presenter;

import java.util.List;

/**
 * One line of the key overlay: the keys and what they do.
 *
 * @param keys   as printed on the keyboard, e.g. {@code "PgDn  N"}
 * @param action what they do
 */
public record KeyHelp(String keys, String action) {
    /** Every key the window answers to, in the order the overlay lists them. */
    public static final List<KeyHelp> ALL = List.of(
            new KeyHelp("F5", "presenter mode on / off  (Esc leaves it)"),
            new KeyHelp("Space", "play / pause  (a focused button: press it)"),
            new KeyHelp("\u2190  \u2192", "one timestep back / forward"),
            new KeyHelp("Home  End", "first / last timestep"),
            new KeyHelp("PgDn  N", "next lesson step"),
            new KeyHelp("PgUp  B", "previous lesson step"),
            new KeyHelp("A", "presenting a lesson: show the step's answers and why (counts as skipped)"),
            new KeyHelp("1  2", "show / hide the cell diagram, the equations"),
            new KeyHelp("3  4", "show / hide the gate activations, the gradient heatmap"),
            new KeyHelp("5  6", "show / hide the gradient flow, connectivity and saturation"),
            new KeyHelp("7  8", "show / hide the network unrolled in time, the matrix W_hh"),
            new KeyHelp("Z", "zoom into the first view, and back"),
            new KeyHelp("+  \u2212", "larger / smaller type while presenting"),
            new KeyHelp("T", "light / dark theme"),
            new KeyHelp("Tab  F10", "next control  /  the corner's menus in turn (Scene, Help)"),
            new KeyHelp("Alt+letter", "the control whose letter is underlined (Alt+S Scene, Alt+H Help)"),
            new KeyHelp("Ctrl+Z", "undo a change of the workspace's settings"),
            new KeyHelp("Ctrl+Q", "quit GateLab  (Cmd+Q on a Mac)"),
            new KeyHelp("?", "these keys  (? or Esc closes)"));
}
