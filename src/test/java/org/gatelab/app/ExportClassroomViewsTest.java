package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gatelab.engine.Spectra;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.MatrixSpectrum;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.SceneFiles;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.viewmodel.workspace.WorkspaceComputation;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.viewmodel.lesson.SceneSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gatelab export --view unrolled,whh}: the two classroom views from the command line, without a window. */
class ExportClassroomViewsTest {
    @TempDir
    Path dir;

    @Test
    void exportsTheUnrolledNetworkAndTheRecurrentMatrixOfTheScenesModel() throws Exception {
        Path scene = Files.writeString(dir.resolve("bptt.yaml"), "cell: lstm\nhidden: 5\nstep: 6\nhighlight: o\n");
        TraceCommandTest.Result r = TraceCommandTest.run("export", "--scene", scene.toString(), "--out",
                dir.resolve("o").toString(), "--view", "unrolled,whh", "--format", "svg");
        assertEquals(0, r.exitCode(), r.err());
        String unrolled = Files.readString(dir.resolve("o/bptt-unrolled.svg"));
        assertTrue(unrolled.contains("LSTM unrolled through time"), "the heading is text in the SVG");
        String whh = Files.readString(dir.resolve("o/bptt-whh.svg"));
        // the spectral radius of W_ho (the highlighted gate's block) of the model the scene's seed makes
        WorkspaceSettings settings = SceneSettings.workspace(SceneFiles.read(scene, new LessonPaths(null)).scene());
        MatrixSpectrum o = Spectra.of(WorkspaceComputation.model(settings, settings.cell()), 0).spectrum(Gate.O);
        assertTrue(whh.contains("ρ = " + ValueFormat.readout(o.spectralRadius())), "ρ of W_ho is written");
        assertTrue(whh.contains("Eigenvalues of W_ho"));
    }

    @Test
    void anUnknownViewNamesTheKnownOnes() {
        TraceCommandTest.Result r = TraceCommandTest.run("export", "--scene", "x.yaml", "--out",
                dir.resolve("o").toString(), "--view", "unroled");
        assertTrue(r.exitCode() != 0);
        assertTrue(r.err().contains("unrolled") && r.err().contains("whh"), r.err());
    }
}
