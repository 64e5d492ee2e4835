package org.gatelab.tasks.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void theUnknownCharacterComesFirstThenTheCharactersInCodePointOrder() {
        Vocabulary v = Vocabulary.of("banana\n");
        assertEquals(5, v.size()); // unknown, \n, a, b, n
        assertEquals("\na" + "bn", v.characters());
        assertEquals(Vocabulary.UNKNOWN, v.index('z'));
        assertEquals(1, v.index('\n'));
        assertEquals(2, v.index('a'));
        assertEquals(4, v.index('n'));
        assertArrayEquals(new int[] {3, 2, 4, 0}, v.encode("banz"));
        assertEquals("ban" + Vocabulary.UNKNOWN_SHOWN, v.decode(v.encode("banz")));
        assertEquals("\u21B5", v.shown(1));
        assertEquals(-1, v.codePoint(Vocabulary.UNKNOWN));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneSymbol() {
        Vocabulary v = Vocabulary.of("a\uD83D\uDE00a");
        assertEquals(3, v.size());
        assertEquals(2, v.encode("\uD83D\uDE00").length == 1 ? 2 : -1);
        assertEquals("\uD83D\uDE00", v.text(2));
    }

    @Test
    void whatAFileStoresReadsBackAsTheSameVocabulary() {
        Vocabulary v = Vocabulary.of("Moby-Dick; \"Call me Ishmael.\" \u2014 é\n");
        assertEquals(v, Vocabulary.parse(v.characters()));
    }

    @Test
    void aStoredVocabularyOutOfOrderOrWithRepeatsIsRefused() {
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> Vocabulary.parse("ba"));
        assertTrue(order.getMessage().contains("not in code-point order"), order.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> Vocabulary.parse("abb"));
        assertTrue(twice.getMessage().contains("\"b\" (U+0062) twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.parse(""));
    }

    @Test
    void strictEncodingNamesTheCharactersOutsideAndWhere() {
        Vocabulary v = Vocabulary.of("abc");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> v.encodeStrict("abÇd", "the prime"));
        assertTrue(e.getMessage().startsWith("the prime has characters the model never saw: \"Ç\" (U+00C7), \"d\" "
                + "(U+0064) (the first at character 3)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("the model knows 3 characters: a b c"), e.getMessage());
        assertArrayEquals(new int[] {1, 2}, v.encodeStrict("ab", "x"));
        assertFalse(v.contains('d'));
    }
}
