package org.gatelab.lesson;

import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Checks the LaTeX of a lesson's maths before a learner sees it: what JLaTeXMath (which sets it on screen and
 * in the exports) cannot read, and the mistakes it would quietly set as something else: an unclosed
 * <code>{</code>, a <code>}</code> that closes nothing, a <code>_</code> or <code>^</code> with nothing after it.
 * Only the parser is used; nothing is drawn, so the check runs headless.
 */
public final class LatexCheck {
    private LatexCheck() {
    }

    /** What is wrong with {@code latex}, or null when JLaTeXMath can set it as written. */
    public static String problem(String latex) {
        if (latex.isBlank()) {
            return "empty maths: nothing between the dollars";
        }
        int depth = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return "a } with no { before it in \"" + shorten(latex) + "\"";
            }
        }
        if (depth > 0) {
            return depth + " { never closed in \"" + shorten(latex) + "\"";
        }
        String end = latex.strip();
        if (end.endsWith("_") && !end.endsWith("\\_") || end.endsWith("^") && !end.endsWith("\\^")) {
            return "a " + end.charAt(end.length() - 1) + " at the end needs something to attach in \"" + shorten(latex)
                    + "\"";
        }
        try {
            new TeXFormula(latex);
            return null;
        } catch (ParseException e) {
            return e.getMessage().replace('\n', ' ').strip() + " in \"" + shorten(latex) + "\"";
        }
    }

    private static String shorten(String latex) {
        String one = latex.replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
