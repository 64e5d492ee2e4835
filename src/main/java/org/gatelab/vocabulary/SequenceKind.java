package org.gatelab.vocabulary;

/** Where the workspace's input sequence comes from. */
public enum SequenceKind {
    SINE("Sine wave", "xₜ = sin(2πt / 20) plus a little noise; the target is the next value."),
    ADDING("Adding problem", "Random values with two marked positions; the target is the sum of the two marked values."),
    NOISE("Random noise", "Gaussian noise; the target is 0. Useful to watch gates with no structure to find."),
    CUSTOM("Typed by hand", "The numbers you type, one per timestep; the target is the value you give."),
    TEXT("Text", "The characters you type, one per timestep, one-hot over the text's own characters (or the "
            + "character model's shown); at each step the target is the next character, so the last one is only a "
            + "target.");

    private final String title;
    private final String explanation;

    SequenceKind(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return title;
    }
}
