package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafetensorsTest {

    private static final String SOURCE = "model.safetensors";

    @TempDir
    Path dir;

    // ------------------------------------------------------------ helpers

    /** A file: 8-byte little-endian header length, the header as given, then the data. */
    private static byte[] file(String header, byte[] data) {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        return file(json.length, json, data);
    }

    private static byte[] file(long declaredHeaderLength, byte[] header, byte[] data) {
        return ByteBuffer.allocate(8 + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(declaredHeaderLength).put(header).put(data).array();
    }

    private static byte[] doubles(double... values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    private static byte[] shorts(int... values) {
        ByteBuffer b = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }

    private static String entry(String name, String dtype, String shape, String offsets) {
        return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape + ",\"data_offsets\":" + offsets + "}";
    }

    private static String manyEmptyTensors(int count) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : ",").append(entry("t" + i, "F32", "[0]", "[0,0]"));
        }
        return b.append('}').toString();
    }

    private static SafetensorsFile sample() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", "pt");
        meta.put("note", "héllo \"quoted\" ✓");
        return new SafetensorsFile(List.of(
                new TensorData("weight_ih_l0", new int[] {2, 3}, new double[] {1, -2.5, 3.25, 0.1, -0.0, 1e-3}),
                new TensorData("bias", new int[] {3}, new double[] {Double.NaN, Double.POSITIVE_INFINITY, -7}),
                new TensorData("scalar", new int[] {}, new double[] {42}),
                new TensorData("empty", new int[] {0, 4}, new double[0])), meta);
    }

    // ------------------------------------------------------------ round trips

    @Test
    void roundTripF64KeepsValuesMetadataAndOrder() throws IOException {
        Path path = dir.resolve("model.safetensors");
        SafetensorsFile original = sample();
        Safetensors.write(path, original, Dtype.F64);
        SafetensorsFile read = Safetensors.read(path);

        assertEquals(original, read);
        assertEquals(List.of("weight_ih_l0", "bias", "scalar", "empty"), List.copyOf(read.tensors().keySet()));
        assertEquals(original.metadata(), read.metadata());
        assertEquals(0, read.tensor("scalar").orElseThrow().rank());
        assertEquals(1, read.tensor("scalar").orElseThrow().size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(path), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void roundTripF32NarrowsToFloat() throws IOException {
        Path path = dir.resolve("f32.safetensors");
        SafetensorsFile original = sample();
        Safetensors.write(path, original, Dtype.F32);
        SafetensorsFile read = Safetensors.read(path);

        assertEquals(original.metadata(), read.metadata());
        for (TensorData t : original.tensors().values()) {
            TensorData r = read.tensor(t.name()).orElseThrow();
            assertArrayEquals(t.shape(), r.shape());
            double[] expected = t.values();
            for (int i = 0; i < expected.length; i++) {
                expected[i] = (float) expected[i];
            }
            assertArrayEquals(expected, r.values());
        }
        // 8 (length) + header + 4 bytes per value
        long header = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(8 + header + 4 * (6 + 3 + 1), Files.size(path));
    }

    @Test
    void writesExactlyTheSpecifiedBytes() throws IOException {
        SafetensorsFile f = new SafetensorsFile(
                List.of(new TensorData("w", new int[] {2}, new double[] {1.5, -2})), Map.of("k", "v"));
        String json = "{\"__metadata__\":{\"k\":\"v\"},\"w\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,16]}}";
        String padded = json + " ".repeat((8 - json.length() % 8) % 8);

        byte[] bytes = Safetensors.toBytes(f, Dtype.F64);

        assertArrayEquals(file(padded, doubles(1.5, -2)), bytes);
        assertEquals(0, (bytes.length - 16 - 8) % 8, "header padded to a multiple of 8");
        Path path = dir.resolve("exact.safetensors");
        Safetensors.write(path, f, Dtype.F64);
        assertArrayEquals(bytes, Files.readAllBytes(path));
    }

    @Test
    void readsHandBuiltFileInDataOffsetOrder() throws IOException {
        String header = "{\"__metadata__\":{\"format\":\"pt\"},"
                + entry("b", "F32", "[2]", "[16,24]") + ","
                + entry("a", "F64", "[1,2]", "[0,16]") + "}     "; // trailing space padding
        ByteBuffer data = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
                .putDouble(1.5).putDouble(-2.0).putFloat(0.25f).putFloat(3.0f);

        SafetensorsFile f = Safetensors.read(file(header, data.array()), SOURCE);

        assertEquals(List.of("a", "b"), List.copyOf(f.tensors().keySet()));
        assertArrayEquals(new int[] {1, 2}, f.tensor("a").orElseThrow().shape());
        assertArrayEquals(new double[] {1.5, -2.0}, f.tensor("a").orElseThrow().values());
        assertArrayEquals(new double[] {0.25, 3.0}, f.tensor("b").orElseThrow().values());
        assertEquals(Map.of("format", "pt"), f.metadata());
    }

    @Test
    void readsF16AndBf16() throws IOException {
        String header = "{" + entry("h", "F16", "[8]", "[0,16]") + "," + entry("b", "BF16", "[3]", "[16,22]") + "}";
        byte[] data = new byte[22];
        System.arraycopy(shorts(0x3C00, 0xC000, 0x7BFF, 0x0001, 0x7C00, 0xFC00, 0x8000, 0x3555), 0, data, 0, 16);
        System.arraycopy(shorts(0x3F80, 0xC0A0, 0x7FC0), 0, data, 16, 6);

        SafetensorsFile f = Safetensors.read(file(header, data), SOURCE);

        assertArrayEquals(new double[] {1.0, -2.0, 65504.0, 0x1p-24, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, -0.0, 0.333251953125}, f.tensor("h").orElseThrow().values());
        assertArrayEquals(new double[] {1.0, -5.0, Double.NaN}, f.tensor("b").orElseThrow().values());
        assertTrue(Double.isNaN(Dtype.halfToDouble((short) 0x7E00)));
    }

    @Test
    void allowsGapsTrailingBytesAndEmptyTensors() throws IOException {
        String header = "{" + entry("a", "F64", "[1]", "[8,16]") + "," + entry("e", "F64", "[0]", "[12,12]")
                + "," + entry("b", "F64", "[1]", "[24,32]") + "}";
        byte[] data = doubles(0, 1, 0, 2, 0);

        SafetensorsFile f = Safetensors.read(file(header, data), SOURCE);

        assertEquals(List.of("a", "e", "b"), List.copyOf(f.tensors().keySet()));
        assertEquals(2.0, f.tensor("b").orElseThrow().get(0));
        assertEquals(0, f.tensor("e").orElseThrow().size());
    }

    @Test
    void readsNullMetadataAsEmptyAndIgnoresUnknownEntryKeys() throws IOException {
        String header = "{\"__metadata__\":null,\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8],"
                + "\"x\":{\"nested\":[1,2,{\"dtype\":\"I8\"}]},\"y\":\"z\"}}";
        SafetensorsFile f = Safetensors.read(file(header, doubles(3)), SOURCE);
        assertEquals(Map.of(), f.metadata());
        assertEquals(3.0, f.tensor("a").orElseThrow().get(0));
    }

    @Test
    void refusesToWriteReadOnlyDtypes() {
        assertThrows(IllegalArgumentException.class, () -> Safetensors.toBytes(sample(), Dtype.F16));
        assertThrows(IllegalArgumentException.class,
                () -> Safetensors.write(dir.resolve("x.safetensors"), sample(), Dtype.BF16));
        assertTrue(Files.notExists(dir.resolve("x.safetensors")));
    }

    // ------------------------------------------------------------ malformed input

    static Stream<Arguments> malformed() {
        String ok = entry("a", "F64", "[2]", "[0,16]");
        byte[] data16 = new byte[16];
        return Stream.of(
                Arguments.of("5-byte file", new byte[5], "too short"),
                Arguments.of("empty file", new byte[0], "file is 0 bytes"),
                Arguments.of("header longer than file", file(1000, new byte[20], new byte[0]),
                        "header length 1000 bytes runs past the end of the file (28 bytes)"),
                Arguments.of("header length 2^64-1", file(-1L, new byte[20], new byte[0]),
                        "header length 18446744073709551615 bytes"),
                Arguments.of("empty header", file("", data16), "header is not a JSON object"),
                Arguments.of("bad UTF-8", file(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}.length,
                        new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}, data16), "not valid UTF-8"),
                Arguments.of("UTF-8 surrogate", file(8, new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"',
                        ' ', ' ', ' '}, data16), "not valid UTF-8"),
                Arguments.of("not JSON", file("hello", data16), "header is not valid JSON"),
                Arguments.of("truncated JSON", file("{" + ok, data16), "header is not valid JSON"),
                Arguments.of("JSON array", file("[1,2]", data16), "header is not a JSON object"),
                Arguments.of("JSON number", file("42", data16), "header is not a JSON object"),
                Arguments.of("content after object", file("{" + ok + "} {}", data16), "unexpected content after"),
                Arguments.of("garbage after object", file("{" + ok + "}x", data16), "not valid JSON"),
                Arguments.of("entry not an object", file("{\"a\":5}", data16),
                        "tensor \"a\": entry must be a JSON object, found number 5"),
                Arguments.of("missing dtype", file("{\"a\":{\"shape\":[2],\"data_offsets\":[0,16]}}", data16),
                        "tensor \"a\": missing \"dtype\""),
                Arguments.of("missing shape", file("{\"a\":{\"dtype\":\"F64\",\"data_offsets\":[0,16]}}", data16),
                        "tensor \"a\": missing \"shape\""),
                Arguments.of("missing data_offsets", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[2]}}", data16),
                        "tensor \"a\": missing \"data_offsets\""),
                Arguments.of("dtype not a string", file("{" + entry("a", "F64", "[2]", "[0,16]")
                        .replace("\"F64\"", "64") + "}", data16), "\"dtype\" must be a string, found number 64"),
                Arguments.of("unknown dtype", file("{" + entry("a", "I64", "[2]", "[0,16]") + "}", data16),
                        "unsupported dtype \"I64\""),
                Arguments.of("lower-case dtype", file("{" + entry("a", "f64", "[2]", "[0,16]") + "}", data16),
                        "unsupported dtype \"f64\""),
                Arguments.of("shape not an array", file("{" + entry("a", "F64", "2", "[0,16]") + "}", data16),
                        "\"shape\" must be an array of integers, found number 2"),
                Arguments.of("negative dim", file("{" + entry("a", "F64", "[-2]", "[0,16]") + "}", data16),
                        "\"shape\" value -2 is negative"),
                Arguments.of("fractional dim", file("{" + entry("a", "F64", "[1.5]", "[0,16]") + "}", data16),
                        "\"shape\" value 1.5 is not an integer"),
                Arguments.of("string dim", file("{" + entry("a", "F64", "[\"2\"]", "[0,16]") + "}", data16),
                        "\"shape\" value \"2\" is not an integer"),
                Arguments.of("huge dim", file("{" + entry("a", "F64", "[3000000000]", "[0,16]") + "}", data16),
                        "dimension 3000000000 is too large"),
                Arguments.of("shape product overflow", file("{" + entry("a", "F64",
                        "[2147483647,2147483647,2147483647]", "[0,16]") + "}", data16), "overflows"),
                Arguments.of("byte size overflow", file("{" + entry("a", "F64",
                        "[2147483647,2147483647,2]", "[0,16]") + "}", data16), "overflows"),
                Arguments.of("offsets not a pair", file("{" + entry("a", "F64", "[2]", "[16]") + "}", data16),
                        "\"data_offsets\" must be an array of two integers [begin, end], found 1"),
                Arguments.of("three offsets", file("{" + entry("a", "F64", "[2]", "[0,16,16]") + "}", data16),
                        "\"data_offsets\" must be an array of two integers [begin, end], found more"),
                Arguments.of("nested offset", file("{" + entry("a", "F64", "[2]", "[[0],16]") + "}", data16),
                        "\"data_offsets\" value [...] is not an integer"),
                Arguments.of("offsets not an array", file("{" + entry("a", "F64", "[2]", "{}") + "}", data16),
                        "\"data_offsets\" must be an array of two integers [begin, end], found an object"),
                Arguments.of("too many dimensions", file("{" + entry("a", "F64", "[" + "1,".repeat(64) + "2]",
                        "[0,16]") + "}", data16), "\"shape\" has more than 64 dimensions"),
                Arguments.of("float-looking integer", file("{" + entry("a", "F64", "[2.0]", "[0,16]") + "}", data16),
                        "\"shape\" value 2.0 is not an integer"),
                Arguments.of("dtype null", file("{" + entry("a", "F64", "[2]", "[0,16]").replace("\"F64\"", "null")
                        + "}", data16), "\"dtype\" must be a string, found null"),
                Arguments.of("offset beyond u64", file("{" + entry("a", "F64", "[2]",
                        "[0,99999999999999999999999]") + "}", data16), "is too large"),
                Arguments.of("negative offset", file("{" + entry("a", "F64", "[2]", "[-16,0]") + "}", data16),
                        "\"data_offsets\" value -16 is negative"),
                Arguments.of("begin after end", file("{" + entry("a", "F64", "[2]", "[16,0]") + "}", data16),
                        "data_offsets [16, 0] begin after they end"),
                Arguments.of("size disagrees with shape", file("{" + entry("weight_ih_l0", "F64", "[8,3]", "[0,96]")
                        + "}", new byte[96]), "tensor \"weight_ih_l0\": shape [8, 3] needs 192 bytes of F64 but "
                        + "data_offsets [0, 96] span 96"),
                Arguments.of("data past end of file", file("{" + entry("a", "F64", "[4]", "[0,32]") + "}", data16),
                        "data_offsets [0, 32] reach past the end of the data section, which has 16 bytes"),
                Arguments.of("overlapping tensors", file("{" + entry("a", "F64", "[2]", "[0,16]") + ","
                        + entry("b", "F64", "[2]", "[8,24]") + "}", new byte[24]),
                        "tensors \"a\" [0, 16] and \"b\" [8, 24] overlap"),
                Arguments.of("identical ranges", file("{" + entry("a", "F64", "[2]", "[0,16]") + ","
                        + entry("b", "F32", "[4]", "[0,16]") + "}", data16), "overlap"),
                Arguments.of("duplicate tensor", file("{" + ok + "," + ok + "}", data16),
                        "duplicate tensor name \"a\""),
                Arguments.of("duplicate metadata", file("{\"__metadata__\":{},\"__metadata__\":{}}", data16),
                        "duplicate \"__metadata__\" key"),
                Arguments.of("duplicate key in entry", file("{\"a\":{\"dtype\":\"F64\",\"dtype\":\"F32\","
                        + "\"shape\":[2],\"data_offsets\":[0,16]}}", data16), "tensor \"a\": duplicate key \"dtype\""),
                Arguments.of("duplicate metadata key", file("{\"__metadata__\":{\"k\":\"1\",\"k\":\"2\"}}", data16),
                        "\"__metadata__\" has duplicate key \"k\""),
                Arguments.of("too many tensors", file(manyEmptyTensors(SafetensorsHeader.MAX_TENSORS + 1), data16),
                        "header lists more than 100000 tensors"),
                Arguments.of("metadata not an object", file("{\"__metadata__\":[1]}", data16),
                        "\"__metadata__\" must be a JSON object, found an array"),
                Arguments.of("metadata value not a string", file("{\"__metadata__\":{\"epochs\":3}}", data16),
                        "\"__metadata__\" value for key \"epochs\" must be a string, found number 3"),
                Arguments.of("deep nesting", file("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                        data16), "tensor \"a\": entry must be a JSON object, found an array"),
                Arguments.of("deep nesting in an ignored key", file("{\"a\":{\"x\":" + "{\"y\":".repeat(100_000)
                        + "1" + "}".repeat(100_000) + "}}", data16),
                        "header is not valid JSON: Document nesting depth (65) exceeds the maximum allowed (64)"),
                Arguments.of("absurd number", file("{" + entry("a", "F64", "[" + "9".repeat(5000) + "]", "[0,16]")
                        + "}", data16), "not valid JSON"),
                Arguments.of("hostile name is quoted", file("{\"x\\\"\\u0000" + "y".repeat(500) + "\":5}", data16),
                        "tensor \"x\\\"\\u0000yyy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesMalformedFiles(String description, byte[] bytes, String expectedProblem) {
        SafetensorsFormatException e = assertThrows(SafetensorsFormatException.class,
                () -> Safetensors.read(bytes, SOURCE));
        assertTrue(e.getMessage().startsWith(SOURCE + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expectedProblem), () -> "expected \"" + expectedProblem + "\" in: "
                + e.getMessage());
        assertTrue(e.getMessage().length() < 600, "message stays short: " + e.getMessage().length());
        assertEquals(SOURCE, e.source());
    }

    @Test
    void refusesAbsurdHeaderLengthQuicklyWithoutAllocating() throws IOException {
        Path path = dir.resolve("liar.safetensors");
        byte[] bytes = new byte[1024];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(8L << 30);
        Files.write(path, bytes);

        SafetensorsFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(SafetensorsFormatException.class, () -> Safetensors.read(path)));

        assertTrue(e.getMessage().contains("header length 8589934592 bytes runs past the end of the file (1024 bytes)"),
                e.getMessage());
        assertTrue(e.getMessage().startsWith(path.toString()), e.getMessage());
    }

    @Test
    void refusesHeaderOverTheCapEvenIfTheFileIsLargeEnough() throws IOException {
        Path path = dir.resolve("huge-header.safetensors");
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
            raf.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(150_000_000L).array());
            raf.setLength(160_000_000L); // sparse: costs no disk space
        }
        SafetensorsFormatException e = assertThrows(SafetensorsFormatException.class, () -> Safetensors.read(path));
        assertTrue(e.getMessage().contains("header length 150000000 bytes exceeds the limit of 100000000 bytes"),
                e.getMessage());
    }

    @Test
    void refusesTruncatedFileOnDisk() throws IOException {
        byte[] whole = Safetensors.toBytes(sample(), Dtype.F64);
        Path path = dir.resolve("truncated.safetensors");
        Files.write(path, java.util.Arrays.copyOf(whole, whole.length - 1));
        SafetensorsFormatException e = assertThrows(SafetensorsFormatException.class, () -> Safetensors.read(path));
        assertTrue(e.getMessage().contains("reach past the end of the data section"), e.getMessage());
    }

    @Test
    void missingFileIsAPlainIoException() {
        assertThrows(NoSuchFileException.class, () -> Safetensors.read(dir.resolve("absent.safetensors")));
    }

    /** Random corruption must only ever produce a SafetensorsFormatException, never anything unchecked. */
    @Test
    void survivesRandomCorruption() {
        byte[] valid = Safetensors.toBytes(sample(), Dtype.F32);
        Random random = new Random(12345);
        for (int round = 0; round < 5000; round++) {
            byte[] bytes = valid.clone();
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            if (random.nextInt(4) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            try {
                Safetensors.read(bytes, SOURCE);
            } catch (SafetensorsFormatException expected) {
                assertTrue(expected.getMessage().startsWith(SOURCE + ": "));
            }
        }
    }

    // ------------------------------------------------------------ value classes

    @Test
    void tensorDataIsImmutable() {
        int[] shape = {2};
        double[] values = {1, 2};
        TensorData t = new TensorData("t", shape, values);
        shape[0] = 99;
        values[0] = 99;
        t.shape()[0] = 77;
        t.values()[0] = 77;
        assertArrayEquals(new int[] {2}, t.shape());
        assertArrayEquals(new double[] {1, 2}, t.values());
        assertEquals(2.0, t.get(1));
        assertEquals(1, t.rank());
        assertThrows(IndexOutOfBoundsException.class, () -> t.get(2));
    }

    @Test
    void tensorDataRejectsInconsistentInput() {
        assertThrows(IllegalArgumentException.class, () -> new TensorData("t", new int[] {2, 2}, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new TensorData("t", new int[] {-1}, new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> new TensorData("t", new int[] {65536, 65536}, new double[0]));
        assertEquals(0, new TensorData("t", new int[] {65536, 65536, 0}, new double[0]).size());
    }

    @Test
    void safetensorsFileRejectsDuplicateAndReservedNames() {
        TensorData a = new TensorData("a", new int[] {1}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> SafetensorsFile.of(a, a));
        assertThrows(IllegalArgumentException.class,
                () -> SafetensorsFile.of(new TensorData("__metadata__", new int[] {}, new double[] {1})));
        assertThrows(UnsupportedOperationException.class, () -> SafetensorsFile.of(a).tensors().clear());
    }
}
