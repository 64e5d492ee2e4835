package org.gatelab.render.diagram;

/**
 * A muted explanatory text in the diagram, centred at ({@code x}, {@code y}) in layout units, e.g. "cell state"
 * over the LSTM's highway or the RNN's equation.
 *
 * @param size font size in layout units
 */
public record Caption(String text, double x, double y, double size) {
}
