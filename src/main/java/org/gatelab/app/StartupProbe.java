package org.gatelab.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Measures the start: the time from the JVM's start to the first frame the window shows, and the memory
 * resident after the app has been idle. Always logged; with {@code -Dgatelab.startup.report=SECONDS} it also
 * prints one line to stdout after that many idle seconds and exits, for {@code packaging/../BENCHMARKS.md}
 * measurements ({@code scripts/startup-bench.sh}).
 */
final class StartupProbe {
    private static final Logger LOG = Logger.getLogger("org.gatelab.app");

    private StartupProbe() {
    }

    /** Call right after the stage is shown. */
    static void start() {
        AnimationTimer firstFrame = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                long millis = System.currentTimeMillis() - jvmStart;
                LOG.info(() -> "first frame " + millis + " ms after the JVM started");
                report(millis);
            }
        };
        firstFrame.start();
    }

    private static void report(long firstFrameMillis) {
        String seconds = System.getProperty("gatelab.startup.report");
        if (seconds == null) {
            return;
        }
        double idle;
        try {
            idle = Double.parseDouble(seconds);
        } catch (NumberFormatException e) {
            idle = 5;
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(idle));
        wait.setOnFinished(e -> {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapUsed = (rt.totalMemory() - rt.freeMemory()) >> 20;
            System.out.printf(Locale.ROOT, "first_frame_ms=%d rss_mb=%s heap_used_mb=%d heap_committed_mb=%d%n",
                    firstFrameMillis, residentMegabytes(), heapUsed, rt.totalMemory() >> 20);
            System.out.flush();
            Platform.exit();
        });
        wait.play();
    }

    /** Resident set size in MB from /proc (Linux), or "?" elsewhere. */
    static String residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.valueOf(kb / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "?";
        }
        return "?";
    }
}
