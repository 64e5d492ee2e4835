package org.gatelab.training.text;

/**
 * The sample a run writes after each epoch, so the class watches noise turn into words.
 *
 * @param prime       where it starts (empty: after a line break)
 * @param length      characters written ({@link Sampler#LENGTH})
 * @param temperature τ ({@link Sampler#TEMPERATURE})
 */
public record SampleSpec(String prime, int length, double temperature) {
    /** The default: 200 characters at τ = 0.8 after a line break. */
    public static final SampleSpec DEFAULT = new SampleSpec("", 200, Sampler.DEFAULT_TEMPERATURE);

    public SampleSpec {
        prime = prime == null ? "" : prime;
        Sampler.LENGTH.check("sample length", length);
        Sampler.TEMPERATURE.check("temperature", temperature);
    }
}
