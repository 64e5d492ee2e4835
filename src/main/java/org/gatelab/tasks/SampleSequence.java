package org.gatelab.tasks;

import org.gatelab.engine.SequenceBatch;
import org.gatelab.engine.Targets;

/** One input sequence with the target its loss compares against, ready for the engine. */
public record SampleSequence(SequenceBatch input, Targets targets, String description) {
}
