/**
 * The cell engine: vanilla RNN, LSTM and GRU layers with PyTorch's exact equations and parameter layout,
 * forward over whole sequences, backpropagation through time, losses, initializers, optimizers and the
 * training step. Pure Java and EJML; no JavaFX, no AWT.
 *
 * <h2>Conventions (PyTorch's, so a PyTorch state_dict loads unchanged)</h2>
 * <ul>
 *   <li>Weights multiply from the left: {@code W x}. {@code weight_ih_l<k>} is {@code [G*H x in]},
 *       {@code weight_hh_l<k>} is {@code [G*H x H]}, {@code bias_ih_l<k>} and {@code bias_hh_l<k>} are
 *       {@code [G*H]}: two bias vectors per layer, as PyTorch has them.</li>
 *   <li>Blocks are stacked row-wise in this order: LSTM {@code i, f, g, o} (G = 4); GRU {@code r, z, n}
 *       (G = 3); RNN a single block (G = 1). (Deeplearning4j and Keras use other orders; this is PyTorch's.)</li>
 *   <li>LSTM: {@code c' = f*c + i*g}, {@code h' = o*tanh(c')}.
 *       GRU: {@code n = tanh(W_in x + b_in + r*(W_hn h + b_hn))}, {@code h' = (1-z)*n + z*h}.
 *       RNN: {@code h' = tanh(W_ih x + b_ih + W_hh h + b_hh)} (or ReLU).</li>
 *   <li>Layers 1 and 2 take the layer below's h as input ({@code _l1}, {@code _l2} names). A linear readout
 *       {@code head.weight [O x H]}, {@code head.bias [O]} maps the top layer's h_t to y_t at every step.</li>
 *   <li>Bidirectional ({@code bidirectional=True}): each layer also has a reverse direction with its own
 *       {@code weight_ih_l<k>_reverse} etc. that reads t = T-1 .. 0; the layer's output at t is
 *       [h→_t ; h←_t] (2H values, forward first), read by the layer above ({@code weight_ih_l1} is
 *       [G*H x 2H]) and by the head ({@code head.weight [O x 2H]}). Initial states are indexed
 *       {@code 2 * layer + direction}.</li>
 *   <li>Sequences are {@code [T][B][features]} ({@code batch_first=False}). The initial state is zero unless
 *       given.</li>
 * </ul>
 *
 * <h2>Where things are computed</h2>
 * {@link org.gatelab.engine.SequenceRunner} drives a run through a {@code RecurrentStack} (the layers and
directions between the input and the head, also used by the encoder and decoder of an encoder-decoder);
{@code LayerKernel} holds the work common to all
 * cells (the batched input GEMM, the per-step recurrent product, the backward sweep and the weight-gradient
 * GEMMs); {@code RnnKernel}, {@code LstmKernel} and {@code GruKernel} hold each cell's equations, each
 * backward step beside its forward step; {@code Readout} holds the head and the losses. What a run recorded
 * is copied out of the engine's working {@code LayerArrays} into an immutable
{@link org.gatelab.engine.trace.Trace}. A model's parameters live in a {@link org.gatelab.engine.ParameterSet},
which optimizers and {@link org.gatelab.engine.Gradients} work on whatever the model.
 *
 * <h2>Speed</h2>
 * {@code Gemm} holds every matrix product; {@link org.gatelab.engine.Simd} says whether the JVM has the Vector
 * API, and if so {@code VectorGemm} computes the products and {@code VectorLstm}, {@code VectorGru} and
 * {@code VectorRnn} the cells' per-unit loops on whole SIMD vectors, with e^x and tanh from
 * {@code Activations}/{@code VectorMath}. Each SIMD loop does exactly the arithmetic of its scalar loop, so a
 * run gives the same numbers bit for bit with or without SIMD, interpreted or compiled, on any thread count
 * (only the step-Jacobian norms add their squares in another order). BENCHMARKS.md says what each part bought.
 *
 * <p>May use engine.trace, the vocabulary and EJML; no JavaFX, no AWT.
 */
package org.gatelab.engine;
