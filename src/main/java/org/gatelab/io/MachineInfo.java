package org.gatelab.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a measurement ran on, in one line: the CPU's model (from {@code /proc/cpuinfo} where there is one),
 * the cores Java sees, the operating system and Java's version, e.g. "Intel(R) Xeon(R) Platinum 8481C CPU @
 * 2.70GHz, 2 cores, Linux 6.1.0 amd64, Java 17.0.15".
 */
public final class MachineInfo {
    private MachineInfo() {
    }

    public static String describe() {
        return String.format(Locale.ROOT, "%s, %d core%s, %s %s %s, Java %s", cpu(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() == 1 ? "" : "s",
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
    }

    /** The CPU's model name, or "unknown CPU" where the system does not say. */
    static String cpu() {
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            try {
                List<String> lines = Files.readAllLines(info, StandardCharsets.UTF_8);
                for (String line : lines) {
                    if (line.startsWith("model name")) {
                        int colon = line.indexOf(':');
                        if (colon > 0) {
                            return line.substring(colon + 1).trim();
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                return "unknown CPU";
            }
        }
        return "unknown CPU";
    }
}
