package org.gatelab.lesson;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A scene as a {@code gatelab:} link, for a course page: {@code gatelab:scene?cell=gru&hidden=8&step=5}, one query
 * parameter per line of the scene block ({@link SceneWriter}), URL-encoded. The installed app is registered for the
 * scheme where the desktop allows it, so a click opens the app on the scene. A link is turned back into the lines
 * of a scene block and read by {@link SceneFiles}, with the same checks as a file.
 */
public final class SceneLinks {
    public static final String SCHEME = "gatelab";
    /** Longest link read. */
    public static final int MAX_LENGTH = 16 * 1024;
    private static final String PREFIX = SCHEME + ":scene?";

    private SceneLinks() {
    }

    /** True when {@code text} looks like a {@code gatelab:} link (any case, leading blanks ignored). */
    public static boolean isLink(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME + ":");
    }

    /** The link of a scene. */
    public static String link(Scene s) {
        StringBuilder b = new StringBuilder(PREFIX);
        boolean first = true;
        for (SceneWriter.Entry e : SceneWriter.entries(s)) {
            b.append(first ? "" : "&").append(encode(e.key())).append('=').append(encode(e.value()));
            first = false;
        }
        return b.toString();
    }

    private static String encode(String s) {
        // spaces as %20, not +: the link is read by people too
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The lines of a scene block a link holds.
     *
     * @throws IllegalArgumentException with a sentence for the user when the text is not such a link
     */
    public static String text(String link) {
        String l = link.strip();
        if (l.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the link is too long for a scene (at most " + MAX_LENGTH
                    + " characters)");
        }
        String lower = l.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith(PREFIX)) {
            rest = l.substring(PREFIX.length());
        } else if (lower.startsWith(SCHEME + "://scene?")) {
            rest = l.substring((SCHEME + "://scene?").length());
        } else {
            throw new IllegalArgumentException("not a GateLab scene link (it starts " + PREFIX + ")");
        }
        StringBuilder lines = new StringBuilder();
        int n = 0;
        for (String pair : rest.split("&")) {
            n++;
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("part " + n + " of the link, \"" + BlockParser.shorten(pair)
                        + "\", is not key=value");
            }
            String key;
            String value;
            try {
                key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("part " + n + " of the link is not properly encoded ("
                        + e.getMessage() + ")");
            }
            if (key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("part " + n + " of the link holds a line break");
            }
            lines.append(key.strip()).append(": ").append(value.strip()).append('\n');
        }
        return lines.toString();
    }
}
