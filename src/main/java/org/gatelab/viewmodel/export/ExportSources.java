package org.gatelab.viewmodel.export;

import java.util.Locale;
import org.gatelab.export.ExportSource;
import org.gatelab.viewmodel.workspace.WorkspaceResult;

/** What the exports draw from a workspace computation. */
public final class ExportSources {
    private ExportSources() {
    }

    /**
     * The result's trace and comparison runs, named after the input ({@code "sine"}, {@code "adding"},
     * {@code "noise"}, {@code "custom"}).
     */
    public static ExportSource of(WorkspaceResult result) {
        String input = result.settings().source().name().toLowerCase(Locale.ROOT);
        return new ExportSource(result.trace(), result.comparison(), input);
    }
}
