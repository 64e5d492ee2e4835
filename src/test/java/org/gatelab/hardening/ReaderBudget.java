package org.gatelab.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs one reader on one input and checks the hardening contract: the reader returns or throws one of the
 * expected, typed exceptions with a message; nothing else escapes; it stays under a time and allocation budget.
 */
final class ReaderBudget {
    /** Most a reader may allocate for a small hostile input. */
    static final long MAX_ALLOCATED_BYTES = 64L * 1024 * 1024;
    /**
     * Most CPU time the reading thread may spend on an input under 1 MB: a hang guard, counted in the thread's CPU
     * time rather than the wall clock, so a machine busy with other work does not fail it.
     */
    static final long MAX_CPU_NANOS = 5_000_000_000L;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ReaderBudget() {
    }

    /** Outcome counts, for RELIABILITY.md. */
    record Outcome(boolean accepted, String error) {
    }

    static Outcome run(String what, byte[] input, Callable<?> reader, List<Class<? extends Exception>> typed) {
        long tid = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(tid);
        long start = THREADS.getThreadCpuTime(tid);
        Outcome outcome;
        try {
            reader.call();
            outcome = new Outcome(true, null);
        } catch (Exception e) {
            boolean expected = typed.stream().anyMatch(t -> t.isInstance(e));
            if (!expected) {
                fail(what + ": " + e.getClass().getName() + " escaped for input " + show(input), e);
            }
            String message = e.getMessage();
            assertTrue(message != null && !message.isBlank(), what + ": an error without a message for " + show(input));
            outcome = new Outcome(false, message);
        } catch (StackOverflowError | OutOfMemoryError e) {
            fail(what + ": " + e + " for input " + show(input));
            return null;
        }
        long nanos = THREADS.getThreadCpuTime(tid) - start;
        long allocated = THREADS.getThreadAllocatedBytes(tid) - allocatedBefore;
        assertTrue(nanos < MAX_CPU_NANOS, what + ": took " + nanos / 1_000_000 + " ms of CPU for " + show(input));
        assertTrue(allocated < MAX_ALLOCATED_BYTES, what + ": allocated " + (allocated >> 20) + " MB for a "
                + input.length + "-byte input " + show(input));
        return outcome;
    }

    static String show(byte[] input) {
        StringBuilder b = new StringBuilder("(" + input.length + " bytes) \"");
        for (int i = 0; i < Math.min(160, input.length); i++) {
            int c = input[i] & 0xff;
            b.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return b.append(input.length > 160 ? "…\"" : "\"").toString();
    }
}
