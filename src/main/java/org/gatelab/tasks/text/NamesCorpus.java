package org.gatelab.tasks.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The English first names corpus: the female and the male list joined, each distinct name once (in the order
 * the lists give them, female first), one per line. Split by line, so the held-out names are names the model
 * never trained on.
 */
public final class NamesCorpus {
    private NamesCorpus() {
    }

    /** The corpus from the two lists' texts (one name per line; blank lines are skipped). */
    public static TextCorpus of(String female, String male) {
        Set<String> names = new LinkedHashSet<>();
        int lines = 0;
        for (String list : new String[] {female, male}) {
            for (String line : list.split("\r?\n")) {
                String name = line.strip();
                if (!name.isEmpty()) {
                    names.add(name);
                    lines++;
                }
            }
        }
        StringBuilder text = new StringBuilder();
        names.forEach(n -> text.append(n).append('\n'));
        return new TextCorpus("names", "English first names", text.toString(), TextCorpus.Split.LINES,
                String.format(Locale.ROOT, "%,d distinct names from %,d lines of the female and male lists",
                        names.size(), lines));
    }
}
