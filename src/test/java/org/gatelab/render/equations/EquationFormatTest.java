package org.gatelab.render.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EquationFormatTest {

    @Test
    void threeDecimalsWithARealMinus() {
        assertEquals("0.577", EquationFormat.number(0.5769));
        assertEquals("\u22120.120", EquationFormat.number(-0.12));
        assertEquals("0.000", EquationFormat.number(0));
        assertEquals("0.000", EquationFormat.number(-0.0));
        assertEquals("12.346", EquationFormat.number(12.3456));
        assertEquals("0.001", EquationFormat.number(0.0005));
    }

    @Test
    void tinyAndHugeValuesInScientificNotationSoNothingReadsAsZero() {
        assertEquals("2.31×10⁻⁵", EquationFormat.number(2.3149e-5));
        assertEquals("\u22124.00×10⁻⁴", EquationFormat.number(-4e-4));
        assertEquals("1.23×10⁵", EquationFormat.number(123456));
        assertEquals("1.00×10⁻¹²", EquationFormat.number(1e-12));
        assertEquals("NaN", EquationFormat.number(Double.NaN));
        assertEquals("\u2212∞", EquationFormat.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void negativeOperandsInParentheses() {
        assertEquals("(\u22120.120)", EquationFormat.operand(-0.12));
        assertEquals("0.733", EquationFormat.operand(0.733));
    }

    @Test
    void markupIsTypesetAsLatexAndReadsAsUnicode() {
        List<Run> runs = Expr.of("σ(W_{if} x_t + b_{if} + W_{hf} h_{t−1} + b_{hf})").runs();
        assertEquals("σ(W_if xₜ + b_if + W_hf hₜ₋₁ + b_hf)", Run.plain(runs));
        assertEquals(1, runs.size());
        assertEquals(RunStyle.MATH, runs.get(0).style());
        assertEquals("\\sigma (W_{if} x_{t} + b_{if} + W_{hf} h_{t-1} + b_{hf})", runs.get(0).text());
        assertEquals("\\partial L/\\partial h_{t}", Expr.of("∂L/∂h_t").runs().get(0).text());
        assertEquals("f_{t}\\cdot c_{t-1} + i_{t}\\cdot g_{t}", Expr.of("f_t·c_{t−1} + i_t·g_t").runs().get(0).text());
    }

    @Test
    void aFragmentBetweenNumbersKeepsItsSpaces() {
        // TeX would not space a lone operator: the fragment's spaces become TeX's interword spaces
        assertEquals("\\ +\\ ", new Expr().num(1).sym(" + ").num(2).runs().get(1).text());
        assertEquals("\\tanh (", new Expr().sym("tanh(").runs().get(0).text());
        assertEquals(" + ", new Expr().num(1).sym(" + ").num(2).runs().get(1).plain());
    }

    @Test
    void parsingBackWhatWasPrinted() {
        for (double v : new double[] {0.5769, -0.12, 2.3149e-5, -4e-4, 0, 3.5}) {
            double back = PrintedNumbers.parse(EquationFormat.number(v));
            assertEquals(v, back, PrintedNumbers.halfUlp(EquationFormat.number(v)) + 1e-15);
        }
    }
}
