package org.gatelab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms a lesson can link to with {@code [text](glossary:<id>)}: each an id, the term as written, and its
 * explanation in lesson Markdown (maths and links to other terms allowed). The course's entries are
 * {@value #BUNDLED}, read and checked like a lesson; {@code lessons check} refuses a link to a term not in it.
 */
public final class Glossary {
    /** The bundled glossary, on the class path. */
    public static final String BUNDLED = "/org/gatelab/lesson/glossary.md";

    /**
     * One term.
     *
     * @param id       what links name: lower-case letters, digits and hyphens ({@code spectral-radius})
     * @param term     the term as a reader sees it ({@code Spectral radius})
     * @param markdown its explanation
     * @param line     the 1-based line of its heading in the glossary file
     */
    public record Entry(String id, String term, String markdown, int line) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Glossary(List<Entry> list) {
        for (Entry e : list) {
            entries.put(e.id(), e);
        }
    }

    private static final class Holder {
        static final Glossary BUNDLED_GLOSSARY = load();

        private static Glossary load() {
            try (InputStream in = Glossary.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from the class path");
                }
                GlossaryParser.Result r = GlossaryParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "glossary.md");
                if (r.glossary() == null) {
                    throw new IllegalStateException("the bundled glossary has problems: " + r.problems());
                }
                return r.glossary();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED, e);
            }
        }
    }

    /** The course's glossary. */
    public static Glossary bundled() {
        return Holder.BUNDLED_GLOSSARY;
    }

    /** Every entry, in the file's order. */
    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** Every id, in the file's order. */
    public List<String> ids() {
        return new ArrayList<>(entries.keySet());
    }

    /** The entry of {@code id}, or null. */
    public Entry entry(String id) {
        return entries.get(id);
    }
}
