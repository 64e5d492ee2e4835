package org.gatelab.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Draws views as PDF pages through PDFBox's Graphics2D bridge: one page per request, one logical pixel per
 * point, shapes as vectors, text as text in the embedded DejaVu fonts ({@link ExportFonts}), so it can be
 * searched and copied.
 */
final class PdfExport {
    private PdfExport() {
    }

    /** Writes one page per request to {@code out}. */
    static void write(ExportSource src, List<ExportRequest> pages, String title, OutputStream out) throws IOException {
        write(pages.stream().map(r -> new PdfPage(src, r)).toList(), title, out);
    }

    /** Writes one page per page (each with its own run) to {@code out}. */
    static void write(List<PdfPage> pages, String title, OutputStream out) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one page");
        }
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = fonts(doc)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("GateLab");
            info.setCreationDate(Calendar.getInstance());
            for (PdfPage p : pages) {
                ExportRequest req = p.request();
                ExportSource src = p.source();
                float w = (float) req.width();
                float h = (float) req.height();
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
                try {
                    g.setFontTextDrawer(fonts);
                    Graphics2DSurface s = new Graphics2DSurface(g, req.width(), req.height(), true);
                    new FigurePainter().paint(s, src, req.view(), req.selection(), req.options(),
                            req.theme().palette(), !req.transparent());
                    s.finish();
                } finally {
                    g.dispose();
                }
                PDFormXObject form = g.getXFormObject();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawForm(form);
                }
            }
            doc.save(out);
        }
    }

    /**
     * Text in the export's fonts ({@link ExportFonts}), embedded as subsets; text in a font that is not
     * registered (only if the fonts could not be loaded) falls back to Helvetica and Courier, and characters
     * those lack to outlines. Typeset maths ({@link TeXGraphics}) is always drawn as outlines: its fonts put
     * glyphs at code points where a standard font has other letters.
     */
    static PdfBoxGraphics2DFontTextDrawer fonts(PDDocument doc) throws IOException {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawerDefaultFonts() {
            @Override
            protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException, FontFormatException {
                return TeXGraphics.isMathFont(font) ? null : super.mapFont(font, env);
            }
        };
        for (ExportFonts.Face face : ExportFonts.all()) {
            if (face.font() != null) {
                PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(face.bytes()), true);
                drawer.registerFont(face.font().getFontName(), font);
            }
        }
        return drawer;
    }
}
