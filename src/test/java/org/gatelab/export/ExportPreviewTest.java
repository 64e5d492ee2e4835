package org.gatelab.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;

/**
 * Writes exports to target/preview/export/ for people to look at (and to compare PNG, SVG and PDF): every
 * view of the LSTM as PNG at 1x, the workspace as PNG 2x light and dark, SVG and PDF of it, a transparent
 * PNG, and a short GIF.
 */
class ExportPreviewTest {
    private static final Path OUT = Path.of("target", "preview", "export");

    @Test
    void writesPreviews() throws IOException {
        Files.createDirectories(OUT);
        ExportSource src = ExportFixtures.source(CellKind.LSTM);
        ExportRequest base = ExportRequest.of(ExportSubject.DIAGRAM, ExportFormat.PNG).withStep(12).withUnit(3);
        List<ExportRequest> pages = new ArrayList<>();
        for (ExportSubject v : ExportSubject.values()) {
            ExportRequest r = base.withView(v);
            ViewExporter.export(src, r, OUT.resolve(ExportNames.suggest(src, r)));
            pages.add(r);
        }
        ExportRequest ws = base.withView(ExportSubject.WORKSPACE).withScale(2);
        ViewExporter.export(src, ws.withTheme(ExportTheme.DARK), OUT.resolve("workspace-dark-2x.png"));
        ViewExporter.export(src, ws.withFormat(ExportFormat.SVG), OUT.resolve("workspace.svg"));
        ViewExporter.export(src, ws.withFormat(ExportFormat.PDF), OUT.resolve("workspace.pdf"));
        ViewExporter.export(src, base.withFormat(ExportFormat.SVG).withHighlightedGate(Gate.F), OUT.resolve("diagram.svg"));
        ViewExporter.export(src, base.withView(ExportSubject.ACTIVATIONS).withFormat(ExportFormat.SVG), OUT.resolve("activations.svg"));
        ViewExporter.export(src, base.withView(ExportSubject.GRADIENT_FLOW).withOptions(ViewOptions.DEFAULT.withOverlay(true))
                .withTransparent(true).withScale(2), OUT.resolve("flow-overlay-transparent.png"));
        ViewExporter.exportPdf(src, pages, OUT.resolve("all-views.pdf"));
        ViewExporter.exportAnimation(src, base.withSize(600, 400), 0, 29, OUT, "diagram-anim", 150, null);
        ExportSource gru = ExportFixtures.source(CellKind.GRU);
        ViewExporter.export(gru, base.withView(ExportSubject.WORKSPACE).withFormat(ExportFormat.PDF).withTheme(ExportTheme.DARK),
                OUT.resolve("gru-workspace-dark.pdf"));
    }
}
