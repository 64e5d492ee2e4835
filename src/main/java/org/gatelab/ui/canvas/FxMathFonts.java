package org.gatelab.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Makes JLaTeXMath's fonts known to JavaFX, so typeset maths drawn on a canvas through FXGraphics2D shows the
 * glyphs the exports show: FXGraphics2D draws text with the JavaFX font of the AWT font's family, and without
 * these the {@code jlm_...} families fall back to the system font, whose letters sit at other code points.
 * Call {@link #register()} once on the FX thread before the first formula is drawn.
 */
public final class FxMathFonts {
    /** Every face JLaTeXMath 1.0.7 sets maths with (its optional faces excepted), by path in its jar. */
    static final List<String> FACES = List.of("base/jlm_cmex10", "base/jlm_cmmi10", "base/jlm_cmmib10",
            "maths/jlm_cmsy10", "maths/jlm_cmbsy10", "maths/jlm_special", "maths/jlm_msam10", "maths/jlm_msbm10",
            "maths/jlm_rsfs10", "maths/jlm_stmary10", "latin/jlm_cmr10", "latin/jlm_jlmr10", "latin/jlm_jlmi10",
            "latin/jlm_jlmbx10", "latin/jlm_jlmbi10", "latin/jlm_jlmsb10", "latin/jlm_jlmsbi10", "latin/jlm_jlmsi10",
            "latin/jlm_jlmss10", "latin/jlm_jlmtt10", "euler/jlm_eufb10", "euler/jlm_eufm10");

    private static List<String> registered;

    private FxMathFonts() {
    }

    /**
     * Loads every face into JavaFX (once; later calls return at once).
     *
     * @return the families JavaFX now knows, e.g. {@code jlm_cmmi10}
     * @throws IllegalStateException if a face is missing from the class path
     */
    public static synchronized List<String> register() {
        if (registered != null) {
            return registered;
        }
        List<String> families = new ArrayList<>();
        for (String face : FACES) {
            try (InputStream in = TeXFormula.class.getResourceAsStream("fonts/" + face + ".ttf")) {
                Font font = in == null ? null : Font.loadFont(in, 10);
                if (font == null) {
                    throw new IllegalStateException("JLaTeXMath's font " + face + " could not be loaded into JavaFX");
                }
                families.add(font.getFamily());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read JLaTeXMath's font " + face, e);
            }
        }
        registered = List.copyOf(families);
        return registered;
    }
}
