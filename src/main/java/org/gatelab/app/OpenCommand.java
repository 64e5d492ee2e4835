package org.gatelab.app;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gatelab.io.AppDirectories;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.SceneLinks;
import org.gatelab.viewmodel.share.SceneReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gatelab open FILE}: starts the window on a shared scene (a {@code .gatelab} file or a {@code gatelab:}
 * link). The scene is read and checked first, so a broken one is reported here, on the command line, naming the
 * file, the line and the field, and no window opens.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the app on a shared scene: a .gatelab file (Scene > Save scene…) or a gatelab: link.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|LINK", description = "a .gatelab scene file or a gatelab: link")
    String scene;

    /** True when the desktop handed the app one scene file or link (the file type or link scheme it is registered for). */
    static boolean fromDesktop(String[] args) {
        return args.length == 1 && (SceneLinks.isLink(args[0])
                || args[0].toLowerCase(Locale.ROOT).endsWith(".gatelab"));
    }

    @Override
    public Integer call() throws IOException {
        LessonPaths paths = new LessonPaths(AppDirectories.detect().assets());
        if (SceneLinks.isLink(scene)) {
            SceneReader.parse(scene, "the link", paths);
        } else {
            SceneReader.read(java.nio.file.Path.of(scene), paths);
        }
        DesktopLauncher.launch(new String[] {scene});
        return 0;
    }
}
