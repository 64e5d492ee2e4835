package org.gatelab.ui.memory;

import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.figures.MemoryFigure;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.memory.MemoryViewModel;

/** The Memory tab's figure: painted by {@link MemoryFigure} from the view model's picture, once per pulse. */
final class MemoryFigureView extends CanvasView {
    private final MemoryViewModel model;
    private final MemoryFigure figure = new MemoryFigure();

    MemoryFigureView(MemoryViewModel model) {
        this.model = model;
        getStyleClass().add("memory-figure");
        setId("memory-figure");
    }

    void initListeners() {
        model.pictureProperty().addListener((obs, o, n) -> requestRedraw());
        model.busyProperty().addListener((obs, o, n) -> requestRedraw());
    }

    @Override
    protected void paint(Surface s) {
        MemoryFigure.Data d = model.pictureProperty().get();
        if (d == null) {
            s.setFont(14, false, false);
            s.setFill(palette().mutedText());
            s.text(model.busyProperty().get() ? "Ranking the units over " + MemoryViewModel.SEQUENCES
                    + " fresh sequences…" : "Choose a trained model above.", s.width() / 2, s.height() / 2,
                    HAlign.CENTER, VAlign.CENTER);
            return;
        }
        figure.paint(s, palette(), d);
    }
}
