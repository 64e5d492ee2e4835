package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every trained model in {@code assets/models/} comes out of the project's own {@code train} command, bit for bit,
 * with the commands {@code assets/README.md} records. About 60 s on 2 cores, hence the "outcome" tag
 * ({@code mvn -Poutcomes verify}).
 */
@Tag("outcome")
class BundledModelsReproduceTest {
    @TempDir
    Path dir;

    private void reproduces(String file, String... options) throws IOException {
        Path out = dir.resolve(file);
        List<String> args = new ArrayList<>(List.of("train", "--quiet"));
        args.addAll(List.of(options));
        args.addAll(List.of("--out", out.toString()));
        TraceCommandTest.Result r = TraceCommandTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(Files.readAllBytes(BundledModelsTest.MODELS.resolve(file)), Files.readAllBytes(out), file);
    }

    @Test
    void theAddingProblemCells() throws IOException {
        reproduces("adding-T100-lstm.safetensors", "--task", "adding", "--length", "100", "--cell", "lstm", "--init",
                "chrono", "--epochs", "10", "--seed", "1");
        reproduces("adding-T100-gru.safetensors", "--task", "adding", "--length", "100", "--cell", "gru", "--epochs",
                "10", "--seed", "1");
        reproduces("adding-T100-rnn.safetensors", "--task", "adding", "--length", "100", "--cell", "rnn", "--epochs",
                "10", "--seed", "1");
    }

    @Test
    void theReberAndCopyCells() throws IOException {
        reproduces("reber-lstm.safetensors", "--task", "reber", "--cell", "lstm", "--hidden", "16", "--epochs", "10",
                "--seed", "1");
        reproduces("copy-gru.safetensors", "--task", "copy", "--cell", "gru", "--epochs", "10", "--seed", "1");
    }

    @Test
    void theWaveForecaster() throws IOException {
        // awk 'BEGIN{print "value"; pi=atan2(0,-1); for(t=0;t<1000;t++) printf "%.6f\n", sqrt(2)*sin(2*pi*t/20)}'
        StringBuilder csv = new StringBuilder("value\n");
        for (int t = 0; t < 1000; t++) {
            csv.append(String.format(Locale.ROOT, "%.6f%n", Math.sqrt(2) * Math.sin(2 * Math.PI * t / 20)));
        }
        Path wave = dir.resolve("wave.csv");
        Files.writeString(wave, csv.toString(), StandardCharsets.UTF_8);
        reproduces("wave-lstm.safetensors", "--task", "csv", "--csv", wave.toString(), "--window", "20", "--cell",
                "lstm", "--hidden", "16", "--epochs", "20", "--seed", "1");
    }
}
