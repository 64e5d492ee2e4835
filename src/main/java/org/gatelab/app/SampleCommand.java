package org.gatelab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gatelab.io.CharModelFiles;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.training.text.Sampler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gatelab sample}: text from a character model file, written to stdout. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes text with a character model (a file from train --task text --out): the prime, then "
                + "--length characters drawn one at a time at the given temperature. The same model, prime, "
                + "temperature and seed give the same text."})
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--weights", required = true, paramLabel = "FILE",
            description = "a character model (.safetensors with its vocabulary)")
    Path weights;

    @Option(names = "--prime", paramLabel = "TEXT", defaultValue = "",
            description = "where to start (default: after a line break)")
    String prime;

    @Option(names = "--length", paramLabel = "N", defaultValue = "200",
            description = "characters to write after the prime (default: ${DEFAULT-VALUE})")
    int length;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.8",
            description = "0.05..5: below 1 safer and more repetitive, above 1 more surprising (default: "
                    + "${DEFAULT-VALUE})")
    double temperature;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the draws' seed (default: "
            + "${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        CharModel model = CharModelFiles.load(weights);
        String text = new Sampler().sample(model, prime, length, temperature, seed);
        System.out.print(text);
        System.out.println();
        System.out.flush();
        return 0;
    }
}
