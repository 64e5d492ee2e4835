package org.gatelab.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.gatelab.engine.Seq2SeqBatch;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.Seq2SeqRunner;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.io.AtomicFiles;
import org.gatelab.io.SafetensorsFile;
import org.gatelab.io.Seq2SeqFiles;
import org.gatelab.io.Seq2SeqTraceJson;
import org.gatelab.tasks.seq2seq.Alphabet;
import org.gatelab.vocabulary.DecoderFeed;

/**
 * {@code trace} for an encoder-decoder: one pair through the model, everything recorded written as JSON
 * ({@link Seq2SeqTraceJson}). The source and the target are given in the task's own symbols when the model file
 * names them ({@code train --out} saves them), else as symbol numbers separated by commas.
 */
final class EncoderDecoderTrace {
    private final Seq2SeqModel model;
    private final Alphabet sourceAlphabet;
    private final Alphabet targetAlphabet;

    EncoderDecoderTrace(SafetensorsFile file, String name) throws IOException {
        this.model = Seq2SeqFiles.fromTensors(file, name);
        Alphabet[] alphabets = Seq2SeqFiles.alphabets(file, model.config());
        this.sourceAlphabet = alphabets == null ? null : alphabets[0];
        this.targetAlphabet = alphabets == null ? null : alphabets[1];
    }

    int run(String source, String target, String feed, Path out) throws IOException {
        if (source == null || target == null) {
            throw new IllegalArgumentException("an encoder-decoder's trace needs --source and --target"
                    + (sourceAlphabet == null ? " (symbol numbers separated by commas, e.g. --source 3,1,4)"
                    : " (text in its symbols: source " + String.join("", sourceAlphabet.symbols()) + ", target "
                    + String.join("", targetAlphabet.symbols()) + ")"));
        }
        int[] src = symbols("--source", source, sourceAlphabet, model.config().sourceVocabulary());
        int[] tgt = symbols("--target", target, targetAlphabet, model.config().targetVocabulary());
        DecoderFeed how = feed == null ? DecoderFeed.GREEDY : DecoderFeed.parse(feed);
        Seq2SeqTrace trace = new Seq2SeqRunner().trace(model, Seq2SeqBatch.of(src, tgt), how);
        if (out == null) {
            OutputStream stdout = new BufferedOutputStream(System.out);
            Seq2SeqTraceJson.write(trace, sourceAlphabet, targetAlphabet, stdout);
            stdout.write('\n');
            stdout.flush();
        } else {
            AtomicFiles.write(out, stream -> Seq2SeqTraceJson.write(trace, sourceAlphabet, targetAlphabet, stream));
        }
        return 0;
    }

    private static int[] symbols(String option, String text, Alphabet alphabet, int vocabulary) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(option + " is empty");
        }
        if (alphabet != null) {
            try {
                return alphabet.encode(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": " + e.getMessage());
            }
        }
        String[] parts = text.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": \"" + parts[i].trim() + "\" (item " + (i + 1)
                        + ") is not a symbol number; the model file names no symbols, so give numbers 0 to "
                        + (vocabulary - 1) + " separated by commas");
            }
            if (out[i] < 0 || out[i] >= vocabulary) {
                throw new IllegalArgumentException(option + ": symbol " + out[i] + " (item " + (i + 1)
                        + ") is outside 0 to " + (vocabulary - 1));
            }
        }
        return out;
    }
}
