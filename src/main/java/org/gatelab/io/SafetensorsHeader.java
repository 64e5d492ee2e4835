package org.gatelab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses and validates a safetensors JSON header against the size of the data section that follows it.
 * Every problem becomes a {@link SafetensorsFormatException}; nothing here trusts the input.
 */
final class SafetensorsHeader {

    /** Deepest JSON nesting accepted; a valid header needs 3 (object, tensor entry, shape array). */
    static final int MAX_NESTING_DEPTH = 64;
    /** Largest number of elements one tensor may have (the practical limit for a Java array). */
    static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    /** Most tensors one header may list; bounds the memory a hostile header can make the reader use. */
    static final int MAX_TENSORS = 100_000;
    /** Most dimensions one tensor may have (NumPy's limit). */
    static final int MAX_RANK = 64;

    private static final JsonFactory JSON = Json.factory(new Json.Limits(MAX_NESTING_DEPTH, 100,
            Json.Limits.DEFAULT_STRING_LENGTH));

    /** One validated tensor entry; offsets are relative to the start of the data section. */
    record Entry(String name, Dtype dtype, int[] shape, int elements, long begin, long end) {
        long byteLength() {
            return end - begin;
        }
    }

    private final String source;
    private final long dataLength;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private SafetensorsHeader(String source, long dataLength) {
        this.source = source;
        this.dataLength = dataLength;
    }

    /**
     * Parses a header.
     *
     * @param json       the raw header bytes (UTF-8 JSON, possibly padded with spaces)
     * @param dataLength the number of bytes in the file after the header
     * @param source     the file name, for messages
     * @return the validated header, entries sorted by data offset
     */
    static SafetensorsHeader parse(byte[] json, long dataLength, String source) throws SafetensorsFormatException {
        SafetensorsHeader header = new SafetensorsHeader(source, dataLength);
        header.parseJson(decodeUtf8(json, source));
        header.entries.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        header.checkOverlaps();
        return header;
    }

    /** @return the tensor entries in file order (by data offset) */
    List<Entry> entries() {
        return entries;
    }

    /** @return the {@code __metadata__} map, empty if absent */
    Map<String, String> metadata() {
        return metadata;
    }

    private static CharBuffer decodeUtf8(byte[] json, String source) throws SafetensorsFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(json.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new SafetensorsFormatException(source,
                    "header is not valid UTF-8 (bad byte sequence at header byte " + in.position() + ")");
        }
        return out.flip();
    }

    private void parseJson(CharBuffer chars) throws SafetensorsFormatException {
        Set<String> seen = new HashSet<>();
        try (JsonParser p = JSON.createParser(chars.array(), 0, chars.limit())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error("header is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (!seen.add(key)) {
                    throw error(key.equals(SafetensorsFile.METADATA_KEY)
                            ? "duplicate \"" + key + "\" key" : "duplicate tensor name " + quote(key));
                }
                if (key.equals(SafetensorsFile.METADATA_KEY)) {
                    parseMetadata(p, value);
                } else if (entries.size() == MAX_TENSORS) {
                    throw error("header lists more than " + MAX_TENSORS + " tensors");
                } else {
                    entries.add(parseTensor(p, value, key));
                }
            }
            if (p.nextToken() != null) {
                throw error("unexpected content after the header's JSON object");
            }
        } catch (SafetensorsFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw error("header is not valid JSON" + where(e.getLocation()) + ": " + jacksonProblem(e), e);
        } catch (IOException | RuntimeException e) { // defence in depth: nothing unchecked may escape
            throw error("cannot parse header: " + e, e);
        }
    }

    private void parseMetadata(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw error("\"__metadata__\" must be a JSON object, found " + describe(p, token));
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value != JsonToken.VALUE_STRING) {
                throw error("\"__metadata__\" value for key " + quote(key) + " must be a string, found "
                        + describe(p, value));
            }
            if (metadata.putIfAbsent(key, p.getText()) != null) {
                throw error("\"__metadata__\" has duplicate key " + quote(key));
            }
        }
    }

    private Entry parseTensor(JsonParser p, JsonToken token, String name) throws IOException {
        String what = "tensor " + quote(name);
        if (token != JsonToken.START_OBJECT) {
            throw error(what + ": entry must be a JSON object, found " + describe(p, token));
        }
        Dtype dtype = null;
        int[] shape = null;
        long[] offsets = null;
        Set<String> fields = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (!fields.add(field)) {
                throw error(what + ": duplicate key " + quote(field));
            }
            switch (field) {
                case "dtype" -> dtype = parseDtype(p, value, what);
                case "shape" -> shape = parseShape(p, value, what);
                case "data_offsets" -> offsets = parseOffsets(p, value, what);
                default -> p.skipChildren(); // unknown keys are ignored, as by the reference implementation
            }
        }
        if (dtype == null || shape == null || offsets == null) {
            throw error(what + ": missing \"" + (dtype == null ? "dtype" : shape == null ? "shape" : "data_offsets")
                    + "\"");
        }
        return validate(what, name, dtype, shape, offsets);
    }

    private Entry validate(String what, String name, Dtype dtype, int[] shape, long[] offsets)
            throws SafetensorsFormatException {
        String offsetText = "data_offsets [" + offsets[0] + ", " + offsets[1] + "]";
        if (offsets[0] > offsets[1]) {
            throw error(what + ": " + offsetText + " begin after they end");
        }
        long elements = elementCount(what, shape);
        long needed = multiply(what, shape, elements, dtype.byteSize());
        long span = offsets[1] - offsets[0];
        if (needed != span) {
            throw error(what + ": shape " + Arrays.toString(shape) + " needs " + needed + " bytes of " + dtype
                    + " but " + offsetText + " span " + span);
        }
        if (offsets[1] > dataLength) {
            throw error(what + ": " + offsetText + " reach past the end of the data section, which has "
                    + dataLength + " bytes");
        }
        if (elements > MAX_ELEMENTS) {
            throw error(what + ": " + elements + " elements are more than one Java array can hold");
        }
        return new Entry(name, dtype, shape, (int) elements, offsets[0], offsets[1]);
    }

    private Dtype parseDtype(JsonParser p, JsonToken token, String what) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw error(what + ": \"dtype\" must be a string, found " + describe(p, token));
        }
        Dtype dtype = Dtype.fromName(p.getText());
        if (dtype == null) {
            throw error(what + ": unsupported dtype " + quote(p.getText())
                    + " (GateLab reads F64, F32, F16 and BF16)");
        }
        return dtype;
    }

    private int[] parseShape(JsonParser p, JsonToken token, String what) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw error(what + ": \"shape\" must be an array of integers, found " + describe(p, token));
        }
        int[] dims = new int[8];
        int rank = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (rank == MAX_RANK) {
                throw error(what + ": \"shape\" has more than " + MAX_RANK + " dimensions");
            }
            long dim = nonNegativeInteger(p, t, what, "shape");
            if (dim > Integer.MAX_VALUE) {
                throw error(what + ": \"shape\" dimension " + dim + " is too large");
            }
            if (rank == dims.length) {
                dims = Arrays.copyOf(dims, 2 * rank);
            }
            dims[rank++] = (int) dim;
        }
        return Arrays.copyOf(dims, rank);
    }

    private long[] parseOffsets(JsonParser p, JsonToken token, String what) throws IOException {
        String expected = what + ": \"data_offsets\" must be an array of two integers [begin, end]";
        if (token != JsonToken.START_ARRAY) {
            throw error(expected + ", found " + describe(p, token));
        }
        long[] offsets = new long[2];
        int count = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (count == 2) {
                throw error(expected + ", found more");
            }
            offsets[count++] = nonNegativeInteger(p, t, what, "data_offsets");
        }
        if (count != 2) {
            throw error(expected + ", found " + count);
        }
        return offsets;
    }

    private long nonNegativeInteger(JsonParser p, JsonToken t, String what, String field) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw error(what + ": \"" + field + "\" value " + text(p, t) + " is not an integer");
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw error(what + ": \"" + field + "\" value " + clip(p.getText(), 40) + " is too large");
        }
        long value = p.getLongValue();
        if (value < 0) {
            throw error(what + ": \"" + field + "\" value " + value + " is negative");
        }
        return value;
    }

    private long elementCount(String what, int[] shape) throws SafetensorsFormatException {
        long count = 1;
        for (int d : shape) {
            if (d == 0) {
                return 0;
            }
        }
        for (int d : shape) {
            count = multiply(what, shape, count, d);
        }
        return count;
    }

    private long multiply(String what, int[] shape, long a, long b) throws SafetensorsFormatException {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw error(what + ": shape " + clip(Arrays.toString(shape), 80) + " is too large (its size overflows)");
        }
    }

    private void checkOverlaps() throws SafetensorsFormatException {
        Entry previous = null;
        for (Entry e : entries) {
            if (e.byteLength() == 0) {
                continue; // an empty tensor occupies no bytes, so it cannot overlap anything
            }
            if (previous != null && e.begin() < previous.end()) {
                throw error("tensors " + quote(previous.name()) + " " + range(previous) + " and "
                        + quote(e.name()) + " " + range(e) + " overlap");
            }
            previous = e;
        }
    }

    private static String range(Entry e) {
        return "[" + e.begin() + ", " + e.end() + "]";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Describes the value at the parser's current token, e.g. {@code number 5} or {@code an array}. */
    private static String describe(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "string " + text(p, t);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + text(p, t);
            case VALUE_TRUE, VALUE_FALSE -> "boolean " + text(p, t);
            case VALUE_NULL -> "null";
            default -> String.valueOf(t);
        };
    }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_ARRAY -> "[...]";
            case START_OBJECT -> "{...}";
            case VALUE_STRING -> quote(p.getText());
            default -> clip(p.getText(), 40);
        };
    }

    /** Jackson's message without its internal hints (source redaction notes, feature and constraint names). */
    private static String jacksonProblem(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        for (String noise : new String[] {" (start marker at", ", from `"}) {
            int at = m.indexOf(noise);
            if (at > 0) {
                m = m.substring(0, at) + (noise.startsWith(",") ? ")" : "");
            }
        }
        return clip(m, 200);
    }

    /** Quotes a name for a message: shortened, with quotes, backslashes and control characters escaped. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        String shown = clip(s, 80);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? String.valueOf(s) : s.substring(0, max) + "...";
    }

    private SafetensorsFormatException error(String problem) {
        return new SafetensorsFormatException(source, problem);
    }

    private SafetensorsFormatException error(String problem, Throwable cause) {
        return new SafetensorsFormatException(source, problem, cause);
    }
}
