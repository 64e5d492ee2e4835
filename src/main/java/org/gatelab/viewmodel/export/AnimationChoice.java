package org.gatelab.viewmodel.export;

import org.gatelab.export.ExportTheme;

/**
 * What the animation dialog asks.
 *
 * @param from        first timestep
 * @param to          last timestep (inclusive)
 * @param frameMillis how long the GIF shows each step
 * @param scale       the frames' scale (1, 2 or 4)
 */
public record AnimationChoice(int from, int to, int frameMillis, int scale, ExportTheme theme) {
}
