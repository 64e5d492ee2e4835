/**
 * The words every layer speaks: the cells ({@link org.gatelab.vocabulary.CellKind}), their gates
 * ({@link org.gatelab.vocabulary.Gate}), the RNN's nonlinearity, the losses, the initialization schemes, the
 * optimizers, the training lab's tasks and its gallery of real recordings, and the workspace's input sequences.
 *
 * <p>Uses the JDK only, so every layer, the views included, may use it.
 */
package org.gatelab.vocabulary;
