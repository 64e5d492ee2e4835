#!/usr/bin/python3
"""Generate PyTorch golden fixtures for GateLab's encoder-decoder (sequence to sequence) with attention.

Run from the repository root with Debian's Python and PyTorch (python3-torch, python3-numpy):

    /usr/bin/python3 src/test/python/make_seq2seq_fixtures.py

For every case it writes into src/test/resources/fixtures/pytorch/:

  seq2seq_<case>.safetensors  the parameters (state_dict names of the Seq2Seq module below, F64)
  seq2seq_<case>.json         the symbols, the forward values of every encoder and decoder layer at every step,
                              the attention at every decoder step, outputs, loss, every per-step and parameter
                              gradient, the per-output input gradients and the greedy decoding (schema: README.md)

The model is the fused nn.RNN / nn.LSTM / nn.GRU encoder and decoder with Luong et al. 2015's global attention
(dot, "general" or Bahdanau's additive score) and a linear head, in float64. Per-step states come from a
hand-written unroll of the cell equations with .retain_grad(); before anything is written, that unroll is
checked against the fused module (outputs, loss, every parameter gradient) to 1e-12.
"""

import json
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_pytorch_fixtures as base  # noqa: E402  (safetensors writer, JSON layout, output directory)

TOL = 1e-12
GATE_KEYS = base.GATE_KEYS

# name, cell, layers, attention, seed, sizes
CASES = [
    ("seq2seq_rnn_tanh_none", "rnn_tanh", 1, "none", 301, {}),
    ("seq2seq_lstm_dot", "lstm", 1, "dot", 302, {}),
    ("seq2seq_gru_general_l2", "gru", 2, "general", 303, {}),
    ("seq2seq_lstm_additive_h20_l2", "lstm", 2, "additive", 304, {"hidden": 20}),
]

DEFAULTS = {"source_vocab": 5, "target_vocab": 4, "hidden": 6, "source_len": 5, "target_len": 4, "batch": 3}


class Additive(nn.Module):
    """Bahdanau's score v . tanh(W_q d + W_k e)."""

    def __init__(self, hidden):
        super().__init__()
        self.query = nn.Linear(hidden, hidden, bias=False)
        self.key = nn.Linear(hidden, hidden, bias=False)
        self.v = nn.Linear(hidden, 1, bias=False)


class Seq2Seq(nn.Module):
    def __init__(self, cell, source_vocab, target_vocab, hidden, layers, attention):
        super().__init__()
        self.cell = cell
        self.kind = attention

        def rnn(inputs):
            if cell.startswith("rnn"):
                return nn.RNN(inputs, hidden, num_layers=layers, nonlinearity=cell.split("_")[1])
            return (nn.LSTM if cell == "lstm" else nn.GRU)(inputs, hidden, num_layers=layers)

        self.encoder = rnn(source_vocab)
        self.decoder = rnn(target_vocab + 1)
        if attention == "general":
            self.attention = nn.Linear(hidden, hidden, bias=False)
        elif attention == "additive":
            self.attention = Additive(hidden)
        if attention != "none":
            self.combine = nn.Linear(2 * hidden, hidden)
        self.head = nn.Linear(hidden, target_vocab)

    def attend(self, enc, dec):
        """enc [T,B,H], dec [S,B,H] -> scores, weights [S,B,T], context, combined [S,B,H]."""
        if self.kind == "dot":
            scores = torch.einsum("sbh,tbh->sbt", dec, enc)
        elif self.kind == "general":
            scores = torch.einsum("sbh,tbh->sbt", dec, self.attention(enc))
        else:
            q = self.attention.query(dec)  # [S,B,H]
            k = self.attention.key(enc).permute(1, 0, 2)  # [B,T,H]
            u = torch.tanh(q[:, :, None, :] + k[None, :, :, :])  # [S,B,T,H]
            scores = self.attention.v(u).squeeze(-1)
        weights = torch.softmax(scores, dim=2)
        context = torch.einsum("sbt,tbh->sbh", weights, enc)
        combined = torch.tanh(self.combine(torch.cat([context, dec], dim=2)))
        return scores, weights, context, combined

    def fused(self, src, dec_in):
        enc, state = self.encoder(src)
        dec, _ = self.decoder(dec_in, state)
        read = dec if self.kind == "none" else self.attend(enc, dec)[3]
        return self.head(read)


def onehot(symbols, width):
    return F.one_hot(symbols, width).to(torch.float64)


def build(case, cell, layers, attention, seed, sizes):
    torch.manual_seed(seed)
    m = Seq2Seq(cell, sizes["source_vocab"], sizes["target_vocab"], sizes["hidden"], layers, attention)
    with torch.no_grad():
        for name, p in m.named_parameters():
            if "bias" in name:
                p.add_(0.3 * torch.randn_like(p))
    return m


def cell_step(cell, x, h, c, w_ih, w_hh, b_ih, b_hh, keys):
    """One step of PyTorch's cell equations; returns pre-activations, activations, h', c'."""
    gi = x @ w_ih.t() + b_ih
    gh = h @ w_hh.t() + b_hh
    pre, act = {}, {}
    if cell.startswith("rnn"):
        pre["a"] = gi + gh
        act["a"] = torch.tanh(pre["a"]) if cell == "rnn_tanh" else torch.relu(pre["a"])
        return pre, act, act["a"], None
    gic = gi.chunk(len(keys), dim=1)
    ghc = gh.chunk(len(keys), dim=1)
    if cell == "lstm":
        for k, a, b in zip(keys, gic, ghc):
            pre[k] = a + b
        act["i"], act["f"] = torch.sigmoid(pre["i"]), torch.sigmoid(pre["f"])
        act["g"], act["o"] = torch.tanh(pre["g"]), torch.sigmoid(pre["o"])
        c_new = act["f"] * c + act["i"] * act["g"]
        return pre, act, act["o"] * torch.tanh(c_new), c_new
    pre["r"] = gic[0] + ghc[0]
    pre["z"] = gic[1] + ghc[1]
    act["r"], act["z"] = torch.sigmoid(pre["r"]), torch.sigmoid(pre["z"])
    pre["n"] = gic[2] + act["r"] * ghc[2]
    act["n"] = torch.tanh(pre["n"])
    return pre, act, (1 - act["z"]) * act["n"] + act["z"] * h, None


def unroll(m, module, x_steps, layers, hidden, batch, init, rec):
    """Every layer of one stack, one step at a time; appends per-layer records; returns the top h per step and the
    final state (h, c per layer)."""
    cell = m.cell
    keys = GATE_KEYS[base.base_kind(cell)]
    params = dict(module.named_parameters())
    below = x_steps
    finals = []
    for l in range(layers):
        if init is None:
            h = torch.zeros(batch, hidden)
            c = torch.zeros(batch, hidden) if cell == "lstm" else None
        else:
            h, c = init[l]
        r = {"h": [], "c": [], "gates": {k: [] for k in keys}, "preact": {k: [] for k in keys}}
        for x in below:
            pre, act, h, c = cell_step(cell, x, h, c, params["weight_ih_l%d" % l], params["weight_hh_l%d" % l],
                                       params["bias_ih_l%d" % l], params["bias_hh_l%d" % l], keys)
            h.retain_grad()
            r["h"].append(h)
            if c is not None:
                c.retain_grad()
                r["c"].append(c)
            for k in keys:
                r["gates"][k].append(act[k])
                r["preact"][k].append(pre[k])
        rec.append(r)
        finals.append((h, c))
        below = r["h"]
    return below, finals


def run_manual(m, src, dec_in, target, sizes, layers):
    H, B = sizes["hidden"], sizes["batch"]
    T, S = src.shape[0], dec_in.shape[0]
    enc_rec, dec_rec = [], []
    enc_top, finals = unroll(m, m.encoder, [src[t] for t in range(T)], layers, H, B, None, enc_rec)
    dec_top, _ = unroll(m, m.decoder, [dec_in[s] for s in range(S)], layers, H, B, finals, dec_rec)
    enc = torch.stack(enc_top)
    dec = torch.stack(dec_top)
    att = None
    if m.kind == "none":
        read = dec
    else:
        att = m.attend(enc, dec)
        for a in att:
            a.retain_grad()
        read = att[3]
    y = m.head(read)
    loss = F.cross_entropy(y.reshape(-1, y.shape[2]), target.reshape(-1))
    for p in m.parameters():
        p.grad = None
    loss.backward()
    grads = {n: p.grad.clone() for n, p in m.named_parameters()}
    return {"outputs": y.detach(), "loss": loss.detach(), "enc": enc_rec, "dec": dec_rec, "att": att,
            "param_grads": grads}


def run_fused(m, src, dec_in, target):
    y = m.fused(src, dec_in)
    loss = F.cross_entropy(y.reshape(-1, y.shape[2]), target.reshape(-1))
    names = [n for n, _ in m.named_parameters()]
    g = torch.autograd.grad(loss, [p for _, p in m.named_parameters()])
    return {"outputs": y.detach(), "loss": loss.detach(), "param_grads": dict(zip(names, g))}


def input_gradient_norms(m, src_symbols, dec_in, target, sizes):
    """norms[s][b][t] = || d y[s, b, target[s, b]] / d x_t ||, x_t the one-hot source vector of sequence b."""
    src = onehot(src_symbols, sizes["source_vocab"]).requires_grad_(True)
    y = m.fused(src, dec_in)
    S, B = target.shape
    out = torch.zeros(S, B, src.shape[0])
    for s in range(S):
        picked = sum(y[s, b, target[s, b]] for b in range(B))
        (g,) = torch.autograd.grad(picked, src, retain_graph=True)
        out[s] = g.norm(dim=2).t()
    return out


def greedy(m, src, S, sizes):
    V = sizes["target_vocab"]
    B = src.shape[1]
    with torch.no_grad():
        enc, state = m.encoder(src)
        prev = torch.full((B,), V, dtype=torch.long)
        out = []
        for _ in range(S):
            dec, state = m.decoder(onehot(prev, V + 1)[None], state)
            read = dec if m.kind == "none" else m.attend(enc, dec)[3]
            prev = m.head(read)[0].argmax(dim=1)
            out.append(prev)
    return torch.stack(out)


def maxdiff(a, b):
    return float((a - b).abs().max())


def layer_json(r, cell):
    st = base.stack_list
    e = {"h": st(r["h"])}
    if cell == "lstm":
        e["c"] = st(r["c"])
    e["gates"] = {k: st(v) for k, v in r["gates"].items()}
    e["preact"] = {k: st(v) for k, v in r["preact"].items()}
    e["grad_h"] = st([v.grad for v in r["h"]])
    if cell == "lstm":
        e["grad_c"] = st([v.grad for v in r["c"]])
    return e


def main():
    torch.set_default_dtype(torch.float64)
    torch.set_num_threads(1)
    print("torch", torch.__version__)
    outputs = {}
    for case, cell, layers, attention, seed, over in CASES:
        sizes = dict(DEFAULTS, **over)
        m = build(case, cell, layers, attention, seed, sizes)
        T, S, B = sizes["source_len"], sizes["target_len"], sizes["batch"]
        V = sizes["target_vocab"]
        src_symbols = torch.randint(0, sizes["source_vocab"], (T, B))
        target = torch.randint(0, V, (S, B))
        dec_symbols = torch.cat([torch.full((1, B), V, dtype=torch.long), target[:-1]])
        src = onehot(src_symbols, sizes["source_vocab"])
        dec_in = onehot(dec_symbols, V + 1)
        manual = run_manual(m, src, dec_in, target, sizes, layers)
        fused = run_fused(m, src, dec_in, target)
        worst = max(maxdiff(manual["outputs"], fused["outputs"]), maxdiff(manual["loss"], fused["loss"]))
        for n in fused["param_grads"]:
            worst = max(worst, maxdiff(manual["param_grads"][n], fused["param_grads"][n]))
        assert worst <= TOL, (case, worst)
        norms = input_gradient_norms(m, src_symbols, dec_in, target, sizes)
        decoded = greedy(m, src, S, sizes)
        kind = base.base_kind(cell)
        obj = {
            "case": case,
            "cell": kind,
            "nonlinearity": cell.split("_")[1] if kind == "rnn" else None,
            "attention": attention,
            "source_vocabulary": sizes["source_vocab"],
            "target_vocabulary": V,
            "hidden_size": sizes["hidden"],
            "num_layers": layers,
            "source_len": T,
            "target_len": S,
            "batch": B,
            "source": src_symbols.tolist(),
            "target": target.tolist(),
            "decoder_input": dec_symbols.tolist(),
            "outputs": base.tolist(manual["outputs"]),
            "loss": float(manual["loss"]),
            "encoder": [layer_json(r, cell) for r in manual["enc"]],
            "decoder": [layer_json(r, cell) for r in manual["dec"]],
        }
        if manual["att"] is not None:
            scores, weights, context, combined = manual["att"]
            obj["attention_record"] = {
                "scores": base.tolist(scores), "weights": base.tolist(weights),
                "context": base.tolist(context), "combined": base.tolist(combined),
                "grad_scores": base.tolist(scores.grad), "grad_weights": base.tolist(weights.grad),
                "grad_context": base.tolist(context.grad), "grad_combined": base.tolist(combined.grad),
            }
        obj["input_gradient_norms"] = base.tolist(norms)
        obj["greedy"] = decoded.tolist()
        obj["param_grads"] = {n: base.tolist(g) for n, g in manual["param_grads"].items()}
        obj["torch_version"] = torch.__version__
        params = dict(m.named_parameters())
        meta = {"model": "seq2seq", "cell": cell, "attention": attention, "torch_version": torch.__version__}
        outputs[case] = (json.dumps(obj, allow_nan=False, indent=None, separators=(", ", ": ")) + "\n",
                         base.safetensors_bytes(params, meta))
        print("%-30s ok  loss=%.17g  max |manual - fused| = %.3g" % (case, float(manual["loss"]), worst))
    for case, (text, st) in outputs.items():
        with open(os.path.join(base.OUT_DIR, case + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(base.OUT_DIR, case + ".safetensors"), "wb") as f:
            f.write(st)
    print("wrote %d cases to %s" % (len(outputs), os.path.relpath(base.OUT_DIR, base.REPO)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
