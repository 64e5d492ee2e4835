package org.gatelab.render.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.testing.RecordingSurface;
import org.junit.jupiter.api.Test;

/** The plain-text reading of LaTeX that surfaces without a typesetter draw. */
class PlainMathTest {
    @Test
    void scriptsBecomeUnicodeScriptsWhereTheyExist() {
        assertEquals("hₜ₋₁", PlainMath.of("h_{t-1}"));
        assertEquals("h→ₜ", PlainMath.of("\\overrightarrow{h}_t"), "a bidirectional layer's forward state");
        assertEquals("h←₀", PlainMath.of("\\overleftarrow{h}_0"));
        assertEquals("Wᵀ", PlainMath.of("W^\\top"));
        assertEquals("W⁻¹", PlainMath.of("W^{-1}"));
        assertEquals("x²", PlainMath.of("x^2"));
        assertEquals("xₘₐₓ", PlainMath.of("x_{\\max}"));
        assertEquals("y_ℓ", PlainMath.of("y_{ℓ}"));
        assertEquals("xᵢ₊₁", PlainMath.of("x_{i+1}"));
        assertEquals("x_big", PlainMath.of("x_{\\text{big}}"));
        assertEquals("x_(b+1)", PlainMath.of("x_{b+1}"));
    }

    @Test
    void symbolsFractionsAndFonts() {
        assertEquals("∂L/∂hₜ", PlainMath.of("\\frac{\\partial L}{\\partial h_t}"));
        assertEquals("hₜ = oₜ ⊙ tanh(cₜ)", PlainMath.of("h_t = o_t \\odot \\tanh(c_t)"));
        assertEquals("ρ(W) ≤ ‖W‖₂ ≤ ‖W‖_F", PlainMath.of("\\rho(W) \\le \\lVert W \\rVert_2 \\le \\lVert W \\rVert_F"));
        assertEquals("Wₕₕ", PlainMath.of("\\mathbf{W}_{hh}"));
        assertEquals("σ(x) = 1/(1 + e⁻ˣ)", PlainMath.of("\\sigma(x) = \\frac{1}{1 + e^{-x}}"));
        assertEquals("(a + b)", PlainMath.of("\\left(a + b\\right)"));
        assertEquals("cost 5$", PlainMath.of("\\text{cost } 5\\$"));
    }

    @Test
    void malformedInputGivesItsBestReading() {
        assertEquals("x", PlainMath.of("x^"));
        assertEquals("a/", PlainMath.of("\\frac{a}{"));
        assertEquals("unknown", PlainMath.of("\\unknown"));
        assertEquals("", PlainMath.of(null));
    }

    @Test
    void theScriptTablesPairUp() throws Exception {
        for (String[] pair : List.of(new String[] {"SUB_FROM", "SUB_TO"}, new String[] {"SUP_FROM", "SUP_TO"})) {
            var from = PlainMath.class.getDeclaredField(pair[0]);
            var to = PlainMath.class.getDeclaredField(pair[1]);
            from.setAccessible(true);
            to.setAccessible(true);
            assertEquals(((String) from.get(null)).length(), ((String) to.get(null)).length(), pair[0]);
        }
    }

    /** A surface that cannot typeset sets the plain reading on the formula's baseline, in its fill colour. */
    @Test
    void theSurfacesDefaultDrawsThePlainReading() {
        RecordingSurface s = new RecordingSurface(400, 100);
        s.setFill(Rgb.hex("#ff0000"));
        s.formula("h_{t-1}", 200, 50, 20, false, HAlign.CENTER, VAlign.BASELINE);
        RecordingSurface.Text t = s.texts().get(0);
        assertEquals("hₜ₋₁", t.text());
        assertEquals(50, t.y());
        assertEquals(200, t.x() + t.width() / 2, 1e-9);
        assertEquals(20, t.size());
        assertTrue(t.fill().equals(Rgb.hex("#ff0000")));
        assertEquals(0, s.depth());
    }
}
