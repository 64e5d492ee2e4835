package org.gatelab.ui.heatmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Sealed;
import org.gatelab.render.Surface;
import org.gatelab.render.figures.HeatmapStackFigure;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.heatmap.HeatmapLayout;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Gate;

/**
 * The common part of the heatmap views: a stack of units x time maps of the selected layer, built from the
 * trace into {@link HeatmapData} whenever the trace or the layer changes, arranged and painted by
 * {@link HeatmapStackFigure} (as the exports are), with a row of header controls (top right), the current step and
 * selected unit marked, a tooltip with the exact value under the mouse, and a click that selects a cell's
 * unit and step through the view model.
 *
 * <p>Tests read what it shows through a page object ({@code HeatmapPage}, under src/test).
 */
public abstract class HeatmapStackView extends CanvasView {
    /** Style class of the row of controls in the top right corner. */
    public static final String HEADER_STYLE_CLASS = "heatmap-header";
    /** Style class of the tooltip with the value under the mouse. */
    public static final String TOOLTIP_STYLE_CLASS = "heatmap-tooltip";

    /** The heatmap views' own stylesheet (header toggles), built on the theme's colour tokens. */
    static final String STYLESHEET = HeatmapStackView.class.getResource("heatmap.css").toExternalForm();

    protected final WorkspaceViewModel workspace;
    private final HeatmapStackFigure figure = new HeatmapStackFigure();
    private final HBox header = new HBox();
    private final Tooltip tooltip = new Tooltip();
    private boolean tooltipInstalled;
    private Map<String, HeatmapData> maps = Map.of();
    private final Map<String, HeatmapLayout> layouts = new LinkedHashMap<>();
    private HeatmapHit hover;

    protected HeatmapStackView(WorkspaceViewModel workspace) {
        this.workspace = workspace;
    }

    // ---- building ----------------------------------------------------------------------------------

    /** First step of construction: the header and the tooltip. Subclasses add their controls to {@link #header()}. */
    protected void createView() {
        getStylesheets().add(STYLESHEET);
        header.getStyleClass().add(HEADER_STYLE_CLASS);
        header.setManaged(false);
        getChildren().add(header);
        tooltip.getStyleClass().add(TOOLTIP_STYLE_CLASS);
        tooltip.setShowDelay(Duration.millis(100));
        tooltip.setHideDelay(Duration.millis(100));
    }

    /** Second step: listen to the view model and the mouse, then build the maps once. */
    protected void initListeners() {
        workspace.resultProperty().addListener((obs, o, n) -> rebuild());
        workspace.selection().layerProperty().addListener((obs, o, n) -> rebuild());
        workspace.selection().directionProperty().addListener((obs, o, n) -> rebuild());
        workspace.selection().unitProperty().addListener((obs, o, n) -> requestRedraw());
        workspace.selection().highlightedGateProperty().addListener((obs, o, n) -> requestRedraw());
        workspace.timeline().stepProperty().addListener((obs, o, n) -> requestRedraw());
        workspace.sealedProperty().addListener((obs, o, n) -> rebuild());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverAt(-1, -1));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                cellAt(e.getX(), e.getY()).ifPresent(this::select);
            }
        });
        rebuild();
    }

    /** The row of controls in the top right corner. */
    protected HBox header() {
        return header;
    }

    /** Rebuilds the maps from the trace (all the maps the view can show, in display order) and redraws. */
    protected final void rebuild() {
        LayerTrace layer = layer();
        Map<String, HeatmapData> built = new LinkedHashMap<>();
        if (layer != null) {
            for (HeatmapData d : buildMaps(layer)) {
                built.put(d.name(), d);
            }
        }
        maps = built;
        hover = null;
        mapsRebuilt(layer);
        requestRedraw();
    }

    /** The maps this view can show for {@code layer}, in display order, filled from the trace. */
    protected abstract List<HeatmapData> buildMaps(LayerTrace layer);

    /** Called after the maps were rebuilt (e.g. to update header controls); {@code layer} may be null. */
    protected void mapsRebuilt(LayerTrace layer) {
    }

    /** The names of the maps to show, in order, given the area the grid gets and the font size. */
    protected abstract List<String> chooseShown(List<String> available, double gridW, double gridH, double font);

    /** The bold heading in the top left corner. */
    protected abstract String heading(LayerTrace layer);

    /** The muted one-line caption under the heading. */
    protected abstract String caption(LayerTrace layer, List<String> shown);

    /** The cells of the maps a lesson has sealed, by map name (none unless a subclass says so). */
    protected Map<String, Set<HeatmapLayout.Cell>> sealedCells(LayerTrace layer) {
        return Map.of();
    }

    /** What the tooltip calls a map, e.g. {@code "f"}. */
    protected String tooltipName(HeatmapData map) {
        return map.name();
    }

    /** Shown instead of the maps when there are none (e.g. a run without gradients). */
    protected String emptyMessage() {
        return "computing…";
    }

    /** The selected layer's record, or null before the first trace. */
    protected final LayerTrace layer() {
        Trace trace = workspace.trace();
        if (trace == null) {
            return null;
        }
        return workspace.selection().layerOf(trace);
    }

    /** Every map built from the current trace, by name, in display order. */
    protected final Map<String, HeatmapData> maps() {
        return maps;
    }

    // ---- geometry ----------------------------------------------------------------------------------

    /** Body font size in drawing units: 3 % of the view's height, between 10 and 17. */
    protected double fontSize() {
        return HeatmapStackFigure.fontSize(drawingHeight());
    }

    private double pad(double font) {
        return HeatmapStackFigure.pad(font);
    }

    /** Height of the header controls in drawing units (0 when there are none). */
    private double controlsHeight() {
        return header.getChildren().isEmpty() ? 0 : toDrawing(header.prefHeight(-1));
    }

    /** Width and height of the area the maps share, in drawing units. */
    private double[] gridArea(double font) {
        return HeatmapStackFigure.gridArea(drawingWidth(), drawingHeight(), font, controlsHeight());
    }

    @Override
    protected void layoutChildren() {
        double font = fontSize();
        double pad = toView(pad(font));
        double hw = header.prefWidth(-1);
        double hh = header.prefHeight(-1);
        header.resizeRelocate(snapPositionX(getWidth() - hw - pad), snapPositionY(pad / 2), hw, hh);
        super.layoutChildren();
    }

    // ---- painting ----------------------------------------------------------------------------------

    @Override
    protected void paint(Surface s) {
        double font = fontSize();
        LayerTrace layer = layer();
        List<String> shown = shownMaps();
        double headerLeft = header.getChildren().isEmpty() ? s.width() : toDrawing(header.getLayoutX());
        HeatmapStackFigure.Content content = new HeatmapStackFigure.Content(layer == null ? null : heading(layer),
                layer == null ? "" : caption(layer, shown), maps, shown, emptyMessage(), sealedCells(layer));
        Gate highlighted = workspace.selection().highlightedGateProperty().get();
        HeatmapStackFigure.Marks marks = hover == null
                ? HeatmapStackFigure.Marks.of(markerStep(), markerUnit(), highlighted)
                : new HeatmapStackFigure.Marks(markerStep(), markerUnit(), hover.map(), hover.unit(), hover.t(),
                        highlighted);
        layouts.clear();
        layouts.putAll(figure.paint(s, palette(), content, marks, font, controlsHeight(), headerLeft));
    }

    // ---- interaction -------------------------------------------------------------------------------

    private void select(HeatmapHit hit) {
        workspace.selection().selectUnit(hit.unit());
        workspace.timeline().setStep(hit.t());
    }

    private void hoverAt(double x, double y) {
        HeatmapHit hit = cellAt(x, y).orElse(null);
        if (hit == null) {
            if (tooltipInstalled) {
                Tooltip.uninstall(this, tooltip);
                tooltipInstalled = false;
            }
        } else {
            tooltip.setText(tooltipText(hit.map(), hit.unit(), hit.t()));
            if (!tooltipInstalled) {
                Tooltip.install(this, tooltip);
                tooltipInstalled = true;
            }
        }
        if (!java.util.Objects.equals(hit, hover)) {
            hover = hit;
            requestRedraw();
        }
    }

    /** Names of the maps currently shown, in display order. */
    List<String> shownMaps() {
        if (maps.isEmpty()) {
            return List.of();
        }
        double font = fontSize();
        double[] area = gridArea(font);
        List<String> chosen = new ArrayList<>(chooseShown(List.copyOf(maps.keySet()), area[2], area[3], font));
        chosen.retainAll(maps.keySet());
        return List.copyOf(chosen);
    }

    /** The cell under a point in this view's coordinates, as last painted. */
    Optional<HeatmapHit> cellAt(double x, double y) {
        for (Map.Entry<String, HeatmapLayout> e : layouts.entrySet()) {
            Optional<HeatmapLayout.Cell> cell = e.getValue().cellAt(toDrawing(x), toDrawing(y));
            if (cell.isPresent()) {
                return Optional.of(new HeatmapHit(e.getKey(), cell.get().row(), cell.get().col()));
            }
        }
        return Optional.empty();
    }

    /** The step the current-step column marks: the timeline's step, or -1 without a trace. */
    int markerStep() {
        HeatmapData any = maps.isEmpty() ? null : maps.values().iterator().next();
        return HeatmapStackFigure.marker(workspace.timeline().step(), any == null ? 0 : any.cols());
    }

    /** The unit the row marker points at: the selected unit, or -1 without a trace. */
    int markerUnit() {
        HeatmapData any = maps.isEmpty() ? null : maps.values().iterator().next();
        return HeatmapStackFigure.marker(workspace.selection().unit(), any == null ? 0 : any.rows());
    }

    /** The tooltip for a cell, e.g. {@code "f · unit 3 · t = 7: 0.577"}. */
    String tooltipText(String mapName, int unit, int t) {
        HeatmapData d = maps.get(mapName);
        if (d == null) {
            throw new IllegalArgumentException("no map \"" + mapName + "\"");
        }
        LayerTrace layer = layer();
        boolean sealed = layer != null && sealedCells(layer).getOrDefault(mapName, Set.of())
                .contains(new HeatmapLayout.Cell(unit, t));
        return tooltipName(d) + " · unit " + unit + " · t = " + t + ": "
                + (sealed ? Sealed.MARK + " (" + Sealed.HOVER + ")" : ValueFormat.readout(d.value(unit, t)));
    }

    /** What the view shows, for the tests' page object. */
    Tooltip tooltip() {
        return tooltip;
    }

    /** What the view shows, for the tests' page object. */
    boolean tooltipInstalled() {
        return tooltipInstalled;
    }

    /** What the view shows, for the tests' page object. */
    Map<String, HeatmapLayout> layouts() {
        return layouts;
    }

    /** What the view shows, for the tests' page object. */
    HeatmapHit hover() {
        return hover;
    }

    /** A drawing coordinate in the view's pixels, for the tests' page object. */
    double viewCoordinate(double drawingCoordinate) {
        return toView(drawingCoordinate);
    }
}
