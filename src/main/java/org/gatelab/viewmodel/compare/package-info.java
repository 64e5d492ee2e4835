/**
 * The comparison's view model ({@link org.gatelab.viewmodel.compare.CompareViewModel}): its settings
 * ({@link org.gatelab.viewmodel.compare.CompareSetup}), the job that trains the three cells on the app's comparison
 * pool, and the results, curves and sweep it publishes once per frame.
 *
 * <p>May use training, tasks, the engine, io and the vocabulary, plus JavaFX properties.
 */
package org.gatelab.viewmodel.compare;
