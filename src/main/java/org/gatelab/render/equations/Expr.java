package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one side or stage of an equation from pieces: symbols written in a small markup, where
 * {@code _t} or {@code _{t−1}} is a subscript ({@code "σ(W_{if} x_t + b_{if})"}), and numbers from the trace.
 * Each piece of markup becomes one typeset LaTeX run ({@link MarkupLatex}): letters in italics, subscripts small
 * and low, Greek and named functions as in a textbook. Numbers are only formatted, never combined.
 */
final class Expr {
    private final List<Run> runs = new ArrayList<>();

    /** A new expression starting with {@code markup}. */
    static Expr of(String markup) {
        return new Expr().sym(markup);
    }

    /** Appends symbols in markup: {@code _x} subscripts one character, {@code _{...}} a group. */
    Expr sym(String markup) {
        if (!markup.isEmpty()) {
            Expr text = new Expr().text(markup);
            runs.add(Run.math(MarkupLatex.of(markup), Run.plain(text.runs)));
        }
        return this;
    }

    /** Appends markup as text runs: symbols, and subscripts drawn small and lowered. */
    private Expr text(String markup) {
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if (c == '_' && i + 1 < markup.length()) {
                flush(plain);
                String sub;
                if (markup.charAt(i + 1) == '{') {
                    int close = markup.indexOf('}', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed subscript in " + markup);
                    }
                    sub = markup.substring(i + 2, close);
                    i = close + 1;
                } else {
                    sub = markup.substring(i + 1, i + 2);
                    i += 2;
                }
                runs.add(Run.subscript(sub));
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(plain);
        return this;
    }

    private void flush(StringBuilder plain) {
        if (plain.length() > 0) {
            runs.add(Run.symbol(plain.toString()));
            plain.setLength(0);
        }
    }

    /** Appends a number as it is ({@code −0.120}). */
    Expr num(double v) {
        runs.add(Run.number(v));
        return this;
    }

    /** Appends a number, or "?" when a lesson has sealed it. */
    Expr num(double v, boolean sealed) {
        runs.add(sealed ? Run.sealed(RunStyle.NUMBER) : Run.number(v));
        return this;
    }

    /** Appends a number after an operator, or "?" when a lesson has sealed it. */
    Expr operand(double v, boolean sealed) {
        runs.add(sealed ? Run.sealed(RunStyle.NUMBER) : Run.operand(v));
        return this;
    }

    /** Appends a muted number, or "?" when a lesson has sealed it. */
    Expr mutedNum(double v, boolean sealed) {
        runs.add(sealed ? Run.sealed(RunStyle.MUTED_NUMBER) : Run.mutedNumber(v));
        return this;
    }

    /** Appends a number after an operator: negative numbers in parentheses ({@code (−0.120)}). */
    Expr operand(double v) {
        runs.add(Run.operand(v));
        return this;
    }

    /** Appends muted text. */
    Expr muted(String text) {
        runs.add(Run.muted(text));
        return this;
    }

    /** Appends a muted number. */
    Expr mutedNum(double v) {
        runs.add(Run.mutedNumber(v));
        return this;
    }

    /** The runs, as an immutable list. */
    List<Run> runs() {
        return List.copyOf(runs);
    }
}
