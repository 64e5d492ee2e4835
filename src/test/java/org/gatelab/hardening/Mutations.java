package org.gatelab.hardening;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Hostile variants of a valid input: flipped and random bytes, cut-offs, repeated or deleted slices, and
 * "interesting" values spliced in (huge numbers, NaN, deep brackets, path escapes), plus pure random bytes.
 */
final class Mutations {
    private static final String[] SPLICES = {"NaN", "-Infinity", "1e309", "-1e-400", "99999999999999999999",
            "9223372036854775807", "-2147483649", "\u0000", "\uFEFF", "\r", "\n\n\n", "\"", "'", "[[[[[[[[[[[[",
            "{{{{{{{{{{", "]}", ":", ",", "#", "../../../../etc/passwd", "/etc/passwd", "C:\\Windows",
            "file:///etc/passwd", "&a", "*a", "!!python/object", "```", "---", "## ", "- ", "\t", "é", "😀",
            "0x1p3", "1_000", " ", "null", "true", "[]", "{}"};

    private Mutations() {
    }

    /** Mutants of {@code seed}, mixed with random bytes (about one in eight). */
    static Arbitrary<byte[]> of(byte[] seed) {
        return Arbitraries.randomValue(r -> r.nextInt(8) == 0 ? random(r) : mutate(seed, r));
    }

    static Arbitrary<byte[]> of(String seed) {
        return of(seed.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] random(Random r) {
        byte[] b = new byte[r.nextInt(2048)];
        r.nextBytes(b);
        return b;
    }

    static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        int edits = 1 + r.nextInt(6);
        for (int i = 0; i < edits; i++) {
            b = once(b, r);
        }
        return b;
    }

    private static byte[] once(byte[] b, Random r) {
        if (b.length == 0) {
            return SPLICES[r.nextInt(SPLICES.length)].getBytes(StandardCharsets.UTF_8);
        }
        int at = r.nextInt(b.length);
        switch (r.nextInt(6)) {
            case 0 -> {
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << r.nextInt(8));
                return c;
            }
            case 1 -> {
                byte[] c = b.clone();
                c[at] = (byte) r.nextInt(256);
                return c;
            }
            case 2 -> {
                byte[] c = new byte[at];
                System.arraycopy(b, 0, c, 0, at);
                return c;
            }
            case 3 -> {
                int len = Math.min(b.length - at, 1 + r.nextInt(64));
                byte[] c = new byte[b.length + len * 3];
                System.arraycopy(b, 0, c, 0, at + len);
                for (int k = 1; k <= 3; k++) {
                    System.arraycopy(b, at, c, at + len * k, len);
                }
                System.arraycopy(b, at + len, c, at + len * 4, b.length - at - len);
                return c;
            }
            case 4 -> {
                int len = Math.min(b.length - at, 1 + r.nextInt(32));
                byte[] c = new byte[b.length - len];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + len, c, at, b.length - at - len);
                return c;
            }
            default -> {
                byte[] s = SPLICES[r.nextInt(SPLICES.length)].getBytes(StandardCharsets.UTF_8);
                byte[] c = new byte[b.length + s.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(s, 0, c, at, s.length);
                System.arraycopy(b, at, c, at + s.length, b.length - at);
                return c;
            }
        }
    }
}
