package org.gatelab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one place GateLab's files get their Jackson set-up. A reader of a file that may be broken or hostile takes
 * {@link #reader(Limits)}: read limits sized for its format (nesting, number and string lengths), a duplicate key
 * refused, nothing allowed after the value; what it writes is indented. Output that is only written (the command
 * line's JSON, a trace, a safetensors header) takes {@link #writer()} or {@link #writingFactory()}.
 */
public final class Json {
    /**
     * What one kind of file may hold at most.
     *
     * @param maxNestingDepth deepest nesting of objects and arrays
     * @param maxNumberLength longest number, in characters
     * @param maxStringLength longest text value, in characters
     */
    public record Limits(int maxNestingDepth, int maxNumberLength, int maxStringLength) {
        /** Jackson's own limit on text values. */
        public static final int DEFAULT_STRING_LENGTH = StreamReadConstraints.DEFAULT_MAX_STRING_LEN;
    }

    private static final JsonFactory WRITING = new JsonFactory();
    private static final ObjectMapper WRITER = new ObjectMapper(WRITING);

    private Json() {
    }

    /**
     * A streaming factory whose parsers keep to {@code limits}. A streaming reader checks keys itself (the
     * safetensors header names a duplicate tensor in its own words).
     */
    public static JsonFactory factory(Limits limits) {
        return new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxStringLength(limits.maxStringLength())
                        .build())
                .build();
    }

    /**
     * A mapper for a file that may be broken or hostile: {@code limits}, a duplicate key refused, nothing after the
     * value; it writes indented JSON.
     */
    public static ObjectMapper reader(Limits limits) {
        return new ObjectMapper(factory(limits))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** A mapper for output only (compact; {@code copy().enable(INDENT_OUTPUT)} for files). */
    public static ObjectMapper writer() {
        return WRITER;
    }

    /** A streaming factory for output only. */
    public static JsonFactory writingFactory() {
        return WRITING;
    }
}
