package org.gatelab.viewmodel.export;

import org.gatelab.engine.Spectra;
import org.gatelab.export.ExportSource;
import org.gatelab.viewmodel.workspace.WorkspaceResult;

/** What the exports draw from a workspace computation. */
public final class ExportSources {
    private ExportSources() {
    }

    /**
     * The result's trace and comparison runs, named after the input ({@code "sine"}, {@code "adding"},
     * {@code "noise"}, {@code "custom"}, or a trained model's task).
     */
    public static ExportSource of(WorkspaceResult result) {
        return new ExportSource(result.trace(), result.comparison(), result.inputName()).withInspected(
                result.inspected());
    }

    /** The same with the model's recurrent matrices and their spectra, for the W_hh view (O(H³): off the FX thread). */
    public static ExportSource withWeights(WorkspaceResult result) {
        return of(result).withWeights(Spectra.of(result.model()));
    }
}
