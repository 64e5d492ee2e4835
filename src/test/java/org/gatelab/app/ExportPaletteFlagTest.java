package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.export.ExportTheme;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code gatelab export --theme T --palette P}: the four export themes, and wrong values named by their flag. */
class ExportPaletteFlagTest {
    private final CommandLine cl = new CommandLine(new ExportCommand());

    @Test
    void themeAndPaletteChooseTheExportTheme() {
        assertEquals(ExportTheme.LIGHT, ExportCommand.theme(cl, "light", "default"));
        assertEquals(ExportTheme.DARK, ExportCommand.theme(cl, "Dark", "default"));
        assertEquals(ExportTheme.LIGHT_SAFE, ExportCommand.theme(cl, "light", "safe"));
        assertEquals(ExportTheme.DARK_SAFE, ExportCommand.theme(cl, "dark", "SAFE"));
    }

    @Test
    void wrongValuesNameTheirFlag() {
        String palette = assertThrows(CommandLine.ParameterException.class,
                () -> ExportCommand.theme(cl, "light", "rainbow")).getMessage();
        assertTrue(palette.contains("--palette") && palette.contains("rainbow"), palette);
        String theme = assertThrows(CommandLine.ParameterException.class,
                () -> ExportCommand.theme(cl, "sepia", "safe")).getMessage();
        assertTrue(theme.contains("--theme") && theme.contains("sepia"), theme);
    }
}
