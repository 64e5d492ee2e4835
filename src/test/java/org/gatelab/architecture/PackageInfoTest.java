package org.gatelab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package says in its package-info.java what lives there and what it may use. */
class PackageInfoTest {
    @Test
    void everyMainPackageHasAPackageInfo() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> missing;
        try (Stream<Path> dirs = Files.walk(root)) {
            missing = dirs.filter(Files::isDirectory).filter(PackageInfoTest::holdsClasses)
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .map(d -> root.relativize(d).toString().replace('/', '.')).sorted().toList();
        }
        assertEquals(List.of(), missing, "packages without a package-info.java");
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
