package org.gatelab.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.gatelab.io.AtomicFiles;

/**
 * Exports the workspace's views to files without a window or a display: the API the app's export dialog and
 * the {@code gatelab export} command call. Every view is drawn by the same figures the screen uses
 * ({@link FigurePainter}), on a {@link Graphics2DSurface}.
 *
 * <p>Typical use:
 * <pre>{@code
 * WorkspaceResult r = WorkspaceComputation.compute(settings, true, null);
 * ExportSource src = new ExportSource(r.trace(), r.comparison(), "sine");   // = ExportSources.of(r)
 * ExportRequest req = ExportRequest.of(ExportSubject.DIAGRAM, ExportFormat.PNG).withScale(2)
 *         .withTheme(ExportTheme.DARK).withStep(5).withUnit(3);
 * Path file = out.resolve(ExportNames.suggest(src, req));                   // lstm-sine-diagram-t05.png
 * ViewExporter.export(src, req, file);
 * ViewExporter.exportPdf(src, List.of(req.withView(ExportSubject.DIAGRAM), req.withView(ExportSubject.GRADIENT_FLOW)),
 *         out.resolve("slides.pdf"));                                       // one page per view
 * ViewExporter.exportAnimation(src, req, 0, 29, out, ExportNames.animation(src, req.view(), 0, 29),
 *         ViewExporter.DEFAULT_FRAME_MILLIS, null);                         // ...-t00.png .. -t29.png and .gif
 * }</pre>
 *
 * <p>Files are written atomically ({@link AtomicFiles}): on any failure (an unwritable folder, a full disk)
 * an {@link IOException} says which file and why, e.g. {@code "cannot write /x/y.png: cannot create a
 * temporary file in /x (permission denied)"}, and no partial file is left behind. The methods are thread-safe
 * and may run on any thread (the app runs them off the FX thread).
 */
public final class ViewExporter {
    /** The default time each animation frame is shown. */
    public static final int DEFAULT_FRAME_MILLIS = 200;

    private ViewExporter() {
    }

    /**
     * Writes one view to {@code file} in the request's format (PNG at its scale, SVG, or a one-page PDF).
     *
     * @throws IOException if the file cannot be written; nothing is left at {@code file} then (an older file
     *                     there is kept)
     */
    public static void export(ExportSource src, ExportRequest req, Path file) throws IOException {
        switch (req.format()) {
            case PNG -> {
                BufferedImage img = Rasterizer.render(src, req, req.transparent());
                AtomicFiles.write(file, out -> Rasterizer.writePng(img, req.scale(), out));
            }
            case SVG -> AtomicFiles.writeString(file, SvgExport.document(src, req));
            case PDF -> exportPdf(src, List.of(req), file);
        }
    }

    /**
     * Writes a PDF with one page per request (each request's view, selection, theme and size; the format and
     * scale are ignored).
     */
    public static void exportPdf(ExportSource src, List<ExportRequest> pages, Path file) throws IOException {
        String title = "GateLab · " + src.trace().cell() + " · " + src.inputName();
        AtomicFiles.write(file, out -> PdfExport.write(src, pages, title, out));
    }

    /**
     * Writes a PDF with one page per {@link PdfPage}, each from its own run (e.g. the steps of a lesson), titled
     * {@code title} in the document's information.
     */
    public static void exportPdfPages(List<PdfPage> pages, String title, Path file) throws IOException {
        AtomicFiles.write(file, out -> PdfExport.write(pages, title, out));
    }

    /** The PNG bytes of a view at the request's scale (the format is ignored). */
    public static byte[] png(ExportSource src, ExportRequest req) throws IOException {
        BufferedImage img = Rasterizer.render(src, req, req.transparent());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rasterizer.writePng(img, req.scale(), out);
        return out.toByteArray();
    }

    /** The SVG document of a view (the format and scale are ignored). */
    public static String svg(ExportSource src, ExportRequest req) {
        return SvgExport.document(src, req);
    }

    /** The view's pixels at the request's scale (the format is ignored): for the clipboard. */
    public static ArgbImage renderArgb(ExportSource src, ExportRequest req) {
        BufferedImage img = Rasterizer.render(src, req, req.transparent());
        int w = img.getWidth();
        int h = img.getHeight();
        return new ArgbImage(w, h, img.getRGB(0, 0, w, h, null, 0, w));
    }

    /**
     * Exports the request's view at every timestep from {@code from} to {@code to} (inclusive, clamped to the
     * run; either order) as numbered PNG frames {@code <baseName>-t00.png, ...} and one animated GIF
     * {@code <baseName>.gif} that loops, all in {@code folder} (which must exist). The frames honour the
     * request's scale and background; the GIF is always on the theme's background (GIF has no partial
     * transparency). If anything fails, the frames this call wrote are removed again.
     *
     * @param frameMillis how long the GIF shows each frame
     * @param progress    told the number of frames done after each one (may be null)
     */
    public static AnimationResult exportAnimation(ExportSource src, ExportRequest req, int from, int to, Path folder,
                                                  String baseName, int frameMillis, IntConsumer progress)
            throws IOException {
        int last = src.trace().length() - 1;
        int a = Math.max(0, Math.min(last, Math.min(from, to)));
        int b = Math.max(0, Math.min(last, Math.max(from, to)));
        ExportRequest png = req.withFormat(ExportFormat.PNG);
        List<Path> frames = new ArrayList<>();
        Path gif = folder.resolve(baseName + ".gif");
        try {
            // frames are made one at a time, each written as a PNG and appended to the GIF
            AtomicFiles.write(gif, out -> {
                try (GifExport sequence = new GifExport(out, frameMillis)) {
                    for (int t = a; t <= b; t++) {
                        ExportRequest frame = png.withStep(t);
                        BufferedImage img = Rasterizer.render(src, frame, frame.transparent());
                        Path file = folder.resolve(baseName + "-" + ExportNames.step(src, t) + ".png");
                        AtomicFiles.write(file, o -> Rasterizer.writePng(img, frame.scale(), o));
                        frames.add(file);
                        sequence.add(frame.transparent() ? Rasterizer.render(src, frame, false) : img);
                        if (progress != null) {
                            progress.accept(frames.size());
                        }
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedIOException("the animation export was cancelled");
                        }
                    }
                }
            });
            return new AnimationResult(frames, gif);
        } catch (IOException | RuntimeException | Error e) {
            for (Path f : frames) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }
}
