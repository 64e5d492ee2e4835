package org.gatelab.tasks;

import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.Targets;

/** A mini-batch ready for {@link org.gatelab.engine.Trainer#step}: B sequences and their targets. */
public record Batch(SequenceBatch input, Targets targets) {
}
