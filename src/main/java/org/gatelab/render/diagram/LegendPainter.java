package org.gatelab.render.diagram;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The colour key along the bottom: the sequential map for gates (0 to 1) and the diverging map for signed
 * values (-1 to 1, and c's own range for the LSTM), right-aligned in the layout's legend box.
 */
final class LegendPainter {
    private static final int STEPS = 64;

    private record Item(String text, ColorMap map, String low, String high) {
    }

    void paint(Surface s, DiagramStyle st, DiagramLayout layout, DiagramValues v) {
        List<Item> items = new ArrayList<>();
        if (layout.cell() != CellKind.RNN) {
            items.add(new Item("gates \u03C3", ColorMap.sequential(), "0", "1"));
        }
        if (layout.cell() == CellKind.RNN && v.nonlinearity() == Nonlinearity.RELU) {
            items.add(new Item("h", ColorMap.diverging(), DiagramFormat.value(-v.hiddenRange()),
                    DiagramFormat.value(v.hiddenRange())));
        } else {
            items.add(new Item("tanh, h", ColorMap.diverging(), "\u22121", "1"));
        }
        if (layout.cell().hasCellState()) {
            items.add(new Item("c", ColorMap.diverging(), DiagramFormat.value(-v.cellRange()),
                    DiagramFormat.value(v.cellRange())));
        }
        Rect r = layout.legend();
        double right = st.px(r.right());
        double left = st.px(r.x());
        double cy = st.py(r.cy());
        double font = st.smallFont;
        double width = measure(s, items, font);
        if (width > right - left) {
            font = Math.max(6, font * (right - left) / width);
            width = measure(s, items, font);
        }
        double x = right - width;
        s.setFont(font, false, false);
        for (Item it : items) {
            s.setFill(st.palette.mutedText());
            s.text(it.text, x, cy, HAlign.LEFT, VAlign.CENTER);
            x += s.textWidth(it.text) + 0.5 * font;
            s.text(it.low, x, cy, HAlign.LEFT, VAlign.CENTER);
            x += s.textWidth(it.low) + 0.3 * font;
            double bw = barWidth(font);
            double bh = 0.75 * font;
            int[] argb = new int[STEPS];
            for (int i = 0; i < STEPS; i++) {
                argb[i] = it.map.at((i + 0.5) / STEPS).argb();
            }
            s.image(argb, STEPS, 1, x, cy - bh / 2, bw, bh);
            s.setStroke(st.palette.grid());
            s.setLineWidth(1);
            s.strokeRect(x, cy - bh / 2, bw, bh);
            x += bw + 0.3 * font;
            s.text(it.high, x, cy, HAlign.LEFT, VAlign.CENTER);
            x += s.textWidth(it.high) + gap(font);
        }
    }

    private static double barWidth(double font) {
        return 4.5 * font;
    }

    private static double gap(double font) {
        return 1.4 * font;
    }

    private static double measure(Surface s, List<Item> items, double font) {
        s.setFont(font, false, false);
        double w = 0;
        for (Item it : items) {
            w += s.textWidth(it.text) + 0.5 * font + s.textWidth(it.low) + 0.3 * font + barWidth(font) + 0.3 * font
                    + s.textWidth(it.high) + gap(font);
        }
        return w - gap(font);
    }
}
