package org.gatelab.export;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.gatelab.engine.Spectra;
import org.gatelab.viewmodel.workspace.WorkspaceComputation;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.vocabulary.CellKind;

/** Traces to export (computed by the workspace's own code, no window) and pixel helpers. */
final class ExportFixtures {
    private ExportFixtures() {
    }

    /**
     * The workspace's default run (LSTM, 8 units, sine of 30 steps) of {@code cell}, with the comparison runs and
     * the model's W_hh.
     */
    static ExportSource source(CellKind cell) {
        WorkspaceSettings s = WorkspaceSettings.defaults().withCell(cell);
        WorkspaceResult r = WorkspaceComputation.compute(s, true, null);
        return new ExportSource(r.trace(), r.comparison(), s.source().name().toLowerCase(Locale.ROOT))
                .withWeights(Spectra.of(WorkspaceComputation.model(s, cell)));
    }

    /** Distinct opaque colours in the image (alpha ignored). */
    static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 1) {
            for (int x = 0; x < img.getWidth(); x += 1) {
                seen.add(img.getRGB(x, y) & 0xffffff);
                if (seen.size() > 10_000) {
                    return seen.size();
                }
            }
        }
        return seen.size();
    }
}
