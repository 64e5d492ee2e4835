package org.gatelab.render.math;

import java.util.Map;

/**
 * LaTeX maths as plain Unicode text, for places that cannot typeset (a surface without a typesetter, a tooltip,
 * a text search): Greek letters and symbols as their characters, sub- and superscripts as Unicode sub- and
 * superscript characters where all of them exist ({@code h_{t-1}} becomes {@code hₜ₋₁}, {@code W^\top} becomes
 * {@code Wᵀ}), else written out ({@code x_{max}} becomes {@code x_(max)}), {@code \frac{a}{b}} as {@code a/b},
 * font commands dropped with their argument kept, unknown commands as their names.
 */
public final class PlainMath {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"),
            Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"),
            Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"),
            Map.entry("odot", "⊙"), Map.entry("otimes", "⊗"), Map.entry("oplus", "⊕"), Map.entry("cdot", "·"),
            Map.entry("times", "×"), Map.entry("div", "÷"), Map.entry("pm", "±"), Map.entry("mp", "∓"),
            Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"),
            Map.entry("ne", "≠"), Map.entry("neq", "≠"), Map.entry("approx", "≈"), Map.entry("sim", "∼"),
            Map.entry("equiv", "≡"), Map.entry("propto", "∝"), Map.entry("infty", "∞"), Map.entry("to", "→"),
            Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("Rightarrow", "⇒"),
            Map.entry("mapsto", "↦"), Map.entry("in", "∈"), Map.entry("sum", "∑"), Map.entry("prod", "∏"),
            Map.entry("int", "∫"), Map.entry("lVert", "‖"), Map.entry("rVert", "‖"), Map.entry("Vert", "‖"),
            Map.entry("|", "‖"), Map.entry("lvert", "|"), Map.entry("rvert", "|"), Map.entry("vert", "|"),
            Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"), Map.entry("ldots", "…"), Map.entry("dots", "…"),
            Map.entry("cdots", "⋯"), Map.entry("circ", "∘"), Map.entry("prime", "′"), Map.entry("top", "ᵀ"),
            Map.entry("quad", "  "), Map.entry("qquad", "    "), Map.entry(",", " "), Map.entry(";", " "),
            Map.entry(":", " "), Map.entry("!", ""), Map.entry(" ", " "), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry("$", "$"), Map.entry("%", "%"), Map.entry("&", "&"), Map.entry("_", "_"), Map.entry("#", "#"),
            Map.entry("\\", "  "));
    /** Relations and binary operators, which TeX spaces out: their plain reading gets a space on each side. */
    private static final String SPACED = " odot otimes oplus cdot times div pm mp le leq ge geq ne neq approx sim equiv "
            + "propto to rightarrow leftarrow Rightarrow mapsto in ";
    private static final String FONT_COMMANDS = " mathbf mathrm mathit mathsf mathtt mathcal mathbb boldsymbol bm ";
    /** Commands whose argument is text, spaces and all. */
    private static final String TEXT_COMMANDS = " text textrm textbf textit operatorname mbox ";
    private static final String DROPPED = " left right big Big bigg Bigg bigl bigr Bigl Bigr displaystyle "
            + "textstyle limits nolimits ";
    private static final String SUB_FROM = "0123456789+-−=()aehijklmnoprstuvxβγρφχ";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";
    private static final String SUP_FROM = "0123456789+-−=()abcdefghijklmnoprstuvwxyzTᵀ′";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀᵀ′";

    private final String src;
    private int pos;

    private PlainMath(String src) {
        this.src = src;
    }

    /** {@code latex} as plain text (never null; malformed input gives its best reading). */
    public static String of(String latex) {
        if (latex == null) {
            return "";
        }
        return new PlainMath(latex).sequence(false).trim().replaceAll(" {2,}", " ");
    }

    /** Reads up to the end, or up to the closing brace of the group when {@code group}. */
    private String sequence(boolean group) {
        StringBuilder out = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '}') {
                pos++;
                if (group) {
                    break;
                }
                continue;
            }
            out.append(atom());
        }
        return out.toString();
    }

    /** One atom: a group, a command, a script, or a character. */
    private String atom() {
        char c = src.charAt(pos++);
        switch (c) {
            case '{':
                return sequence(true);
            case '\\':
                return command();
            case '_':
                return script(SUB_FROM, SUB_TO, "_");
            case '^':
                return script(SUP_FROM, SUP_TO, "^");
            case '-':
                return " − ";
            case '+', '=', '<', '>':
                return " " + c + " ";
            case ',':
                return ", ";
            case ' ', '\n', '\t':
                return ""; // TeX ignores spaces in maths
            case '~':
                return " ";
            case '&':
                return "";
            default:
                return String.valueOf(c);
        }
    }

    /** The argument of a command or script: a group's text, or the next atom's. */
    private String argument() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
        return pos < src.length() ? atom() : "";
    }

    private String command() {
        if (pos >= src.length()) {
            return "";
        }
        int start = pos;
        if (Character.isLetter(src.charAt(pos))) {
            while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
                pos++;
            }
        } else {
            pos++;
        }
        String name = src.substring(start, pos);
        if (Character.isLetter(name.charAt(0))) {
            // TeX drops the spaces after a control word
            while (pos < src.length() && src.charAt(pos) == ' ') {
                pos++;
            }
        }
        if (SYMBOLS.containsKey(name)) {
            return SPACED.contains(" " + name + " ") ? " " + SYMBOLS.get(name) + " " : SYMBOLS.get(name);
        }
        if (TEXT_COMMANDS.contains(" " + name + " ")) {
            return verbatimGroup();
        }
        if (FONT_COMMANDS.contains(" " + name + " ")) {
            return argument();
        }
        if (DROPPED.contains(" " + name + " ")) {
            return pos < src.length() && src.charAt(pos) == '.' ? skip() : "";
        }
        switch (name) {
            case "frac", "dfrac", "tfrac" -> {
                String a = argument();
                String b = argument();
                return wrap(a) + "/" + wrap(b);
            }
            case "sqrt" -> {
                return "√" + wrap(argument());
            }
            // a direction marked over a symbol (a bidirectional layer's states): the arrow after it
            case "overrightarrow", "vec" -> {
                return argument() + "→";
            }
            case "overleftarrow" -> {
                return argument() + "←";
            }
            case "begin", "end" -> {
                argument();
                return "";
            }
            default -> {
                return name;
            }
        }
    }

    /** A {@code {...}} group read as text (its spaces kept, nested groups flattened), or the next character. */
    private String verbatimGroup() {
        if (pos >= src.length()) {
            return "";
        }
        if (src.charAt(pos) != '{') {
            return String.valueOf(src.charAt(pos++));
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    break;
                }
            } else if (c == '\\' && pos < src.length()) {
                c = src.charAt(pos++);
            }
            if (c != '{' && c != '}') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String skip() {
        pos++;
        return "";
    }

    /** A sub- or superscript: Unicode script characters if every character has one, else {@code _(text)}. */
    private String script(String from, String to, String mark) {
        String arg = argument().replace(" ", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < arg.length(); i++) {
            int k = from.indexOf(arg.charAt(i));
            if (k < 0) {
                return mark + wrap(arg);
            }
            out.append(to.charAt(k));
        }
        return out.toString();
    }

    /** {@code text} without its spaces when it has no operator (∂L, hₜ), else in parentheses. */
    private static String wrap(String text) {
        String tight = text.replace(" ", "");
        if (tight.chars().noneMatch(c -> "+−=/·×⊙<>≤≥,".indexOf(c) >= 0)) {
            return tight;
        }
        return "(" + text.trim() + ")";
    }
}
