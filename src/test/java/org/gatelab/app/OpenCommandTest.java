package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code gatelab open}: a broken scene is reported on the command line (file, line, field; exit code 2) before any
 * window opens; the desktop's single scene file or link goes to the window.
 */
class OpenCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        CommandLine cl = Launcher.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), err.toString().strip()};
    }

    @Test
    void aBrokenSceneFileIsReportedWithoutAWindow() throws Exception {
        Path f = dir.resolve("lesson.gatelab");
        Files.writeString(f, "cell: lstm\nhidden: 0\n");
        String[] r = run("open", f.toString());
        assertEquals("2", r[0]);
        assertEquals("gatelab open: lesson.gatelab:2: \"hidden\" must be between 1 and 1024, got 0", r[1]);
        r = run("open", dir.resolve("none.gatelab").toString());
        assertEquals("2", r[0]);
        assertTrue(r[1].endsWith("none.gatelab: no such file"), r[1]);
        r = run("open", "gatelab:scene?cell=lstm&length=30&step=500");
        assertEquals("2", r[0]);
        assertEquals("gatelab open: the link:3: step 500 is past the end of the input (t = 0 to 29)", r[1]);
    }

    @Test
    void theDesktopsSceneFileOrLinkOpensTheWindow() {
        assertTrue(OpenCommand.fromDesktop(new String[] {"/home/t/Week 3.GATELAB"}));
        assertTrue(OpenCommand.fromDesktop(new String[] {"gatelab:scene?cell=gru"}));
        assertFalse(OpenCommand.fromDesktop(new String[] {"lessons"}));
        assertFalse(OpenCommand.fromDesktop(new String[] {"open", "x.gatelab"}));
    }
}
