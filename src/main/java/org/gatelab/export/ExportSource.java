package org.gatelab.export;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;

/**
 * What the views are drawn from: a recorded run, the same input through the three cells (for the
 * gradient-flow overlay; may be empty), and a short name of the input for file names ({@code "sine"}).
 */
public record ExportSource(Trace trace, Map<CellKind, Trace> comparison, String inputName) {
    public ExportSource {
        if (trace == null) {
            throw new IllegalArgumentException("nothing to export: there is no trace yet");
        }
        Map<CellKind, Trace> copy = new EnumMap<>(CellKind.class);
        if (comparison != null) {
            copy.putAll(comparison);
        }
        comparison = Collections.unmodifiableMap(copy);
        inputName = inputName == null || inputName.isBlank() ? "input" : inputName;
    }

    /** A source without comparison runs. */
    public static ExportSource of(Trace trace, String inputName) {
        return new ExportSource(trace, Map.of(), inputName);
    }

    /** The cell's name for file names: {@code "lstm"}, {@code "gru"}, {@code "rnn"}. */
    public String cellName() {
        return trace.cell().name().toLowerCase(Locale.ROOT);
    }
}
