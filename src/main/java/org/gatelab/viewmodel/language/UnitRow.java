package org.gatelab.viewmodel.language;

import java.util.Locale;

/**
 * One unit in the search's ranking.
 *
 * @param layer the layer, from 0
 * @param unit  the unit, from 0
 * @param r     its correlation with the pattern
 */
public record UnitRow(int layer, int unit, double r) {
    /** E.g. "unit 8  r = −0.995" (the layer named only in a stack). */
    public String label(boolean layered) {
        return String.format(Locale.ROOT, "%sunit %d   r = %+.3f", layered ? "layer " + layer + ", " : "", unit, r)
                .replace('-', '\u2212');
    }
}
