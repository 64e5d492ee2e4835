package org.gatelab.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Moves a file the app could not read out of the way, to {@code <name>.broken-<time>} beside it, so the app
 * can start over with defaults while the user's file is kept to look at (and never overwritten unread).
 */
public final class SetAside {
    private SetAside() {
    }

    /** Renames {@code file} and returns where it went. */
    public static Path move(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".broken-" + stamp);
        return Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
    }
}
