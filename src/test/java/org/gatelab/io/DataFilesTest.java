package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gatelab.tasks.RealDataInfo;
import org.gatelab.vocabulary.RealDataSet;
import org.junit.jupiter.api.Test;

/**
 * The committed data sets are what {@code assets/data/README.md} says they are: every file matches its line of
 * {@code SHA256SUMS} (as {@code sha256sum -c SHA256SUMS} checks), every data file has a line, the copies the build
 * puts on the class path are the same bytes, and the credit and licence the app shows for each recording are the
 * README's own words.
 */
class DataFilesTest {
    private static final Path DATA = Path.of("assets", "data");

    private static Map<String, String> sums() throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DATA.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            // sha256sum's format: 64 hex digits, two spaces (or space and '*'), the file name
            assertTrue(line.matches("[0-9a-f]{64}  \\S.*"), "SHA256SUMS line \"" + line + "\"");
            sums.put(line.substring(66), line.substring(0, 64));
        }
        return sums;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void everyFileMatchesItsChecksum() throws Exception {
        Map<String, String> sums = sums();
        assertTrue(sums.size() >= 10, "SHA256SUMS lists " + sums.keySet());
        for (Map.Entry<String, String> e : sums.entrySet()) {
            Path file = DATA.resolve(e.getKey());
            assertTrue(Files.isRegularFile(file), "SHA256SUMS names " + e.getKey() + ", which is not in assets/data");
            assertEquals(e.getValue(), sha256(Files.readAllBytes(file)), e.getKey() + " no longer matches SHA256SUMS");
        }
    }

    @Test
    void everyDataFileHasAChecksumAndSumsAreSortedByName() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(DATA)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add(DATA.relativize(p).toString().replace('\\', '/')));
        }
        files.removeAll(Set.of("README.md", "SHA256SUMS"));
        Map<String, String> sums = sums();
        assertEquals(files, new TreeSet<>(sums.keySet()), "data files without a checksum, or checksums without a file");
        assertEquals(List.copyOf(new TreeSet<>(sums.keySet())), List.copyOf(sums.keySet()),
                "the README asks for SHA256SUMS sorted by name");
    }

    @Test
    void theRecordingsOnTheClassPathAreTheCommittedBytes() throws Exception {
        for (RealDataSet set : RealDataSet.values()) {
            String file = RealDataInfo.of(set).file();
            try (InputStream in = RealDataSets.class.getResourceAsStream(RealDataSets.FOLDER + file)) {
                assertNotNull(in, file + " is not on the class path (pom.xml's resources copy assets/data)");
                assertArrayEquals(Files.readAllBytes(DATA.resolve(file)), in.readAllBytes(), file);
            }
        }
    }

    /** The README's text without Markdown marks and line breaks, so a credit can be found in it word for word. */
    private static String readme() throws IOException {
        String md = Files.readString(DATA.resolve("README.md"), StandardCharsets.UTF_8);
        return md.replaceAll("(?m)^> ?", "").replaceAll("[<>_*`]", "").replaceAll("\\s+", " ");
    }

    @Test
    void theCreditShownIsTheReadmesOwn() throws IOException {
        String readme = readme();
        for (RealDataSet set : RealDataSet.values()) {
            RealDataInfo info = RealDataInfo.of(set);
            assertTrue(readme.contains(info.file()), info.file() + " has a section");
            assertTrue(!info.credit().isEmpty(), set.id());
            for (String paragraph : info.credit()) {
                assertTrue(readme.contains(paragraph), set.id() + ": the credit \"" + paragraph
                        + "\" is not in assets/data/README.md word for word");
            }
        }
        // the licences that require attribution say so, and the README names them
        for (RealDataSet set : RealDataSet.values()) {
            RealDataInfo info = RealDataInfo.of(set);
            assertEquals(info.licence().endsWith(": attribution required"), info.attribution(), set.id());
            String spdx = info.licence().split("[ :]")[0];
            assertTrue(info.licence().startsWith("public domain") || readme.contains(spdx), set.id() + ": " + spdx);
        }
    }
}
