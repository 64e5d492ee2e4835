package org.gatelab.render.equations;

/**
 * The equations' small markup ({@code σ(W_{if} x_t + b_{if})}, {@code ∂L/∂h_t}, {@code f_t·c_{t−1}}) as LaTeX, so
 * the symbolic forms are typeset as in a textbook: Greek and italic letters, subscripts set small and low, the
 * operators spaced by TeX's rules. Numbers never pass through here; they stay in the mono font.
 */
final class MarkupLatex {
    private MarkupLatex() {
    }

    /**
     * The LaTeX of {@code markup}. A fragment between numbers ({@code " + "}, {@code ")·("}) keeps its spaces as
     * TeX's interword spaces, since TeX would not space an operator with nothing on one side.
     */
    static String of(String markup) {
        return convert(markup, !markup.isBlank() && !hasSymbolsOnBothSides(markup));
    }

    /** True when the markup is a whole expression ({@code f_t·c_{t−1}}), false for a fragment ({@code " + "}). */
    private static boolean hasSymbolsOnBothSides(String markup) {
        String t = markup.strip();
        return t.length() > 1 && Character.isLetterOrDigit(t.charAt(t.length() - 1)) || t.endsWith("}")
                || t.endsWith(")") && Character.isLetter(t.charAt(0));
    }

    private static String convert(String markup, boolean fragment) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if (c == '_' && i + 1 < markup.length()) {
                String sub;
                if (markup.charAt(i + 1) == '{') {
                    int close = markup.indexOf('}', i + 2);
                    sub = markup.substring(i + 2, close < 0 ? markup.length() : close);
                    i = close < 0 ? markup.length() : close + 1;
                } else {
                    sub = markup.substring(i + 1, i + 2);
                    i += 2;
                }
                out.append("_{").append(convert(sub, false)).append('}');
                continue;
            }
            if (markup.startsWith("tanh", i)) {
                out.append("\\tanh ");
                i += 4;
                continue;
            }
            if (markup.startsWith("relu", i)) {
                out.append("\\operatorname{relu}");
                i += 4;
                continue;
            }
            switch (c) {
                case 'σ' -> out.append("\\sigma ");
                case '∂' -> out.append("\\partial ");
                case '‖' -> out.append("\\| ");
                case '·' -> out.append("\\cdot ");
                case '−' -> out.append('-');
                case ' ' -> out.append(fragment ? "\\ " : " ");
                case '{', '}', '\\', '$', '%', '&', '#', '^', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
            i++;
        }
        return fragment ? out.toString() : out.toString().trim();
    }
}
