package org.gatelab.viewmodel.training;

/**
 * The outcome of the last action of the training lab that is not shown elsewhere (saving, loading,
 * inspecting): a sentence, and whether it reports a problem.
 */
public record Notice(String text, boolean problem) {
    public static final Notice NONE = new Notice("", false);

    public static Notice info(String text) {
        return new Notice(text, false);
    }

    public static Notice problem(String text) {
        return new Notice(text, true);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
