package org.gatelab.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SealedTest {
    @Test
    void sealingTheOutputSealsTheLossThatWouldGiveItAway() {
        Sealed output = Sealed.of(new Sealed.Reading(Sealed.Kind.OUTPUT, null, 0, 0, 0));
        assertTrue(output.output());
        assertTrue(output.loss(), "target and loss together give the output away");
        Sealed loss = Sealed.of(new Sealed.Reading(Sealed.Kind.LOSS, null, 0, 0, 0));
        assertTrue(loss.loss());
        assertFalse(loss.output(), "the output stays: lessons ask for the loss computed from it");
        assertFalse(Sealed.NONE.loss());
    }

    @Test
    void sealingACellStateSealsTheHiddenStateThatWouldGiveItAway() {
        Sealed c = Sealed.of(new Sealed.Reading(Sealed.Kind.CELL, null, 0, 3, 8));
        assertTrue(c.cell(0, 3, 8));
        assertTrue(c.hidden(0, 3, 8), "h_3 = o_3 tanh(c_3): with o_3 on screen it gives c_3 away");
        assertTrue(c.anyHidden(0));
        assertFalse(c.hidden(0, 2, 8), "h_2 came before c_3");
        assertFalse(c.hidden(0, 3, 7), "another unit's h");
        assertFalse(c.hidden(1, 3, 8), "another layer");
        Sealed h = Sealed.of(new Sealed.Reading(Sealed.Kind.HIDDEN, null, 0, 3, 8));
        assertFalse(h.cell(0, 3, 8), "h alone does not seal c");
    }
}
