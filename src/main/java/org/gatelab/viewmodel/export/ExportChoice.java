package org.gatelab.viewmodel.export;

import org.gatelab.export.ExportFormat;
import org.gatelab.export.ExportTheme;

/**
 * What the export dialog asks: format, scale (PNG), theme and background.
 *
 * @param scale       1, 2 or 4 (ignored by SVG and PDF)
 * @param transparent no background
 */
public record ExportChoice(ExportFormat format, int scale, ExportTheme theme, boolean transparent) {
    /** PNG at 2x, light, on the theme's background. */
    public static final ExportChoice DEFAULT = new ExportChoice(ExportFormat.PNG, 2, ExportTheme.LIGHT, false);
}
