package org.gatelab.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the <a href="https://github.com/huggingface/safetensors">safetensors</a> format.
 *
 * <p>Layout: an 8-byte little-endian unsigned header length {@code N}; {@code N} bytes of UTF-8 JSON mapping each
 * tensor name to {@code {"dtype", "shape", "data_offsets": [begin, end]}} (offsets relative to the data section),
 * plus an optional {@code "__metadata__"} object of strings; then the data section, little-endian and row-major.
 *
 * <p>Reading accepts F64, F32, F16 and BF16 and converts to {@code double}. Input is treated as hostile: every
 * malformed, inconsistent or unsupported file is refused with a {@link SafetensorsFormatException} naming the file
 * and the problem, before any large allocation. Gaps between tensors and unused bytes after the last tensor are
 * allowed; overlapping tensors are not. Writing produces F64 or F32, with tensors stored back to back in map order
 * and the header padded with spaces to a multiple of 8 bytes.
 */
public final class Safetensors {

    /** Largest header accepted, in bytes (the limit the reference implementation uses). */
    public static final long MAX_HEADER_BYTES = 100_000_000;

    private static final int CHUNK_BYTES = 1 << 16; // a multiple of every dtype's size
    private static final ObjectMapper WRITER = Json.writer();

    private Safetensors() {
    }

    /**
     * Reads a file. Only the header and the tensors' own bytes are read, tensor by tensor.
     *
     * @param path the file
     * @return its tensors (in data-offset order) and metadata
     * @throws SafetensorsFormatException if the file is malformed or unsupported
     * @throws IOException                if the file cannot be opened or read
     */
    public static SafetensorsFile read(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return read(ByteSource.of(channel), path.toString());
        }
    }

    /**
     * Reads a file's content from memory.
     *
     * @param bytes      the complete file content
     * @param sourceName the name to use in error messages
     * @return its tensors (in data-offset order) and metadata
     * @throws SafetensorsFormatException if the content is malformed or unsupported
     */
    public static SafetensorsFile read(byte[] bytes, String sourceName) throws SafetensorsFormatException {
        try {
            return read(ByteSource.of(bytes), sourceName);
        } catch (SafetensorsFormatException e) {
            throw e;
        } catch (IOException e) { // an in-memory source has no other I/O failures; kept for completeness
            throw new SafetensorsFormatException(sourceName, "cannot read: " + e, e);
        }
    }

    /**
     * Atomically writes a file (see {@link AtomicFiles#write}).
     *
     * @param path  the file to create or replace
     * @param file  the tensors and metadata
     * @param dtype {@link Dtype#F64} or {@link Dtype#F32} (values are narrowed with a {@code (float)} cast)
     * @throws IllegalArgumentException if {@code dtype} is not writable
     * @throws IOException              if the file cannot be written; its previous content is then kept
     */
    public static void write(Path path, SafetensorsFile file, Dtype dtype) throws IOException {
        byte[] header = header(file, dtype);
        AtomicFiles.write(path, out -> writeTo(out, header, file, dtype));
    }

    /**
     * Encodes a file in memory, exactly as {@link #write(Path, SafetensorsFile, Dtype)} would write it.
     *
     * @param file  the tensors and metadata
     * @param dtype {@link Dtype#F64} or {@link Dtype#F32}
     * @return the file content
     * @throws IllegalArgumentException if {@code dtype} is not writable or the result would exceed 2 GB
     */
    public static byte[] toBytes(SafetensorsFile file, Dtype dtype) {
        byte[] header = header(file, dtype);
        long total = 8L + header.length + dataLength(file, dtype);
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(total + " bytes are too many for one array; write to a file");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) total);
        try {
            writeTo(out, header, file, dtype);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory write failed", e); // ByteArrayOutputStream never throws
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- reading

    private static SafetensorsFile read(ByteSource src, String source) throws IOException {
        long fileSize = src.size();
        if (fileSize < 8) {
            throw new SafetensorsFormatException(source, "file is " + fileSize
                    + " bytes long, too short for the 8-byte header length that starts a safetensors file");
        }
        ByteBuffer lengthBytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        readFully(src, 0, lengthBytes, source);
        long headerLength = lengthBytes.getLong(0); // unsigned: a negative value means >= 2^63
        if (headerLength < 0 || headerLength > fileSize - 8) {
            throw new SafetensorsFormatException(source, "header length " + Long.toUnsignedString(headerLength)
                    + " bytes runs past the end of the file (" + fileSize + " bytes)");
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw new SafetensorsFormatException(source, "header length " + headerLength
                    + " bytes exceeds the limit of " + MAX_HEADER_BYTES + " bytes");
        }
        ByteBuffer json = ByteBuffer.allocate((int) headerLength);
        readFully(src, 8, json, source);
        long dataStart = 8 + headerLength;
        SafetensorsHeader header = SafetensorsHeader.parse(json.array(), fileSize - dataStart, source);
        checkHeap(header.entries(), source);

        List<TensorData> tensors = new ArrayList<>(header.entries().size());
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (SafetensorsHeader.Entry e : header.entries()) {
            tensors.add(readTensor(src, dataStart, e, chunk, source));
        }
        return new SafetensorsFile(tensors, header.metadata());
    }

    private static TensorData readTensor(ByteSource src, long dataStart, SafetensorsHeader.Entry e,
            ByteBuffer chunk, String source) throws IOException {
        int size = e.dtype().byteSize();
        double[] values = new double[e.elements()];
        long position = dataStart + e.begin();
        for (int done = 0; done < values.length; ) {
            int count = Math.min(values.length - done, CHUNK_BYTES / size);
            chunk.clear().limit(count * size);
            readFully(src, position, chunk, source);
            chunk.flip();
            e.dtype().decode(chunk, values, done, count);
            done += count;
            position += (long) count * size;
        }
        return TensorData.adopt(e.name(), e.shape(), values);
    }

    /** Refuses files whose tensors, as doubles, could never fit in this JVM's heap. */
    private static void checkHeap(List<SafetensorsHeader.Entry> entries, String source)
            throws SafetensorsFormatException {
        long bytes = 0;
        for (SafetensorsHeader.Entry e : entries) {
            bytes += 8L * e.elements(); // elements sum to at most the file size, so no overflow
        }
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > max) {
            throw new SafetensorsFormatException(source, "its tensors need " + (bytes >> 20)
                    + " MiB as doubles, more than the Java heap limit of " + (max >> 20) + " MiB");
        }
    }

    private static void readFully(ByteSource src, long position, ByteBuffer dst, String source) throws IOException {
        try {
            src.readFully(position, dst);
        } catch (EOFException e) {
            throw new SafetensorsFormatException(source, "file ended unexpectedly before byte "
                    + (position + dst.limit()) + " (was it changed while being read?)", e);
        } catch (SafetensorsFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- writing

    private static byte[] header(SafetensorsFile file, Dtype dtype) {
        if (!dtype.isWritable()) {
            throw new IllegalArgumentException("cannot write " + dtype + "; use F64 or F32");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        if (!file.metadata().isEmpty()) {
            json.put(SafetensorsFile.METADATA_KEY, file.metadata());
        }
        long offset = 0;
        for (TensorData t : file.tensors().values()) {
            long end = offset + (long) t.size() * dtype.byteSize();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("dtype", dtype.name());
            entry.put("shape", t.shape());
            entry.put("data_offsets", new long[] {offset, end});
            json.put(t.name(), entry);
            offset = end;
        }
        byte[] bytes;
        try {
            bytes = WRITER.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode header", e); // plain maps of strings and numbers
        }
        int padded = (bytes.length + 7) & ~7;
        byte[] result = Arrays.copyOf(bytes, padded);
        Arrays.fill(result, bytes.length, padded, (byte) ' ');
        return result;
    }

    private static long dataLength(SafetensorsFile file, Dtype dtype) {
        long total = 0;
        for (TensorData t : file.tensors().values()) {
            total += (long) t.size() * dtype.byteSize();
        }
        return total;
    }

    private static void writeTo(OutputStream out, byte[] header, SafetensorsFile file, Dtype dtype)
            throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(header.length);
        out.write(buf.array(), 0, buf.position());
        out.write(header);
        buf.clear();
        for (TensorData t : file.tensors().values()) {
            for (int i = 0, n = t.size(); i < n; i++) {
                if (buf.remaining() < dtype.byteSize()) {
                    out.write(buf.array(), 0, buf.position());
                    buf.clear();
                }
                dtype.encode(t.get(i), buf);
            }
        }
        out.write(buf.array(), 0, buf.position());
    }
}
