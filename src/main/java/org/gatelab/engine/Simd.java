package org.gatelab.engine;

import java.lang.management.ManagementFactory;

/**
 * Whether the engine's inner loops run as SIMD code through the Vector API ({@code jdk.incubator.vector}, an
 * incubator module in Java 17), and whether the CPU fuses multiply-add.
 *
 * <p>The Vector API is used only when the JVM was started with {@code --add-modules jdk.incubator.vector} (as
 * {@code mvn javafx:run}, the tests and the packaged app are). Without it the engine runs the same products as
 * plain Java loops, slower but with the same results bit for bit, and the cell equations with {@code Math}'s
 * functions; the vector classes ({@code VectorGemm}, {@code VectorMath}, {@code VectorLstm}, ...) are then
 * never loaded, so nothing fails. {@code -Dgatelab.simd=false} turns SIMD off on purpose (to measure what it
 * buys).
 *
 * <p>Every product sums each element's terms in the same order, one {@code fma} per term, so the SIMD and the
 * scalar loops agree exactly. Where the CPU has no fused multiply-add, {@code Math.fma} and the Vector API's
 * {@code fma} fall back to very slow software; there the products use a multiply and an add instead.
 */
public final class Simd {
    /** The Vector API's module. */
    static final String MODULE = "jdk.incubator.vector";
    /** True when the JVM has the Vector API and it was not turned off with {@code -Dgatelab.simd=false}. */
    static final boolean AVAILABLE = detect();
    /** True when the CPU has a fused multiply-add instruction (HotSpot's {@code UseFMA}). */
    static final boolean FMA = detectFma();

    private Simd() {
    }

    /** Whether the engine runs its SIMD loops in this JVM. */
    public static boolean enabled() {
        return AVAILABLE;
    }

    /** How the engine computes here, in a few words: "SIMD, 8 x 64-bit lanes, FMA" or "scalar (...)". */
    public static String describe() {
        String fma = FMA ? "FMA" : "no FMA";
        if (AVAILABLE) {
            return "SIMD, " + VectorMath.LANES + " x 64-bit lanes, " + fma;
        }
        boolean off = !Boolean.parseBoolean(System.getProperty("gatelab.simd", "true"));
        return "scalar, " + fma + (off ? " (-Dgatelab.simd=false)" : " (start Java with --add-modules " + MODULE
                + " for SIMD)");
    }

    private static boolean detect() {
        if (!Boolean.parseBoolean(System.getProperty("gatelab.simd", "true"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return false;
        }
        try {
            // loads the vector classes only now that the module is known to be there
            return VectorMath.LANES >= 2;
        } catch (LinkageError e) {
            return false;
        }
    }

    private static boolean detectFma() {
        try {
            var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return bean != null && Boolean.parseBoolean(bean.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            // not HotSpot, or no jdk.management: a multiply and an add are always safe
            return false;
        }
    }
}
