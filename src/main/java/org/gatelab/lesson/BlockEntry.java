package org.gatelab.lesson;

import java.util.List;

/**
 * One {@code key: value} of a front matter, scene or check block.
 *
 * @param key   the key as written
 * @param value the scalar value (quotes removed), or empty for a list
 * @param items the list items ({@code [a, b]} or {@code - a} lines), empty for a scalar
 * @param list  true when the value was written as a list
 * @param line  1-based line in the lesson file
 */
public record BlockEntry(String key, String value, List<String> items, boolean list, int line) {
    public BlockEntry {
        items = List.copyOf(items);
    }
}
