package org.gatelab.io;

import org.gatelab.vocabulary.Ranges;

/**
 * What GateLab remembers between runs, besides lesson progress.
 *
 * @param darkTheme      the dark theme is on
 * @param presenterScale type and stroke scale of presenter mode ({@link Ranges#PRESENTER_SCALE})
 * @param lastFolder     the folder of the last file opened or saved (models, settings, exports); empty if none
 * @param welcomeSeen    the welcome screen was shown once, so later starts open where the learner works
 * @param colourVisionSafe the colour-vision-safe line colours are on (the corner's Colour-safe switch)
 */
public record AppSettings(boolean darkTheme, double presenterScale, String lastFolder, boolean welcomeSeen,
                          boolean colourVisionSafe) {
    public AppSettings {
        presenterScale = Double.isFinite(presenterScale) ? Math.max(Ranges.PRESENTER_SCALE.min(),
                Math.min(Ranges.PRESENTER_SCALE.max(), presenterScale)) : Ranges.PRESENTER_DEFAULT_SCALE;
        lastFolder = lastFolder == null ? "" : lastFolder;
    }

    public static AppSettings defaults() {
        return new AppSettings(false, Ranges.PRESENTER_DEFAULT_SCALE, "", false, false);
    }

    public AppSettings withDarkTheme(boolean dark) {
        return new AppSettings(dark, presenterScale, lastFolder, welcomeSeen, colourVisionSafe);
    }

    public AppSettings withPresenterScale(double scale) {
        return new AppSettings(darkTheme, scale, lastFolder, welcomeSeen, colourVisionSafe);
    }

    public AppSettings withLastFolder(String folder) {
        return new AppSettings(darkTheme, presenterScale, folder, welcomeSeen, colourVisionSafe);
    }

    public AppSettings withWelcomeSeen(boolean seen) {
        return new AppSettings(darkTheme, presenterScale, lastFolder, seen, colourVisionSafe);
    }

    public AppSettings withColourVisionSafe(boolean safe) {
        return new AppSettings(darkTheme, presenterScale, lastFolder, welcomeSeen, safe);
    }
}
