package org.gatelab.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Draws a view into a {@link BufferedImage} at the request's scale, and writes PNGs. */
final class Rasterizer {
    /** Logical pixels per inch: a PNG at scale s says 96·s dpi, so slide programs place it at its logical size. */
    private static final double LOGICAL_DPI = 96;

    private Rasterizer() {
    }

    /**
     * The view drawn at {@code req.scale()} pixels per logical pixel (ARGB; transparent where nothing was drawn
     * if {@code transparent}).
     */
    static BufferedImage render(ExportSource src, ExportRequest req, boolean transparent) {
        BufferedImage img = new BufferedImage(req.pixelWidth(), req.pixelHeight(), transparent
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(req.scale(), req.scale());
            Graphics2DSurface s = new Graphics2DSurface(g, req.width(), req.height(), false);
            new FigurePainter().paint(s, src, req.view(), req.selection(), req.options(), req.theme().palette(),
                    !transparent);
            s.finish();
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Writes {@code img} as PNG with its resolution ({@code 96 · scale} dpi) to {@code out}. */
    static void writePng(BufferedImage img, int scale, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            withResolution(meta, scale);
            writer.write(null, new IIOImage(img, null, meta), param);
            ios.flush();
        } finally {
            writer.dispose();
        }
    }

    private static void withResolution(IIOMetadata meta, int scale) {
        String format = "javax_imageio_png_1.0";
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(LOGICAL_DPI * scale / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(phys);
        try {
            meta.mergeTree(format, root);
        } catch (IIOInvalidTreeException | IllegalStateException e) {
            // the resolution is a courtesy for slide programs: without it the PNG is still right
        }
    }
}
