package org.gatelab.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Palette;
import org.gatelab.render.Sealed;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.equations.EquationBuilder;
import org.gatelab.render.equations.EquationPainter;
import org.gatelab.render.figures.ActivationMaps;
import org.gatelab.render.figures.ConnectivityFigure;
import org.gatelab.render.figures.DiagramFigure;
import org.gatelab.render.figures.FigureSelection;
import org.gatelab.render.figures.GradientFlowFigure;
import org.gatelab.render.figures.GradientMaps;
import org.gatelab.render.figures.HeatmapStackFigure;
import org.gatelab.render.figures.InsetSurface;
import org.gatelab.render.figures.UnrolledFigure;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.weights.WeightsFigure;
import org.gatelab.vocabulary.Gate;

/**
 * Draws an {@link ExportSubject} on any {@link Surface}, through the same figures the workspace's views draw
 * with, so an exported picture is the one on screen (without the interactive hints: hover texts, toggles).
 */
public final class FigurePainter {
    /** The window's panels in the workspace page: title, and which view fills it. */
    private record Panel(String title, ExportSubject view, double x, double y, double w, double h) {
    }

    /**
     * Paints {@code view} over the whole surface.
     *
     * @param background fill the surface with the palette's background first (false: transparent)
     */
    public void paint(Surface s, ExportSource src, ExportSubject view, FigureSelection sel, ViewOptions opt, Palette p,
                      boolean background) {
        if (background) {
            s.setFill(p.background());
            s.fillRect(0, 0, s.width(), s.height());
        }
        if (view == ExportSubject.WORKSPACE) {
            paintWorkspace(s, src, sel, opt, p);
        } else {
            paintView(s, src, view, sel, opt, p);
        }
    }

    private void paintView(Surface s, ExportSource src, ExportSubject view, FigureSelection sel, ViewOptions opt,
                           Palette p) {
        Trace trace = src.trace();
        LayerTrace layer = sel.layerOf(trace);
        int step = sel.stepIn(layer);
        switch (view) {
            case DIAGRAM -> new DiagramFigure().paint(s, p, layer, sel);
            case EQUATIONS -> new EquationPainter().paint(s,
                    EquationBuilder.build(trace, sel.clampedLayer(trace), sel.direction(), step, sel.unitIn(layer),
                            Sealed.NONE), p,
                    sel.highlightedGate());
            case ACTIVATIONS -> paintActivations(s, trace, layer, sel, opt, p);
            case GRADIENT_HEATMAP -> paintGradientMap(s, trace, layer, sel, opt, p);
            case GRADIENT_FLOW -> {
                boolean overlay = opt.overlay() && !src.comparison().isEmpty();
                GradientFlowFigure.Built b = GradientFlowFigure.build(trace, src.comparison(), sel.clampedLayer(trace),
                        sel.direction(), overlay, src.inspected(), p, Sealed.NONE);
                new GradientFlowFigure().paint(s, p, b, b.markerStep(step));
            }
            case CONNECTIVITY -> {
                ConnectivityFigure.Built b = ConnectivityFigure.build(trace, sel.clampedLayer(trace), sel.direction(), p);
                new ConnectivityFigure().paint(s, p, b, b.markerStep(step));
            }
            case UNROLLED -> new UnrolledFigure().paint(s, p, trace, sel, 1);
            case WEIGHTS -> new WeightsFigure().paint(s, p, src.weightsOf(sel.clampedLayer(trace), sel.directionIn(trace)),
                    opt.weightsBlock() != null ? opt.weightsBlock() : sel.highlightedGate(), trace.layerCount());
            case WORKSPACE -> throw new IllegalArgumentException("the workspace is not a single view");
        }
    }

    private static void paintActivations(Surface s, Trace trace, LayerTrace layer, FigureSelection sel,
                                         ViewOptions opt, Palette p) {
        Map<String, HeatmapData> maps = HeatmapStackFigure.byName(ActivationMaps.build(layer));
        List<String> names = List.copyOf(maps.keySet());
        double font = HeatmapStackFigure.fontSize(s.height());
        List<String> shown;
        if (opt.activationMaps() != null) {
            shown = new ArrayList<>(names);
            shown.retainAll(opt.activationMaps());
            if (shown.isEmpty()) {
                shown = names;
            }
        } else {
            double[] area = HeatmapStackFigure.gridArea(s.width(), s.height(), font, 0);
            shown = ActivationMaps.automatic(layer.cell(), names, layer.hiddenSize(), layer.length(), area[2],
                    area[3], font);
        }
        HeatmapStackFigure.Content c = new HeatmapStackFigure.Content(ActivationMaps.heading(trace, layer),
                ActivationMaps.stillCaption(layer, shown.size(), names.size()), maps, shown, "");
        new HeatmapStackFigure().paint(s, p, c, marks(layer, sel), font, 0, s.width());
    }

    private static void paintGradientMap(Surface s, Trace trace, LayerTrace layer, FigureSelection sel,
                                         ViewOptions opt, Palette p) {
        Gate wanted = opt.gradientGate() != null ? opt.gradientGate() : sel.highlightedGate();
        Gate g = GradientMaps.blockFor(layer, wanted);
        List<HeatmapData> list = GradientMaps.build(layer, g, opt.gradientLog());
        Map<String, HeatmapData> maps = HeatmapStackFigure.byName(list);
        HeatmapStackFigure.Content c = new HeatmapStackFigure.Content(GradientMaps.heading(trace, layer),
                GradientMaps.caption(g), maps, List.copyOf(maps.keySet()), GradientMaps.NO_GRADIENTS);
        double font = HeatmapStackFigure.fontSize(s.height());
        new HeatmapStackFigure().paint(s, p, c, marks(layer, sel), font, 0, s.width());
    }

    private static HeatmapStackFigure.Marks marks(LayerTrace layer, FigureSelection sel) {
        return HeatmapStackFigure.Marks.of(sel.stepIn(layer), sel.unitIn(layer), sel.highlightedGate());
    }

    /** The window's four panels: the diagram over the equations on the left, the activations over the gradients. */
    private void paintWorkspace(Surface s, ExportSource src, FigureSelection sel, ViewOptions opt, Palette p) {
        double w = s.width();
        double h = s.height();
        double gap = Math.max(6, 0.008 * w);
        double colW = (w - 3 * gap) / 2;
        double leftTop = (h - 3 * gap) * 0.6;
        double leftBottom = h - 3 * gap - leftTop;
        double rightTop = (h - 3 * gap) / 2;
        List<Panel> panels = List.of(
                new Panel("Cell diagram", ExportSubject.DIAGRAM, gap, gap, colW, leftTop),
                new Panel("Equations with numbers", ExportSubject.EQUATIONS, gap, 2 * gap + leftTop, colW, leftBottom),
                new Panel("Over time · gate activations", ExportSubject.ACTIVATIONS, 2 * gap + colW, gap, colW, rightTop),
                new Panel("Gradient flow", ExportSubject.GRADIENT_FLOW, 2 * gap + colW, 2 * gap + rightTop, colW,
                        h - 3 * gap - rightTop));
        double titleFont = Math.max(11, Math.min(16, 0.014 * h));
        double band = 1.9 * titleFont;
        for (Panel panel : panels) {
            s.setStroke(p.grid());
            s.setLineWidth(1);
            s.setDashes();
            s.strokeRoundRect(panel.x(), panel.y(), panel.w(), panel.h(), 8);
            s.setFill(p.panel());
            s.fillRoundRect(panel.x() + 0.5, panel.y() + 0.5, panel.w() - 1, band, 8);
            s.fillRect(panel.x() + 0.5, panel.y() + band / 2, panel.w() - 1, band / 2);
            s.line(panel.x(), panel.y() + band, panel.x() + panel.w(), panel.y() + band);
            s.setFont(titleFont, true, false);
            s.setFill(p.mutedText());
            s.text(panel.title(), panel.x() + 0.7 * titleFont, panel.y() + band / 2, HAlign.LEFT, VAlign.CENTER);
            try (InsetSurface inset = new InsetSurface(s, panel.x() + 1, panel.y() + band + 1, panel.w() - 2,
                    panel.h() - band - 2)) {
                paintView(inset, src, panel.view(), sel, opt, p);
            }
        }
    }
}
