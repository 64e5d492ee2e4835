package org.gatelab.ui.window;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the UI runs: the time between consecutive pulses (frames). Every {@code period}
 * it prints the number of frames, the median, 99th percentile and longest gap. A gap much longer than
 * 16.7 ms means the FX thread was busy. Started by the app when the system property
 * {@code gatelab.frames} is set (e.g. {@code -Dgatelab.frames=true}); used to check that training and long
 * recomputations never stall the UI (figures in BENCHMARKS.md).
 */
public final class FrameMonitor extends AnimationTimer {
    private final PrintStream out;
    private final long periodNanos;
    private final double[] gaps = new double[100_000];
    private int count;
    private long last = -1;
    private long windowStart = -1;

    public FrameMonitor(PrintStream out, double periodSeconds) {
        this.out = out;
        this.periodNanos = (long) (periodSeconds * 1e9);
    }

    /** Starts a monitor printing to standard error if {@code gatelab.frames} is set. */
    public static void startIfRequested() {
        if (System.getProperty("gatelab.frames") != null) {
            new FrameMonitor(System.err, 5).start();
        }
    }

    @Override
    public void handle(long now) {
        if (last >= 0 && count < gaps.length) {
            gaps[count++] = (now - last) / 1e6;
        }
        last = now;
        if (windowStart < 0) {
            windowStart = now;
        }
        if (now - windowStart >= periodNanos && count > 0) {
            double[] sorted = Arrays.copyOf(gaps, count);
            Arrays.sort(sorted);
            out.println(String.format(Locale.ROOT, "frames: %d in %.1f s, gap median %.1f ms, p99 %.1f ms, longest %.1f ms",
                    count, (now - windowStart) / 1e9, sorted[count / 2], sorted[(int) Math.min(count - 1, count * 0.99)],
                    sorted[count - 1]));
            out.flush();
            count = 0;
            windowStart = now;
        }
    }
}
