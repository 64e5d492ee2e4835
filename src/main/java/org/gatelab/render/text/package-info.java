/**
 * Text drawn character by character, each on a background coloured by a number (Karpathy, Johnson and Fei-Fei
 * 2015's figures): {@link org.gatelab.render.text.ColouredText} says what to draw, {@link
 * org.gatelab.render.text.TextGrid} lays it out in lines of monospaced cells, with the next-character predictions
 * stacked under each character, and {@link org.gatelab.render.text.TextGridPainter} draws it.
 *
 * <p>May use engine.trace and the vocabulary; no JavaFX, no AWT.
 */
package org.gatelab.render.text;
