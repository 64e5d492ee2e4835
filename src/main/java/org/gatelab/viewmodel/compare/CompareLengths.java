package org.gatelab.viewmodel.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gatelab.tasks.AddingTask;

/** The sweep's list of sequence lengths as the user types it: "10, 50, 100, 200". */
final class CompareLengths {
    /** Most lengths in one sweep (each costs three training runs). */
    static final int MAX_COUNT = 8;

    private CompareLengths() {
    }

    /**
     * The lengths in {@code text}, comma-separated whole numbers in the adding problem's range, increasing.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong and where
     */
    static List<Integer> parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("give at least one sequence length, e.g. 10, 50, 100, 200");
        }
        String[] parts = t.split(",", -1);
        TreeSet<Integer> lengths = new TreeSet<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is empty: write whole numbers separated "
                        + "by commas, e.g. 10, 50, 100");
            }
            int value;
            try {
                value = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + p + "\" (entry " + (i + 1) + ") is not a whole number");
            }
            if (!AddingTask.LENGTH.contains(value)) {
                throw new IllegalArgumentException("length " + value + " is out of range: the adding problem "
                        + "takes T from " + AddingTask.LENGTH.text());
            }
            if (!lengths.add(value)) {
                throw new IllegalArgumentException("length " + value + " is listed twice");
            }
        }
        if (lengths.size() > MAX_COUNT) {
            throw new IllegalArgumentException("at most " + MAX_COUNT + " lengths per sweep (each trains three "
                    + "models), got " + lengths.size());
        }
        return List.copyOf(new ArrayList<>(lengths));
    }

    /** The lengths written back as text: "10, 50, 100, 200". */
    static String format(List<Integer> lengths) {
        return lengths.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
