package org.gatelab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.Palette;
import org.gatelab.render.diagram.DiagramFormat;
import org.gatelab.render.figures.ActivationMaps;
import org.gatelab.render.figures.DiagramFigure;
import org.gatelab.render.figures.FigureSelection;
import org.gatelab.render.figures.GradientFlowFigure;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Headless export of every view to PNG, SVG, PDF and GIF, checked against the trace it was drawn from. */
class ViewExporterTest {
    private static final int T = 5;
    private static final int UNIT = 3;

    private static ExportSource lstm;

    @TempDir
    Path dir;

    @BeforeAll
    static void computeTrace() {
        lstm = ExportFixtures.source(CellKind.LSTM);
    }

    private static ExportRequest request(ExportSubject view, ExportFormat format) {
        return ExportRequest.of(view, format).withStep(T).withUnit(UNIT);
    }

    // ---- PNG ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void pngHasTheScaledSizeAndIsNotBlank(int scale) throws IOException {
        ExportRequest req = request(ExportSubject.DIAGRAM, ExportFormat.PNG).withScale(scale);
        Path file = dir.resolve(ExportNames.suggest(lstm, req));
        ViewExporter.export(lstm, req, file);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(1200 * scale, img.getWidth());
        assertEquals(800 * scale, img.getHeight());
        assertTrue(ExportFixtures.distinctColours(img) > 50, "a drawing, not a blank page");
    }

    @Test
    void twoTimesIsDrawnAtTheResolutionNotUpscaled() throws IOException {
        ExportRequest req = request(ExportSubject.DIAGRAM, ExportFormat.PNG).withScale(2);
        BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(ViewExporter.png(lstm, req)));
        // an upscaled 1x bitmap has every 2x2 block in one colour; edges drawn at 2x do not
        int mixed = 0;
        int blocks = 0;
        for (int y = 0; y + 1 < img.getHeight(); y += 2) {
            for (int x = 0; x + 1 < img.getWidth(); x += 2) {
                int c = img.getRGB(x, y);
                blocks++;
                if (img.getRGB(x + 1, y) != c || img.getRGB(x, y + 1) != c || img.getRGB(x + 1, y + 1) != c) {
                    mixed++;
                }
            }
        }
        assertTrue(mixed > blocks / 100, mixed + " of " + blocks + " 2x2 blocks carry detail");
    }

    @Test
    void backgroundIsTheThemesOrTransparent() throws IOException {
        ExportRequest light = request(ExportSubject.GRADIENT_FLOW, ExportFormat.PNG);
        BufferedImage solid = ImageIO.read(new java.io.ByteArrayInputStream(ViewExporter.png(lstm, light)));
        assertEquals(Palette.LIGHT.background().argb(), solid.getRGB(1, solid.getHeight() - 2));
        BufferedImage dark = ImageIO.read(new java.io.ByteArrayInputStream(
                ViewExporter.png(lstm, light.withTheme(ExportTheme.DARK))));
        assertEquals(Palette.DARK.background().argb(), dark.getRGB(1, dark.getHeight() - 2));
        BufferedImage clear = ImageIO.read(new java.io.ByteArrayInputStream(
                ViewExporter.png(lstm, light.withTransparent(true))));
        assertEquals(0, clear.getRGB(1, clear.getHeight() - 2) >>> 24, "transparent corner");
        assertTrue(ExportFixtures.distinctColours(clear) > 10);
    }

    static Stream<Arguments> everyViewOfEveryCell() {
        List<Arguments> out = new ArrayList<>();
        for (CellKind cell : CellKind.values()) {
            for (ExportSubject view : ExportSubject.values()) {
                out.add(Arguments.of(cell, view));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("everyViewOfEveryCell")
    void everyViewOfEveryCellDraws(CellKind cell, ExportSubject view) {
        ExportSource src = cell == CellKind.LSTM ? lstm : ExportFixtures.source(cell);
        ArgbImage img = ViewExporter.renderArgb(src, request(view, ExportFormat.PNG).withSize(640, 420));
        assertEquals(640, img.width());
        long distinct = java.util.Arrays.stream(img.argb()).map(c -> c & 0xffffff).distinct().count();
        assertTrue(distinct > 20, view + " of the " + cell + " draws something (" + distinct + " colours)");
    }

    // ---- SVG ------------------------------------------------------------------------------------------

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static int count(Document doc, String tag) {
        return doc.getElementsByTagNameNS("*", tag).getLength();
    }

    @Test
    void svgDiagramKeepsItsTextAndShapes() throws Exception {
        ExportRequest req = request(ExportSubject.DIAGRAM, ExportFormat.SVG);
        Path file = dir.resolve("diagram.svg");
        ViewExporter.export(lstm, req, file);
        Document doc = parse(Files.readString(file));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<String> texts = texts(doc);
        LayerTrace layer = lstm.trace().layer(0);
        assertTrue(texts.contains(DiagramFigure.title(layer, FigureSelection.of(T, UNIT))), texts.toString());
        for (Gate g : CellKind.LSTM.blocks()) {
            String value = DiagramFormat.value(layer.gate(T, 0, g, UNIT));
            assertTrue(texts.contains(value), g + " = " + value + " in " + texts);
            assertTrue(texts.contains(g.symbol()), g.symbol());
        }
        assertTrue(count(doc, "path") + count(doc, "rect") + count(doc, "line") + count(doc, "ellipse") > 20,
                "shapes stay vectors");
        assertEquals(0, count(doc, "image"), "no bitmap in the diagram");
    }

    @Test
    void svgHeatmapsAreVectorCellsWithTheirTitles() throws Exception {
        Document doc = parse(ViewExporter.svg(lstm, request(ExportSubject.ACTIVATIONS, ExportFormat.SVG)));
        List<String> texts = texts(doc);
        LayerTrace layer = lstm.trace().layer(0);
        assertTrue(texts.contains(ActivationMaps.heading(lstm.trace(), layer)), texts.toString());
        assertTrue(texts.contains("timestep t") || texts.stream().anyMatch(s -> s.contains("t")));
        assertEquals(0, count(doc, "image"), "small heatmaps are drawn as rectangles");
        int cells = layer.hiddenSize() * layer.length();
        assertTrue(count(doc, "rect") + count(doc, "path") > cells / 2,
                "about one rectangle per cell of " + cells);
    }

    @Test
    void svgGradientFlowHasItsAxesAndCurves() throws Exception {
        Document doc = parse(ViewExporter.svg(lstm, request(ExportSubject.GRADIENT_FLOW, ExportFormat.SVG)));
        List<String> texts = texts(doc);
        GradientFlowFigure.Built b = GradientFlowFigure.build(lstm.trace(), lstm.comparison(), 0, false,
                Palette.LIGHT);
        assertTrue(texts.contains(b.heading()), texts.toString());
        assertTrue(texts.contains(b.plot().xTitle()), texts.toString());
        assertTrue(count(doc, "path") + count(doc, "polyline") + count(doc, "line") > 10);
    }

    // ---- PDF ------------------------------------------------------------------------------------------

    @Test
    void pdfHasOnePagePerViewAndSearchableText() throws IOException {
        ExportRequest base = request(ExportSubject.DIAGRAM, ExportFormat.PDF);
        List<ExportRequest> pages = List.of(base, base.withView(ExportSubject.GRADIENT_FLOW),
                base.withView(ExportSubject.WORKSPACE).withTheme(ExportTheme.DARK));
        Path file = dir.resolve("slides.pdf");
        ViewExporter.exportPdf(lstm, pages, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(3, doc.getNumberOfPages());
            PDPage first = doc.getPage(0);
            assertEquals(1200, first.getMediaBox().getWidth(), 0.5);
            assertEquals(800, first.getMediaBox().getHeight(), 0.5);
            assertEquals(1600, doc.getPage(2).getMediaBox().getWidth(), 0.5);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String flow = stripper.getText(doc);
            GradientFlowFigure.Built b = GradientFlowFigure.build(lstm.trace(), lstm.comparison(), 0, false,
                    Palette.LIGHT);
            assertTrue(flow.contains(b.heading()), flow);
            assertTrue(flow.contains("timestep t"), flow);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String diagram = stripper.getText(doc);
            LayerTrace layer = lstm.trace().layer(0);
            assertTrue(diagram.contains(DiagramFormat.value(layer.gate(T, 0, Gate.F, UNIT))), diagram);
        }
    }

    @Test
    void singlePdfExportIsOnePage() throws IOException {
        Path file = dir.resolve("eq.pdf");
        ViewExporter.export(lstm, request(ExportSubject.EQUATIONS, ExportFormat.PDF), file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertFalse(new PDFTextStripper().getText(doc).isBlank());
        }
    }

    // ---- animation -------------------------------------------------------------------------------------

    @Test
    void animationWritesNumberedFramesAndALoopingGif() throws IOException {
        ExportRequest req = request(ExportSubject.DIAGRAM, ExportFormat.PNG).withSize(400, 280);
        String base = ExportNames.animation(lstm, req.view(), 2, 6);
        List<Integer> progress = new ArrayList<>();
        AnimationResult r = ViewExporter.exportAnimation(lstm, req, 2, 6, dir, base, 100, progress::add);
        assertEquals(5, r.frames().size());
        assertEquals(List.of(1, 2, 3, 4, 5), progress);
        assertEquals("lstm-sine-diagram-t02-t06-t02.png", r.frames().get(0).getFileName().toString());
        assertEquals("lstm-sine-diagram-t02-t06-t06.png", r.frames().get(4).getFileName().toString());
        for (Path f : r.frames()) {
            BufferedImage img = ImageIO.read(f.toFile());
            assertEquals(400, img.getWidth());
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(r.gif().toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            assertEquals(400, reader.getWidth(0));
            IIOMetadata meta = reader.getImageMetadata(0);
            String tree = dump(meta.getAsTree("javax_imageio_gif_image_1.0"));
            assertTrue(tree.contains("NETSCAPE"), "loops: " + tree);
            reader.dispose();
        }
        String bytes = new String(Files.readAllBytes(r.gif()), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("NETSCAPE2.0"), "the loop extension is in the file");
        // frames differ: the diagram follows the step
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(r.frames().get(0)), Files.readAllBytes(r.frames().get(4))));
    }

    private static String dump(org.w3c.dom.Node n) {
        StringBuilder sb = new StringBuilder(n.getNodeName());
        if (n.getAttributes() != null) {
            for (int i = 0; i < n.getAttributes().getLength(); i++) {
                org.w3c.dom.Node a = n.getAttributes().item(i);
                sb.append(' ').append(a.getNodeName()).append('=').append(a.getNodeValue());
            }
        }
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            sb.append('(').append(dump(c)).append(')');
        }
        return sb.toString();
    }

    // ---- failures -------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aMissingFolderGivesAClearMessageAndNoFile(ExportFormat format) {
        Path target = dir.resolve("no-such-folder").resolve("x." + format.extension());
        IOException e = assertThrows(IOException.class,
                () -> ViewExporter.export(lstm, request(ExportSubject.DIAGRAM, format), target));
        assertTrue(e.getMessage().startsWith("cannot write " + target), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void anUnwritableFolderGivesAClearMessageAndLeavesNothing() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked),
                    "the file system lets this user write anyway (root)");
            Path target = locked.resolve("x.png");
            IOException e = assertThrows(IOException.class,
                    () -> ViewExporter.export(lstm, request(ExportSubject.DIAGRAM, ExportFormat.PNG), target));
            assertTrue(e.getMessage().startsWith("cannot write " + target), e.getMessage());
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
            try (Stream<Path> left = Files.list(locked)) {
                assertEquals(0, left.count());
            }
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void aTargetThatCannotBeReplacedLeavesNoTemporaryFile() throws IOException {
        // a non-empty directory where the file should go: writing succeeds, the final move cannot
        Path target = Files.createDirectory(dir.resolve("taken.svg"));
        Files.writeString(target.resolve("keep"), "x");
        IOException e = assertThrows(IOException.class,
                () -> ViewExporter.export(lstm, request(ExportSubject.DIAGRAM, ExportFormat.SVG), target));
        assertTrue(e.getMessage().startsWith("cannot write " + target), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aFailedAnimationRemovesItsFrames() throws IOException {
        Path gifInTheWay = Files.createDirectory(dir.resolve("anim.gif"));
        Files.writeString(gifInTheWay.resolve("keep"), "x");
        ExportRequest req = request(ExportSubject.DIAGRAM, ExportFormat.PNG).withSize(300, 200);
        assertThrows(IOException.class, () -> ViewExporter.exportAnimation(lstm, req, 0, 2, dir, "anim", 100, null));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(gifInTheWay), left.toList());
        }
    }

    // ---- names ----------------------------------------------------------------------------------------

    @Test
    void suggestedNamesSayWhatWasExported() {
        assertEquals("lstm-sine-diagram-t05.png", ExportNames.suggest(lstm, request(ExportSubject.DIAGRAM, ExportFormat.PNG)));
        assertEquals("lstm-sine-gradient-flow-t29.pdf", ExportNames.suggest(lstm,
                request(ExportSubject.GRADIENT_FLOW, ExportFormat.PDF).withStep(99)));
        assertEquals("lstm-sine-workspace", ExportNames.base(lstm, ExportSubject.WORKSPACE));
    }

    @Test
    void requestsRefuseNonsense() {
        ExportRequest ok = ExportRequest.of(ExportSubject.DIAGRAM, ExportFormat.PNG);
        assertThrows(IllegalArgumentException.class, () -> ok.withScale(0));
        assertThrows(IllegalArgumentException.class, () -> ok.withScale(16));
        assertThrows(IllegalArgumentException.class, () -> ok.withSize(10, 10));
        assertEquals(ExportSubject.GRADIENT_FLOW, ExportSubject.parse("gradient-flow"));
        assertEquals(ExportSubject.GRADIENT_HEATMAP, ExportSubject.parse("gradient_heatmap"));
        assertEquals(ExportFormat.SVG, ExportFormat.parse("SVG"));
        assertEquals(ExportTheme.DARK, ExportTheme.parse("dark"));
    }
}
