package org.gatelab.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.Palette;
import org.gatelab.render.figures.DiagramFigure;
import org.gatelab.render.figures.FigureSelection;
import org.gatelab.render.testing.RecordingSurface;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.Test;

/** The figure's title line is drawn whole: in its usual type when it fits, in smaller type on a narrow figure. */
class DiagramFigureTitleTest {
    private static LayerTrace gru() {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.setCell(CellKind.GRU);
        return session.trace().layer(0);
    }

    private static RecordingSurface.Text title(RecordingSurface s, String title) {
        return s.texts().stream().filter(t -> t.text().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aWideFigureKeepsTheTitleTypeAndANarrowOneShrinksItToFit() {
        LayerTrace layer = gru();
        FigureSelection sel = FigureSelection.of(12, 3);
        String title = DiagramFigure.title(layer, sel);
        assertEquals("GRU cell \u00B7 layer 1 \u00B7 unit 3 \u00B7 t = 12", title);

        RecordingSurface wide = new RecordingSurface(900, 500);
        new DiagramFigure().paint(wide, Palette.LIGHT, layer, sel);
        assertEquals(DiagramFigure.titleFont(500), title(wide, title).size(), 1e-9);

        // the panel of a 1366-wide window with the lesson pane open: 330 x 380
        RecordingSurface narrow = new RecordingSurface(330, 380);
        new DiagramFigure().paint(narrow, Palette.LIGHT, layer, sel);
        RecordingSurface.Text drawn = title(narrow, title);
        double pad = 0.6 * DiagramFigure.titleFont(380);
        assertTrue(drawn.size() < DiagramFigure.titleFont(380), "smaller type: " + drawn.size());
        assertTrue(drawn.x() + 0.6 * drawn.size() * title.length() <= 330 - pad + 1e-9, "the whole title fits");
    }
}
