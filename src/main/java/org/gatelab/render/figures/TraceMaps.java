package org.gatelab.render.figures;

import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.ColorMap;
import org.gatelab.render.heatmap.HeatmapData;

/** Fills {@link HeatmapData} from a layer's trace: rows are units, columns timesteps, batch index 0. */
public final class TraceMaps {
    /** One recorded number per (t, unit) of sequence 0. */
    @FunctionalInterface
    public interface Source {
        double at(int t, int unit);
    }

    private TraceMaps() {
    }

    /** A units x time map of {@code source} over the whole run of {@code layer}. */
    public static HeatmapData map(LayerTrace layer, String name, String title, Source source, double min, double max,
                                  ColorMap colors, String legend) {
        int units = layer.hiddenSize();
        int steps = layer.length();
        double[] v = new double[units * steps];
        for (int u = 0; u < units; u++) {
            for (int t = 0; t < steps; t++) {
                v[u * steps + t] = source.at(t, u);
            }
        }
        return new HeatmapData(name, title, units, steps, v, min, max, colors, legend);
    }
}
