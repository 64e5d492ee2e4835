package org.gatelab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the small subset of YAML that lesson blocks use, and nothing more: {@code key: value} lines,
 * {@code # comments}, quoted values, lists as {@code [a, b]} or as following {@code - item} lines, and long
 * values and list items continued on indented lines (joined with spaces). No anchors, aliases, tags or nesting, so a
 * hostile block cannot expand or run anything, and every entry keeps its line number for messages.
 */
public final class BlockParser {
    /** Longest value accepted, in characters. */
    public static final int MAX_VALUE = 4000;
    /** Most entries in one block. */
    public static final int MAX_ENTRIES = 200;
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private BlockParser() {
    }

    /** The result: entries by key in file order, and the problems found. */
    public record Result(Map<String, BlockEntry> entries, List<LessonProblem> problems) {
    }

    /**
     * @param lines     the block's lines (without the fences)
     * @param firstLine the 1-based file line of {@code lines.get(0)}
     * @param file      the file name for messages
     */
    public static Result parse(List<String> lines, int firstLine, String file) {
        Map<String, BlockEntry> entries = new LinkedHashMap<>();
        List<LessonProblem> problems = new ArrayList<>();
        String key = null;
        int keyLine = 0;
        StringBuilder value = null;
        List<String> items = null;
        boolean inlineList = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = firstLine + i;
            String raw = lines.get(i);
            if (raw.indexOf('\t') >= 0) {
                raw = raw.replace('\t', ' ');
            }
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            boolean indented = raw.startsWith(" ");
            if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                if (key == null || inlineList || value != null && !value.isEmpty()) {
                    problems.add(new LessonProblem(file, lineNo, "a list item \"- ...\" must follow a \"key:\" line"));
                    continue;
                }
                if (items == null) {
                    items = new ArrayList<>();
                }
                items.add(unquote(stripComment(trimmed.substring(1).strip())));
                continue;
            }
            if (indented && key != null && items != null && !inlineList && !items.isEmpty()) {
                // a long list item continued on the next line
                String last = items.get(items.size() - 1);
                if (last.length() + trimmed.length() > MAX_VALUE) {
                    problems.add(new LessonProblem(file, lineNo, "an item of \"" + key + "\" is too long (over "
                            + MAX_VALUE + " characters)"));
                    continue;
                }
                items.set(items.size() - 1, last + " " + stripComment(trimmed));
                continue;
            }
            if (indented && key != null && items == null && !inlineList) {
                // a long value continued on the next line
                if (value.length() + trimmed.length() > MAX_VALUE) {
                    problems.add(new LessonProblem(file, lineNo, "the value of \"" + key + "\" is too long (over "
                            + MAX_VALUE + " characters)"));
                    continue;
                }
                value.append(value.isEmpty() ? "" : " ").append(stripComment(trimmed));
                continue;
            }
            if (key != null) {
                add(entries, problems, file, key, keyLine, value, items, inlineList);
                key = null;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                problems.add(new LessonProblem(file, lineNo, "expected \"key: value\", found \"" + shorten(trimmed)
                        + "\""));
                continue;
            }
            String k = trimmed.substring(0, colon).strip();
            if (!KEY.matcher(k).matches()) {
                problems.add(new LessonProblem(file, lineNo, "\"" + shorten(k) + "\" is not a valid key (letters, "
                        + "digits, _ . and -)"));
                continue;
            }
            String rest = stripComment(trimmed.substring(colon + 1).strip());
            if (rest.startsWith("&") || rest.startsWith("*") || rest.startsWith("!") || rest.equals("|")
                    || rest.equals(">")) {
                problems.add(new LessonProblem(file, lineNo, "\"" + k + "\": YAML anchors, aliases, tags and block "
                        + "scalars are not used in lessons; write the value on the line, continued on indented lines"));
                continue;
            }
            key = k;
            keyLine = lineNo;
            items = null;
            inlineList = false;
            value = new StringBuilder();
            if (rest.startsWith("[")) {
                if (!rest.endsWith("]")) {
                    problems.add(new LessonProblem(file, lineNo, "\"" + k + "\": a list must end with ]"));
                    key = null;
                    continue;
                }
                inlineList = true;
                items = new ArrayList<>();
                String inner = rest.substring(1, rest.length() - 1).strip();
                if (!inner.isEmpty()) {
                    for (String item : inner.split(",")) {
                        items.add(unquote(item.strip()));
                    }
                }
            } else if (rest.length() > MAX_VALUE) {
                problems.add(new LessonProblem(file, lineNo, "the value of \"" + k + "\" is too long (over "
                        + MAX_VALUE + " characters)"));
                key = null;
            } else {
                value.append(rest);
            }
        }
        if (key != null) {
            add(entries, problems, file, key, keyLine, value, items, inlineList);
        }
        return new Result(entries, problems);
    }

    private static void add(Map<String, BlockEntry> entries, List<LessonProblem> problems, String file, String key,
                            int line, StringBuilder value, List<String> items, boolean inlineList) {
        if (entries.containsKey(key)) {
            problems.add(new LessonProblem(file, line, "\"" + key + "\" is given twice (first on line "
                    + entries.get(key).line() + ")"));
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            problems.add(new LessonProblem(file, line, "too many entries in one block (at most " + MAX_ENTRIES + ")"));
            return;
        }
        boolean list = items != null;
        entries.put(key, new BlockEntry(key, list ? "" : unquote(value.toString().strip()),
                list ? items : List.of(), list, line));
    }

    /** Removes a trailing {@code # comment} that is outside quotes. */
    static String stripComment(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
                return s.substring(0, i).strip();
            }
        }
        return s;
    }

    static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
