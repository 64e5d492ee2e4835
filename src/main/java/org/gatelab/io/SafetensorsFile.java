package org.gatelab.io;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable content of a {@code .safetensors} file: named tensors in file order plus string metadata.
 *
 * <p>When read, the tensors are ordered by their position in the file's data section; when written,
 * they are laid out in this order.
 */
public final class SafetensorsFile {

    /** The header key reserved for metadata; no tensor may have this name. */
    public static final String METADATA_KEY = "__metadata__";

    private final Map<String, TensorData> tensors;
    private final Map<String, String> metadata;

    /**
     * Creates a file model.
     *
     * @param tensors  the tensors, in order; names must be distinct and not {@value #METADATA_KEY}
     * @param metadata string metadata (copied, order kept); keys and values must not be null
     * @throws IllegalArgumentException on a duplicate or reserved tensor name
     * @throws NullPointerException     on a null tensor, key or value
     */
    public SafetensorsFile(Collection<TensorData> tensors, Map<String, String> metadata) {
        Map<String, TensorData> byName = new LinkedHashMap<>();
        for (TensorData t : tensors) {
            Objects.requireNonNull(t, "tensor");
            if (METADATA_KEY.equals(t.name())) {
                throw new IllegalArgumentException("\"" + METADATA_KEY + "\" is reserved and cannot name a tensor");
            }
            if (byName.putIfAbsent(t.name(), t) != null) {
                throw new IllegalArgumentException("duplicate tensor name \"" + t.name() + "\"");
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        metadata.forEach((k, v) -> meta.put(Objects.requireNonNull(k, "metadata key"),
                Objects.requireNonNull(v, () -> "metadata value for \"" + k + "\"")));
        this.tensors = Collections.unmodifiableMap(byName);
        this.metadata = Collections.unmodifiableMap(meta);
    }

    /**
     * @param tensors the tensors, in order
     * @return a file with these tensors and no metadata
     */
    public static SafetensorsFile of(TensorData... tensors) {
        return new SafetensorsFile(List.of(tensors), Map.of());
    }

    /** @return an unmodifiable, ordered map from name to tensor */
    public Map<String, TensorData> tensors() {
        return tensors;
    }

    /**
     * @param name a tensor name
     * @return the tensor of that name, if present
     */
    public Optional<TensorData> tensor(String name) {
        return Optional.ofNullable(tensors.get(name));
    }

    /** @return the unmodifiable, ordered {@value #METADATA_KEY} map (empty if the file has none) */
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafetensorsFile f && tensors.equals(f.tensors) && metadata.equals(f.metadata);
    }

    @Override
    public int hashCode() {
        return 31 * tensors.hashCode() + metadata.hashCode();
    }

    @Override
    public String toString() {
        return "SafetensorsFile" + tensors.values() + " metadata=" + metadata;
    }
}
