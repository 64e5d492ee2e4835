package org.gatelab.export;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/** Draws a view as an SVG document with JFreeSVG: shapes as paths, text as {@code <text>} elements. */
final class SvgExport {
    private SvgExport() {
    }

    /** The complete SVG document (with an XML declaration) of the request's view. */
    static String document(ExportSource src, ExportRequest req) {
        SVGGraphics2D g = new SVGGraphics2D(req.width(), req.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFontFunction(ExportFonts::cssFamily);
        Graphics2DSurface s = new Graphics2DSurface(g, req.width(), req.height(), true, true);
        new FigurePainter().paint(s, src, req.view(), req.selection(), req.options(), req.theme().palette(),
                !req.transparent());
        s.finish();
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, (int) Math.ceil(req.width()),
                (int) Math.ceil(req.height())), null, null);
        g.dispose();
        // keep runs of spaces inside texts (equations align with them)
        svg = svg.replaceFirst("<svg ", "<svg xml:space='preserve' ");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
    }
}
