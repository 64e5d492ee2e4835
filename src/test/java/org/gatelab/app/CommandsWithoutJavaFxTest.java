package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tools must run on a machine without a display and must not even load JavaFX: each runs
 * in a child JVM with {@code -verbose:class}, whose log of loaded classes is checked.
 */
class CommandsWithoutJavaFxTest {
    /** A unified-logging line of -verbose:class, e.g. {@code [0.012s][info][class,load] java.lang.Object source: ...}. */
    private static final Pattern CLASS_LOAD = Pattern.compile("^\\[[^]]*\\]\\[info\\]\\[class,load\\] (\\S+)");
    private static final Pattern LOG_LINE = Pattern.compile("^\\[[0-9.]+s\\]\\[\\w+\\]\\[");

    @TempDir
    Path dir;

    record Child(int exitCode, List<String> loadedClasses, List<String> outputLines, String err) {
    }

    private Child runChild(String... args) throws IOException, InterruptedException {
        return runChild(List.of(), args);
    }

    private Child runChild(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        // JavaFX is on the class path (the test is only meaningful if it could be loaded)
        assertTrue(System.getProperty("java.class.path").contains("javafx-"), "javafx jars on the class path");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.gatelab.app.Launcher"));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process p = builder.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not finish: " + command);
        }
        List<String> classes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            Matcher m = CLASS_LOAD.matcher(line);
            if (m.find()) {
                classes.add(m.group(1));
            } else if (!LOG_LINE.matcher(line).find()) {
                lines.add(line);
            }
        }
        return new Child(p.exitValue(), classes, lines, Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void assertNoJavaFx(Child c) {
        assertTrue(c.loadedClasses().size() > 100, "the class-load log was captured (" + c.loadedClasses().size()
                + " classes)");
        assertTrue(c.loadedClasses().contains("org.gatelab.app.Launcher"), "the launcher ran");
        List<String> fx = c.loadedClasses().stream()
                .filter(n -> n.startsWith("javafx.") || n.startsWith("com.sun.javafx"))
                .toList();
        assertEquals(List.of(), fx, "JavaFX classes loaded by a command-line tool");
    }

    @Test
    void traceRunsWithoutLoadingJavaFx() throws Exception {
        Files.writeString(dir.resolve("x.csv"), "0.5,1\n-1,0.25\n2,-0.5\n");
        Files.writeString(dir.resolve("y.csv"), "0.3\n");
        Child c = runChild("trace", "--cell", "lstm", "--hidden", "3", "--seed", "1", "--input", "x.csv", "--target",
                "y.csv", "--out", "t.json");
        assertEquals(0, c.exitCode(), c.err());
        assertNoJavaFx(c);
        JsonNode j = new ObjectMapper().readTree(dir.resolve("t.json").toFile());
        assertEquals("lstm", j.get("cell").asText());
        assertEquals(3, j.get("steps").size());
        assertTrue(c.loadedClasses().contains("org.gatelab.app.TraceCommand"));
    }

    @Test
    void benchRunsWithoutLoadingJavaFxAndEndsWithJson() throws Exception {
        Child c = runChild("bench", "--length", "5", "--hidden", "4", "--input-size", "2", "--repeat", "2",
                "--warmup", "1");
        assertEquals(0, c.exitCode(), c.err());
        assertNoJavaFx(c);
        List<String> lines = c.outputLines().stream().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty(), "bench printed something");
        String last = lines.get(lines.size() - 1);
        JsonNode j = new ObjectMapper().readTree(last);
        assertTrue(j.isObject(), "the last line is a JSON object: " + last);
        for (String key : List.of("cell", "hidden", "input_size", "length", "batch", "median_us_per_sequence",
                "min_us_per_sequence")) {
            assertTrue(j.has(key), key + " in " + last);
        }
        assertEquals("lstm", j.get("cell").asText());
        assertEquals(4, j.get("hidden").asInt());
        assertEquals(2, j.get("input_size").asInt());
        assertEquals(5, j.get("length").asInt());
        assertEquals(1, j.get("batch").asInt());
        double median = j.get("median_us_per_sequence").asDouble();
        double min = j.get("min_us_per_sequence").asDouble();
        assertTrue(min > 0 && min <= median, "0 < min " + min + " <= median " + median);
        // started without --add-modules jdk.incubator.vector: the engine's scalar loops, no vector class loaded
        assertTrue(j.get("engine").asText().startsWith("scalar"), last);
        assertEquals(List.of(), c.loadedClasses().stream().filter(n -> n.startsWith("jdk.incubator.vector")
                || n.startsWith("org.gatelab.engine.Vector")).toList());
    }

    /** With the module, the engine runs its SIMD loops; the JVM's incubator notice is on stderr only. */
    @Test
    void benchUsesTheVectorApiWhenTheJvmHasIt() throws Exception {
        Child c = runChild(List.of("--add-modules", "jdk.incubator.vector"), "bench", "--cell", "gru", "--length",
                "5", "--hidden", "8", "--input-size", "2", "--repeat", "1", "--warmup", "0");
        assertEquals(0, c.exitCode(), c.err());
        List<String> lines = c.outputLines().stream().filter(l -> !l.isBlank()).toList();
        JsonNode j = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertTrue(j.get("engine").asText().startsWith("SIMD"), j.toString());
        assertTrue(c.loadedClasses().contains("org.gatelab.engine.VectorGru"));
        assertTrue(c.err().contains("WARNING: Using incubator modules: jdk.incubator.vector"), c.err());
        assertTrue(lines.stream().noneMatch(l -> l.contains("WARNING")), "stdout is the command's own: " + lines);
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        TraceCommandTest.Result r = TraceCommandTest.run("--version");
        assertEquals(0, r.exitCode(), r.err());
        String version = Version.get();
        assertFalse(version.equals("unknown") || version.contains("${"), "the build filled in the version: " + version);
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
        assertTrue(r.out().contains("GateLab " + version), r.out());
        assertEquals("", r.err());
    }
}
