package org.gatelab.viewmodel.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.ui.presenter.ViewToggle;
import org.gatelab.viewmodel.window.PresenterMode;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Test;

/** Presenter mode's state and the digit keys' rule, without a window. */
class PresenterModeTest {
    @Test
    void theScaleStepsByQuartersWithinOneToThree() {
        PresenterMode m = new PresenterMode(1.5);
        m.scaleUp();
        assertEquals(1.75, m.scale());
        for (int i = 0; i < 20; i++) {
            m.scaleUp();
        }
        assertEquals(3, m.scale());
        for (int i = 0; i < 20; i++) {
            m.scaleDown();
        }
        assertEquals(1, m.scale());
        m.setScale(1.6);
        m.scaleUp();
        assertEquals(1.75, m.scale(), "an odd remembered scale goes to the next quarter");
        m.setScale(1.6);
        m.scaleDown();
        assertEquals(1.5, m.scale());
        m.setScale(Double.NaN);
        assertEquals(1.5, m.scale(), "not a number: unchanged");
        m.setScale(9);
        assertEquals(3, m.scale());
        assertEquals("3\u00D7", PresenterMode.label(3));
        assertEquals("1.5\u00D7", PresenterMode.label(1.5));
    }

    @Test
    void presentingToggles() {
        PresenterMode m = new PresenterMode(2);
        assertFalse(m.isPresenting());
        m.toggle();
        assertTrue(m.isPresenting());
        m.exit();
        assertFalse(m.isPresenting());
        m.enter();
        m.enter();
        assertTrue(m.isPresenting());
    }

    @Test
    void digitsNameTheEightViewsInOrder() {
        assertEquals(ViewKind.DIAGRAM, ViewToggle.forDigit(1));
        assertEquals(ViewKind.EQUATIONS, ViewToggle.forDigit(2));
        assertEquals(ViewKind.ACTIVATIONS, ViewToggle.forDigit(3));
        assertEquals(ViewKind.GRADIENT_HEATMAP, ViewToggle.forDigit(4));
        assertEquals(ViewKind.GRADIENT_FLOW, ViewToggle.forDigit(5));
        assertEquals(ViewKind.CONNECTIVITY, ViewToggle.forDigit(6));
        assertEquals(ViewKind.UNROLLED, ViewToggle.forDigit(7));
        assertEquals(ViewKind.WHH, ViewToggle.forDigit(8));
        assertNull(ViewToggle.forDigit(0));
        assertNull(ViewToggle.forDigit(9));
    }

    @Test
    void togglingHidesShowsAndReplacesTheOtherTabOfAPanel() {
        List<ViewKind> all = List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS, ViewKind.ACTIVATIONS,
                ViewKind.GRADIENT_FLOW);
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.ACTIVATIONS, ViewKind.GRADIENT_FLOW),
                ViewToggle.toggle(all, ViewKind.EQUATIONS));
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS, ViewKind.GRADIENT_HEATMAP,
                ViewKind.GRADIENT_FLOW), ViewToggle.toggle(all, ViewKind.GRADIENT_HEATMAP),
                "the gradient heatmap takes the activations' panel");
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.CONNECTIVITY),
                ViewToggle.toggle(List.of(ViewKind.DIAGRAM), ViewKind.CONNECTIVITY), "kept in the digits' order");
        assertEquals(List.of(ViewKind.DIAGRAM), ViewToggle.toggle(List.of(ViewKind.DIAGRAM), ViewKind.DIAGRAM),
                "the last view stays");
    }
}
