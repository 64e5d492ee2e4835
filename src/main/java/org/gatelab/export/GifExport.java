package org.gatelab.export;

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

/**
 * Writes frames one by one as an animated GIF that loops forever, with the JDK's GIF writer (which reduces
 * each frame to 256 colours). Only one frame is held at a time.
 */
final class GifExport implements AutoCloseable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream ios;
    private final int frameMillis;
    private int count;

    /** Starts a GIF on {@code out}; each frame is shown {@code frameMillis}. */
    GifExport(OutputStream out, int frameMillis) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no GIF writer");
        }
        this.writer = writers.next();
        this.ios = new MemoryCacheImageOutputStream(out);
        this.frameMillis = frameMillis;
        writer.setOutput(ios);
        writer.prepareWriteSequence(null);
    }

    /** Appends an opaque frame (all frames the same size). */
    void add(BufferedImage frame) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        configure(meta, frameMillis, count == 0);
        writer.writeToSequence(new IIOImage(frame, null, meta), param);
        count++;
    }

    /** Ends the sequence and flushes (the underlying stream stays open). */
    @Override
    public void close() throws IOException {
        try {
            if (count == 0) {
                throw new IllegalStateException("an animation needs at least one frame");
            }
            writer.endWriteSequence();
            ios.flush();
            ios.close();
        } finally {
            writer.dispose();
        }
    }

    /** The frame's delay (in hundredths of a second) and, on the first frame, the Netscape loop extension. */
    private static void configure(IIOMetadata meta, int frameMillis, boolean first) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(2, Math.round(frameMillis / 10f))));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            apps.appendChild(loop);
        }
        try {
            meta.setFromTree(FORMAT, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot describe the GIF's frames: " + e.getMessage(), e);
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
