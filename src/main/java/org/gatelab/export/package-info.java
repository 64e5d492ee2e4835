/**
 * Pictures of the workspace's views for slides, without a window: PNG at 1x, 2x or 4x (drawn at that
 * resolution), SVG (JFreeSVG: shapes as paths, text as {@code <text>}), PDF (PDFBox through its Graphics2D
 * bridge: one page per view, text searchable, fonts embedded), and animations as numbered PNG frames plus a
 * looping GIF.
 *
 * <p>Entry point: {@link org.gatelab.export.ViewExporter}. Every view is drawn by
 * {@link org.gatelab.export.FigurePainter} through the same {@code render.figures} code the on-screen views
 * use, onto a {@link org.gatelab.export.Graphics2DSurface}; text is set in the bundled DejaVu fonts
 * ({@code ExportFonts}) so every system produces the same picture.
 *
 * <p>May use render, io, engine.trace and the vocabulary, and {@code java.awt} and {@code javax.imageio} but no
 * JavaFX (ArchUnit's {@code LayeringTest}), so the command line and CI export with no display.
 */
package org.gatelab.export;
