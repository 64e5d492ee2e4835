package org.gatelab.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gatelab.tasks.text.BracketLanguage;
import org.gatelab.tasks.text.NamesCorpus;
import org.gatelab.tasks.text.TextCorpus;

/**
 * The corpora a character model can train on: the bundled English first names and <i>Moby-Dick</i> (read from
 * the assets folder's {@code data/}, see its README for their source and licence), the bracket language
 * (generated from a seed), or any text file ({@link TextFiles}).
 */
public final class CorpusFiles {
    /** The bundled and generated corpora by name, in the order menus list them. */
    public static final List<String> BUNDLED = List.of("names", "moby-dick", "brackets");

    private CorpusFiles() {
    }

    /**
     * The corpus {@code spec} names: {@code names}, {@code moby-dick}, {@code brackets} (generated from
     * {@code seed}) or the path of a text file.
     *
     * @param assets the bundled assets folder, or null when there is none
     */
    public static TextCorpus load(String spec, Path assets, long seed) throws IOException {
        return switch (spec.trim().toLowerCase(Locale.ROOT)) {
            case "names" -> names(assets);
            case "moby-dick" -> mobyDick(assets);
            case "brackets" -> BracketLanguage.corpus(seed, BracketLanguage.DEFAULT_LINES);
            default -> file(Path.of(spec));
        };
    }

    /** The first names: {@code data/names/female.txt} and {@code male.txt}. */
    public static TextCorpus names(Path assets) throws IOException {
        Path dir = data(assets).resolve("names");
        return NamesCorpus.of(TextFiles.read(dir.resolve("female.txt")).text(),
                TextFiles.read(dir.resolve("male.txt")).text());
    }

    /** <i>Moby-Dick</i>: {@code data/moby-dick.txt}. */
    public static TextCorpus mobyDick(Path assets) throws IOException {
        TextFiles.TextFile f = TextFiles.read(data(assets).resolve("moby-dick.txt"));
        return TextCorpus.prose("moby-dick", "Moby-Dick", f.text(),
                "Herman Melville, Moby-Dick (1851), the whole text, paragraphs one per line");
    }

    /** Any text file; a note says when only its start is used. */
    public static TextCorpus file(Path path) throws IOException {
        TextFiles.TextFile f = TextFiles.read(path);
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            return TextCorpus.prose(name, name, f.text(), f.note().isEmpty() ? path.toString() : f.note());
        } catch (IllegalArgumentException e) {
            throw new InputFileException(e.getMessage());
        }
    }

    private static Path data(Path assets) throws InputFileException {
        if (assets == null || !Files.isDirectory(assets.resolve("data"))) {
            throw new InputFileException("the bundled corpora were not found (no assets/data folder beside the "
                    + "application); give a text file instead");
        }
        return assets.resolve("data");
    }
}
