/**
 * Every file format GateLab reads or writes: safetensors models, trace JSON, numeric and series CSV, experiment
 * files, the settings and the lesson progress, the command line's JSON and target CSVs; the one hardened Jackson
 * set-up ({@link org.gatelab.io.Json}); atomic writes ({@link org.gatelab.io.AtomicFiles}); the per-user folders.
 * A broken file is an {@link org.gatelab.io.InputFileException} naming the file and the line or field.
 *
 * <p>May use training, tasks, the engine, engine.trace and the vocabulary; no JavaFX, no AWT.
 */
package org.gatelab.io;
