package org.gatelab.viewmodel.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.gatelab.io.CharModelFiles;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.vocabulary.CellKind;

/**
 * The character models the lab can look into, one per cell: the bundled ones for the corpus
 * ({@code assets/models/<corpus>-<cell>.safetensors}), replaced by a model trained or opened here. Immutable.
 */
record ModelShelf(Map<CellKind, CharModel> models, Map<CellKind, String> origins) {
    ModelShelf {
        models = Map.copyOf(models);
        origins = Map.copyOf(origins);
    }

    static ModelShelf empty() {
        return new ModelShelf(Map.of(), Map.of());
    }

    /** The bundled models for {@code corpus}: those of its files that exist in the assets' {@code models/}. */
    static ModelShelf bundled(Path assets, String corpus) throws IOException {
        Map<CellKind, CharModel> models = new EnumMap<>(CellKind.class);
        Map<CellKind, String> origins = new EnumMap<>(CellKind.class);
        if (assets != null) {
            for (CellKind cell : CellKind.values()) {
                String name = corpus + "-" + cell.id().toLowerCase(Locale.ROOT) + ".safetensors";
                Path file = assets.resolve("models").resolve(name);
                if (Files.isRegularFile(file)) {
                    models.put(cell, CharModelFiles.load(file));
                    origins.put(cell, "bundled " + name);
                }
            }
        }
        return new ModelShelf(models, origins);
    }

    /** This shelf with {@code model} in its cell's place. */
    ModelShelf with(CharModel model, String origin) {
        Map<CellKind, CharModel> m = new EnumMap<>(CellKind.class);
        m.putAll(models);
        Map<CellKind, String> o = new EnumMap<>(CellKind.class);
        o.putAll(origins);
        CellKind cell = model.model().config().cell();
        m.put(cell, model);
        o.put(cell, origin);
        return new ModelShelf(m, o);
    }

    CharModel get(CellKind cell) {
        return models.get(cell);
    }

    /** The model of {@code preferred}, else the first there is (RNN, LSTM, GRU order), else null. */
    CharModel pick(CellKind preferred) {
        if (models.containsKey(preferred)) {
            return models.get(preferred);
        }
        for (CellKind c : CellKind.values()) {
            if (models.containsKey(c)) {
                return models.get(c);
            }
        }
        return null;
    }

    /** E.g. "LSTM, 32 units, names (bundled names-lstm.safetensors)". */
    String describe(CellKind cell) {
        CharModel m = models.get(cell);
        return m == null ? "" : m.label() + " (" + origins.get(cell) + ")";
    }
}
