package org.gatelab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.math.FormulaBox;
import org.gatelab.render.math.MathType;
import org.gatelab.render.math.PlainMath;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.junit.jupiter.api.Test;

/** Typeset maths in every export format: JLaTeXMath's layout, drawn as pixels, SVG paths and PDF outlines. */
class TeXGraphicsTest {
    private static final String FORMULA = "\\frac{\\partial L}{\\partial h_{t-1}} = W_{hh}^\\top \\frac{\\partial L}"
            + "{\\partial h_t}";
    private static final Rgb INK = Rgb.hex("#b8328a");
    private static final double X = 40;
    private static final double BASELINE = 90;
    private static final double TEXT = 20;

    private static void draw(Surface s, String latex) {
        s.setFill(Rgb.hex("#ffffff"));
        s.fillRect(0, 0, s.width(), s.height());
        s.setFill(INK);
        s.formula(latex, X, BASELINE, TEXT, true, HAlign.LEFT, VAlign.BASELINE);
    }

    @Test
    void measuresAsTeXLaysOut() {
        FormulaBox x = TeXGraphics.measure("x", 100, false);
        // Computer Modern's x-height is 0.431 em and an x has no descender
        assertEquals(43.1, x.ascent(), 0.5);
        assertEquals(0, x.descent(), 0.01);
        FormulaBox frac = TeXGraphics.measure(FORMULA, 20, true);
        FormulaBox inline = TeXGraphics.measure(FORMULA, 20, false);
        assertTrue(frac.height() > inline.height(), "display style sets fractions larger");
        assertTrue(frac.descent() > 5, "the denominators hang below the baseline");
        assertEquals(2 * TeXGraphics.measure("h_t", 10, false).width(), TeXGraphics.measure("h_t", 20, false).width(),
                1e-3);
    }

    @Test
    void latexItCannotReadIsRefusedWithJLaTeXMathsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TeXGraphics.measure("\\tanhh(x)", 20, false));
        assertTrue(e.getMessage().contains("tanhh"), e.getMessage());
    }

    @Test
    void pngInkStaysInTheFormulasBoxAndHasItsColour() {
        BufferedImage img = new BufferedImage(700, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Graphics2DSurface s = new Graphics2DSurface(g, 700, 200, false);
        draw(s, FORMULA);
        g.dispose();
        FormulaBox box = s.formulaBox(FORMULA, TEXT, true);
        assertEquals(TeXGraphics.measure(FORMULA, MathType.size(TEXT), true), box);
        int inside = 0;
        int outside = 0;
        boolean inkColour = false;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y) & 0xffffff;
                if (c == 0xffffff) {
                    continue;
                }
                // TeX's boxes leave out an italic letter's overhang: a pixel or two
                boolean in = x >= X - 3 && x <= X + box.width() + 3 && y >= BASELINE - box.ascent() - 3
                        && y <= BASELINE + box.descent() + 3;
                if (in) {
                    inside++;
                } else {
                    outside++;
                }
                inkColour |= c == (INK.argb() & 0xffffff);
            }
        }
        assertTrue(inside > 500, inside + " pixels of ink in the box");
        assertEquals(0, outside, "no ink outside the measured box");
        assertTrue(inkColour, "drawn in the fill colour");
    }

    @Test
    void svgDrawsTheGlyphsAsPathsAndTheRestAsText() {
        SVGGraphics2D g = new SVGGraphics2D(700, 200);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        Graphics2DSurface s = new Graphics2DSurface(g, 700, 200, true, true);
        draw(s, FORMULA);
        s.setFont(12, false, false);
        s.text("a caption", 10, 190, HAlign.LEFT, VAlign.BASELINE);
        String svg = g.getSVGDocument();
        assertTrue(count(svg, "<path") > 10, "the formula's glyphs are paths");
        assertFalse(svg.contains("jlm"), "no JLaTeXMath font is named: no viewer has them");
        assertEquals(1, count(svg, "<text"), "the caption stays text");
        assertTrue(svg.contains(INK.hex()) || svg.contains("rgb(184,50,138)"), "in the fill colour");
    }

    @Test
    void unreadableLatexFallsBackToItsPlainReading() {
        SVGGraphics2D g = new SVGGraphics2D(700, 200);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        Graphics2DSurface s = new Graphics2DSurface(g, 700, 200, true, true);
        draw(s, "\\nosuchcommand{h_t}");
        assertTrue(g.getSVGDocument().contains(">" + PlainMath.of("\\nosuchcommand{h_t}") + "<"));
    }

    @Test
    void pdfDrawsTheGlyphsAsOutlinesWithoutSubstituteFonts() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = PdfExport.fonts(doc)) {
            PDPage page = new PDPage(new PDRectangle(700, 200));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, 700, 200);
            g.setFontTextDrawer(fonts);
            Graphics2DSurface s = new Graphics2DSurface(g, 700, 200, true);
            draw(s, FORMULA);
            s.finish();
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            doc.save(bytes);
        }
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            List<String> fonts = new ArrayList<>();
            collectFonts(doc.getPage(0).getResources(), fonts);
            assertTrue(fonts.stream().noneMatch(f -> f.contains("jlm") || f.contains("Helvetica")
                    || f.contains("Times") || f.contains("Courier")), "no font stands in for the formula: " + fonts);
            BufferedImage img = new PDFRenderer(doc).renderImage(0, 1);
            FormulaBox box = TeXGraphics.measure(FORMULA, MathType.size(TEXT), true);
            int ink = 0;
            for (int y = (int) (BASELINE - box.ascent()); y < BASELINE + box.descent(); y++) {
                for (int x = (int) X; x < X + box.width(); x++) {
                    if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                        ink++;
                    }
                }
            }
            assertTrue(ink > 500, ink + " pixels of ink where the formula is");
        }
    }

    private static void collectFonts(PDResources resources, List<String> out) throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name).getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out);
            }
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
