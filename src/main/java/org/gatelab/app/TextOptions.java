package org.gatelab.app;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.training.text.SampleSpec;
import org.gatelab.training.text.Sampler;
import picocli.CommandLine.Option;

/** The options of {@code train --task text}: the corpus and the sample written after each epoch. */
final class TextOptions {
    @Option(names = "--corpus", paramLabel = "CORPUS",
            description = "text: names, moby-dick, brackets (generated from --seed) or the path of a UTF-8 text file")
    String corpus;

    @Option(names = "--temperature", paramLabel = "T",
            description = "text: the temperature of the sample written after each epoch, 0.05..5 (default "
                    + Sampler.DEFAULT_TEMPERATURE + ")")
    Double temperature;

    @Option(names = "--sample-length", paramLabel = "N",
            description = "text: characters of the sample written after each epoch (default 200)")
    Integer sampleLength;

    /** The sample after each epoch: these options over {@link SampleSpec#DEFAULT}. */
    SampleSpec sampleSpec() {
        return new SampleSpec("", sampleLength == null ? SampleSpec.DEFAULT.length() : sampleLength,
                temperature == null ? SampleSpec.DEFAULT.temperature() : temperature);
    }

    /** Refuses these options for a task other than text. */
    void refuseWithout(String what) {
        List<String> set = new ArrayList<>();
        if (corpus != null) {
            set.add("--corpus");
        }
        if (temperature != null) {
            set.add("--temperature");
        }
        if (sampleLength != null) {
            set.add("--sample-length");
        }
        if (!set.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", set) + " need" + (set.size() == 1 ? "s " : " ")
                    + what);
        }
    }
}
