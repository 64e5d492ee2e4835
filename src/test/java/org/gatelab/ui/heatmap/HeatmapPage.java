package org.gatelab.ui.heatmap;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.heatmap.HeatmapLayout;

/** The {@link HeatmapStackView} as a test reads it: what it draws and shows, read from the view's parts. */
public final class HeatmapPage {
    private final HeatmapStackView view;

    public HeatmapPage(HeatmapStackView view) {
        this.view = view;
    }

    /**
     * The value the map {@code mapName} shows for {@code unit} at step {@code t}: the number its
     * {@link HeatmapData} was filled with from the trace.
     *
     * @throws IllegalArgumentException if the view has no map of that name for the current trace
     */
    public double valueAt(String mapName, int unit, int t) {
        HeatmapData d = view.maps().get(mapName);
        if (d == null) {
            throw new IllegalArgumentException("no map \"" + mapName + "\" (have " + view.maps().keySet() + ")");
        }
        return d.value(unit, t);
    }

    /** The data behind a map (colour range included), if the view has one of that name. */
    public Optional<HeatmapData> mapData(String mapName) {
        return Optional.ofNullable(view.maps().get(mapName));
    }

    /** Names of every map the view can show for the current trace, in display order. */
    public List<String> availableMaps() {
        return List.copyOf(view.maps().keySet());
    }

    /** The centre of a cell in this view's coordinates, as last painted (empty if the map is not shown). */
    public Optional<Point2D> cellCenter(String mapName, int unit, int t) {
        HeatmapLayout l = view.layouts().get(mapName);
        if (l == null || unit < 0 || unit >= l.rows() || t < 0 || t >= l.cols()) {
            return Optional.empty();
        }
        return Optional.of(new Point2D(view.viewCoordinate(l.centerX(t)), view.viewCoordinate(l.centerY(unit))));
    }

    /** Where a map was last painted, in drawing units (empty if it is not shown). */
    public Optional<HeatmapLayout> layoutOf(String mapName) {
        return Optional.ofNullable(view.layouts().get(mapName));
    }

    /** The tooltip currently set (shown while the mouse rests on a cell), or empty when none. */
    public String currentTooltip() {
        return view.tooltipInstalled() ? view.tooltip().getText() : "";
    }

    /** The cell under the mouse, if any. */
    public Optional<HeatmapHit> hoveredCell() {
        return Optional.ofNullable(view.hover());
    }
}
