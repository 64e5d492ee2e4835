package org.gatelab.ui.language;

import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gatelab.render.Surface;
import org.gatelab.render.text.ColouredText;
import org.gatelab.render.text.TextGrid;
import org.gatelab.render.text.TextGridPainter;
import org.gatelab.ui.canvas.CanvasView;

/**
 * A {@link ColouredText} on a canvas: the colour scale and what it means on top, then the characters in lines.
 * As tall as the text needs at its width (put it in a scroll pane); reports the character under the pointer and
 * the one clicked.
 */
final class ColouredTextView extends CanvasView {
    /** The characters' size in drawing units. */
    static final double FONT = 15;

    private final ObjectProperty<ColouredText> text = new SimpleObjectProperty<>(this, "text");
    private IntConsumer onHover = t -> { };
    private IntConsumer onSelect = t -> { };
    private TextGrid grid;
    private double gridTop;
    private int hovered = -1;
    /** Lines the colour legend took in the last paint (it wraps in a narrow view at a large type). */
    private int legendLines = 1;
    private final String emptyMessage;

    ColouredTextView(String id, String emptyMessage) {
        this.emptyMessage = emptyMessage;
        setId(id);
        setMinSize(120, 60);
        setPrefSize(USE_COMPUTED_SIZE, USE_COMPUTED_SIZE);
        text.addListener((obs, o, n) -> {
            requestRedraw();
            requestParentLayout();
        });
        setOnMouseMoved(e -> hoverAt(e.getX(), e.getY()));
        setOnMouseExited(e -> setHovered(-1));
        setOnMouseClicked(e -> {
            int t = hit(e.getX(), e.getY());
            if (t >= 0) {
                onSelect.accept(t);
            }
        });
    }

    ObjectProperty<ColouredText> textProperty() {
        return text;
    }

    void setOnHover(IntConsumer c) {
        onHover = c;
    }

    void setOnSelect(IntConsumer c) {
        onSelect = c;
    }

    /** The character at a point of this view, or -1. */
    int hit(double x, double y) {
        return grid == null ? -1 : grid.hit(toDrawing(x), toDrawing(y));
    }

    /** Where character t's cell is drawn, in this view's coordinates: {x, y, width, height}; null before a paint. */
    double[] cell(int t) {
        if (grid == null) {
            return null;
        }
        return new double[] {toView(grid.x(t)), toView(grid.y(t)), toView(grid.cellWidth()), toView(grid.rowHeight())};
    }

    private void hoverAt(double x, double y) {
        setHovered(hit(x, y));
    }

    private void setHovered(int t) {
        if (t != hovered) {
            hovered = t;
            onHover.accept(t);
            requestRedraw();
        }
    }

    private double pad() {
        return FONT * 0.6;
    }

    private double legendHeight() {
        ColouredText t = text.get();
        return t == null || t.legend().isEmpty() ? 0
                : FONT * 3.2 + (legendLines - 1) * TextGridPainter.LEGEND_LINE * FONT;
    }

    @Override
    protected double computePrefHeight(double width) {
        ColouredText t = text.get();
        if (t == null || width <= 0) {
            return 200;
        }
        double scale = drawingScale();
        double w = width / scale;
        TextGrid g = new TextGrid(t, pad(), 0, w - 2 * pad(), FONT);
        return (legendHeight() + g.height() + 2 * pad()) * scale;
    }

    /** Its height follows its width: a scroll pane asks for the height at the width it gives. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected void paint(Surface s) {
        ColouredText t = text.get();
        if (t == null) {
            grid = null;
            s.setFont(FONT, false, false);
            s.setFill(palette().mutedText());
            s.text(emptyMessage, pad(), pad(), Surface.HAlign.LEFT, Surface.VAlign.TOP);
            return;
        }
        double top = pad();
        if (legendHeight() > 0) {
            int lines = TextGridPainter.legendLines(s, t, s.width() - 2 * pad(), FONT);
            if (lines != legendLines) {
                // the height follows the legend's lines: lay out again at the new height
                legendLines = lines;
                requestParentLayout();
            }
            TextGridPainter.paintScale(s, t, palette(), pad(), top, s.width() - 2 * pad(), FONT);
            top += legendHeight();
        }
        gridTop = top;
        grid = TextGridPainter.paint(s, t, palette(), pad(), gridTop, s.width() - 2 * pad(), FONT, hovered);
    }
}
