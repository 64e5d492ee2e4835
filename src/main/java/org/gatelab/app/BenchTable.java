package org.gatelab.app;

import java.io.PrintStream;
import java.util.Locale;
import org.gatelab.vocabulary.CellKind;

/** The grid of BENCHMARKS.md: every cell, hidden 16/64/128/256, input 1/32, length 50/200/1000, batch 1/32. */
final class BenchTable {
    private static final int[] HIDDEN = {16, 64, 128, 256};
    private static final int[] INPUT = {1, 32};
    private static final int[] LENGTH = {50, 200, 1000};
    private static final int[] BATCH = {1, 32};

    private BenchTable() {
    }

    static void print(PrintStream out, int threads, int maxRepeat) {
        out.println("| cell | hidden | input | length | batch | median ms / batch | median µs / sequence | "
                + "min µs / sequence | trace MB | trace KB / step |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (CellKind cell : CellKind.values()) {
            for (int h : HIDDEN) {
                for (int in : INPUT) {
                    for (int len : LENGTH) {
                        for (int b : BATCH) {
                            // fewer repeats for the big cases so the grid finishes in minutes
                            double flops = (double) h * (h + in) * len * b * cell.blockCount();
                            int repeat = flops > 2e9 ? 3 : flops > 2e8 ? 5 : maxRepeat;
                            int warmup = flops > 2e9 ? 1 : -1;
                            BenchCommand.Result r = BenchCommand.measure(cell, h, in, len, b, 1, repeat, warmup, threads,
                                    false);
                            out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.2f | %.0f | %.0f | %.1f | %.1f |",
                                    cell.id(), h, in, len, b, r.medianMicros() / 1000, r.medianMicrosPerSequence(),
                                    r.minMicrosPerSequence(), r.traceBytes() / 1e6, r.traceBytes() / 1024.0 / len));
                            out.flush();
                        }
                    }
                }
            }
        }
    }
}
