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
}
