package org.gatelab.render.figures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatelab.render.Hatch;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.heatmap.HeatmapGrid;
import org.gatelab.render.heatmap.HeatmapLayout;
import org.gatelab.render.heatmap.HeatmapMarks;
import org.gatelab.render.heatmap.HeatmapPainter;
import org.gatelab.render.heatmap.TextFit;
import org.gatelab.vocabulary.Gate;

/**
 * A stack of units x time heatmaps that share their axes, under a bold heading and a muted caption, arranged
 * by {@link HeatmapGrid} and painted by {@link HeatmapPainter} with one gutter for all maps, the current step
 * and selected unit marked. The heatmap views and the exports both draw through it.
 *
 * <p>The heading band leaves room for a row of controls of height {@code controlsHeight} in the top right
 * corner (the views' toggles; 0 in exports).
 */
public final class HeatmapStackFigure {
    private final HeatmapPainter painter = new HeatmapPainter();

    /**
     * What to draw. {@code heading} null: nothing is known yet (no trace). {@code sealed}: the cells of each map a
     * lesson has sealed, drawn hatched (their values are NaN in the maps).
     */
    public record Content(String heading, String caption, Map<String, HeatmapData> maps, List<String> shown,
                          String emptyMessage, Map<String, Set<HeatmapLayout.Cell>> sealed) {
        public Content {
            maps = Collections.unmodifiableMap(new LinkedHashMap<>(maps));
            shown = List.copyOf(shown);
            Map<String, Set<HeatmapLayout.Cell>> copy = new LinkedHashMap<>();
            sealed.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
            sealed = Collections.unmodifiableMap(copy);
        }

        /** Content with nothing sealed. */
        public Content(String heading, String caption, Map<String, HeatmapData> maps, List<String> shown,
                       String emptyMessage) {
            this(heading, caption, maps, shown, emptyMessage, Map.of());
        }
    }

    /**
     * The marks: the current step and selected unit ({@code -1} for none), a hovered cell ({@code hoverMap} null
     * for none) and the gate whose map title is drawn in the accent colour (null for none).
     */
    public record Marks(int step, int unit, String hoverMap, int hoverUnit, int hoverT, Gate highlighted) {
        public static Marks of(int step, int unit, Gate highlighted) {
            return new Marks(step, unit, null, -1, -1, highlighted);
        }
    }

    /** Body font size in pixels: 3 % of the figure's height, between 10 and 17. */
    public static double fontSize(double height) {
        return Math.max(10, Math.min(17, 0.03 * height));
    }

    public static double pad(double font) {
        return 0.6 * font;
    }

    /** Height of the heading band: the controls' height or the heading's, plus padding. */
    public static double headingHeight(double font, double controlsHeight) {
        return Math.max(controlsHeight, 1.5 * font) + pad(font);
    }

    public static double captionHeight(double font) {
        return 1.5 * font;
    }

    /** {x, y, w, h} of the area the maps share in a figure of {@code w x h}. */
    public static double[] gridArea(double w, double h, double font, double controlsHeight) {
        double top = headingHeight(font, controlsHeight) + captionHeight(font);
        return new double[] {pad(font), top, Math.max(0, w - 2 * pad(font)), Math.max(0, h - top - pad(font))};
    }

    /** The marker's step for maps of {@code cols} steps: {@code t}, or -1 if there are none or it is outside. */
    public static int marker(int value, int count) {
        return count <= 0 || value >= count ? -1 : value;
    }

    /** The same maps keyed by name, in order. */
    public static Map<String, HeatmapData> byName(List<HeatmapData> maps) {
        Map<String, HeatmapData> out = new LinkedHashMap<>();
        for (HeatmapData d : maps) {
            out.put(d.name(), d);
        }
        return out;
    }

    /**
     * Paints the figure on the whole surface.
     *
     * @param font           body font ({@link #fontSize} of the height)
     * @param controlsHeight height of the controls in the top right corner (0 for none)
     * @param headerLeft     where those controls begin (the surface's width for none): the heading stops before
     * @return where each shown map went, by name (for hit-testing)
     */
    public Map<String, HeatmapLayout> paint(Surface s, Palette p, Content c, Marks marks, double font,
                                            double controlsHeight, double headerLeft) {
        Map<String, HeatmapLayout> layouts = new LinkedHashMap<>();
        double pad = pad(font);
        double mid = pad / 2 + Math.max(controlsHeight, 1.5 * font) / 2;
        s.setFont(1.05 * font, true, false);
        s.setFill(p.text());
        if (c.heading() != null) {
            s.text(TextFit.text(s, c.heading(), headerLeft - 2 * pad), pad, mid, HAlign.LEFT, VAlign.CENTER);
            s.setFont(0.9 * font, false, false);
            s.setFill(p.mutedText());
            s.text(TextFit.wholeParts(s, c.caption(), s.width() - 2 * pad), pad,
                    headingHeight(font, controlsHeight) + captionHeight(font) / 2 - 0.1 * font, HAlign.LEFT,
                    VAlign.CENTER);
        }
        double[] area = gridArea(s.width(), s.height(), font, controlsHeight);
        List<String> shown = c.shown();
        if (shown.isEmpty()) {
            s.setFont(font, false, false);
            s.setFill(p.mutedText());
            s.text(c.emptyMessage(), area[0] + area[2] / 2, area[1] + area[3] / 2, HAlign.CENTER, VAlign.CENTER);
            return layouts;
        }
        Map<String, HeatmapData> maps = c.maps();
        HeatmapData first = maps.get(shown.get(0));
        HeatmapGrid.Arrangement grid = HeatmapGrid.arrange(shown.size(), area[0], area[1], area[2], area[3],
                first.rows(), first.cols(), font);
        // one gutter for all maps, so their plots and time axes line up
        HeatmapPainter.Gutters gutters = new HeatmapPainter.Gutters(0, 0);
        for (String name : shown) {
            gutters = gutters.max(painter.gutters(s, maps.get(name), font));
        }
        for (int i = 0; i < shown.size(); i++) {
            HeatmapData d = maps.get(shown.get(i));
            HeatmapGrid.Box box = grid.boxes().get(i);
            boolean highlighted = marks.highlighted() != null && marks.highlighted().symbol().equals(d.name());
            HeatmapMarks m = new HeatmapMarks(marks.step(), marks.unit(), -1, -1, box.timeLabels(), highlighted);
            if (d.name().equals(marks.hoverMap())) {
                m = m.withHover(marks.hoverUnit(), marks.hoverT());
            }
            HeatmapLayout layout = painter.paint(s, p, d, m, box.x(), box.y(), box.w(), box.h(), font, gutters);
            paintSealed(s, p, layout, c.sealed().getOrDefault(d.name(), Set.of()));
            layouts.put(d.name(), layout);
        }
        return layouts;
    }

    /** Hatches the sealed cells over the map, at least 4 pixels wide so one step of a long run still shows. */
    private static void paintSealed(Surface s, Palette p, HeatmapLayout l, Set<HeatmapLayout.Cell> cells) {
        for (HeatmapLayout.Cell cell : cells) {
            if (cell.row() >= l.rows() || cell.col() >= l.cols() || l.plotW() < 1) {
                continue;
            }
            double w = Math.max(4, l.cellWidth());
            double h = Math.max(4, l.cellHeight());
            double x = Math.max(l.plotX(), Math.min(l.plotX() + l.plotW() - w, l.centerX(cell.col()) - w / 2));
            double y = Math.max(l.plotY(), Math.min(l.plotY() + l.plotH() - h, l.centerY(cell.row()) - h / 2));
            Hatch.fill(s, p, x, y, w, h, Math.max(3, Math.min(w, h) / 3));
            s.setStroke(p.text());
            s.setLineWidth(1);
            s.strokeRect(x, y, w, h);
            if (w >= 12 && h >= 12) {
                s.setFont(Math.min(w, h) * 0.7, true, false);
                s.setFill(p.text());
                s.text(org.gatelab.render.Sealed.MARK, x + w / 2, y + h / 2, HAlign.CENTER, VAlign.CENTER);
            }
        }
    }
}
