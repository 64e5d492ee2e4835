#!/usr/bin/python3
"""Generate PyTorch golden fixtures for GateLab's recurrent engine.

Run from the repository root with Debian's Python and PyTorch (python3-torch, python3-numpy):

    /usr/bin/python3 src/test/python/make_pytorch_fixtures.py [CASE ...]

With case names, only those cases are written (the others' files are left as they are). For every case it writes into src/test/resources/fixtures/pytorch/:

  <case>.safetensors  the parameters (PyTorch state_dict names, F64) with "__metadata__" {"cell": ...}
  <case>.json         the inputs, targets, initial state, per-layer forward trace, per-step gradients,
                      loss and parameter gradients (schema: README.md beside the fixtures)

Everything is float64 and seeded per case, so the output is byte-for-byte reproducible with the same
PyTorch build. Before anything is written, a hand-written step-by-step unroll of the PyTorch cell
equations is checked against the fused nn.RNN / nn.LSTM / nn.GRU (outputs, final states, loss, dL/dx and
every parameter gradient) to 1e-12; the per-step values in the fixtures come from that unroll.

No third-party safetensors package is needed: the format is written (and read back) by hand.
"""

import json
import os
import struct
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

TOL = 1e-12

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
OUT_DIR = os.path.join(REPO, "src", "test", "resources", "fixtures", "pytorch")

# name, cell ("rnn_tanh" | "rnn_relu" | "lstm" | "gru"), layers, loss kind, initial state given, seed,
# and optionally other sizes than the defaults below
CASES = [
    ("rnn_tanh_l1_mse_last", "rnn_tanh", 1, "mse-last", False, 101),
    ("rnn_relu_l1_mse_all", "rnn_relu", 1, "mse-all", False, 102),
    ("lstm_l1_mse_last", "lstm", 1, "mse-last", False, 103),
    ("lstm_l2_ce_all", "lstm", 2, "ce-all", False, 104),
    ("lstm_l1_ce_last", "lstm", 1, "ce-last", False, 105),
    ("gru_l1_mse_all", "gru", 1, "mse-all", False, 106),
    ("gru_l2_mse_last", "gru", 2, "mse-last", False, 107),
    ("rnn_tanh_l2_ce_last", "rnn_tanh", 2, "ce-last", False, 108),
    ("lstm_l1_mse_last_h0", "lstm", 1, "mse-last", True, 109),
    ("gru_l1_ce_all_h0", "gru", 1, "ce-all", True, 110),
    # wider cases, so the engine's SIMD loops (4 or 8 units per vector) run on whole vectors and on a tail
    ("lstm_h20_l2_mse_all", "lstm", 2, "mse-all", True, 111, {"input": 5, "hidden": 20, "seq": 7, "batch": 5}),
    ("gru_h20_l2_ce_last", "gru", 2, "ce-last", True, 112, {"input": 5, "hidden": 20, "seq": 7, "batch": 5}),
    ("rnn_tanh_h20_l1_mse_all", "rnn_tanh", 1, "mse-all", False, 113,
     {"input": 5, "hidden": 20, "seq": 7, "batch": 5}),
    ("rnn_relu_h20_l2_mse_last", "rnn_relu", 2, "mse-last", True, 114,
     {"input": 5, "hidden": 20, "seq": 7, "batch": 5}),
    # bidirectional=True: every layer also reads the sequence backwards with its own *_reverse parameters
    ("lstm_bi_l2_mse_all", "lstm", 2, "mse-all", True, 115, {"bidirectional": True}),
    ("gru_bi_l1_ce_last", "gru", 1, "ce-last", False, 116, {"bidirectional": True}),
    ("rnn_tanh_bi_l3_ce_all", "rnn_tanh", 3, "ce-all", True, 117, {"bidirectional": True}),
    ("rnn_relu_bi_l1_mse_last", "rnn_relu", 1, "mse-last", False, 118, {"bidirectional": True}),
    ("gru_bi_h20_l2_mse_last", "gru", 2, "mse-last", True, 119,
     {"input": 5, "hidden": 20, "seq": 7, "batch": 5, "bidirectional": True}),
    ("lstm_bi_h20_l3_ce_all", "lstm", 3, "ce-all", False, 120,
     {"input": 5, "hidden": 20, "seq": 7, "batch": 5, "bidirectional": True}),
    # character models: one-hot input over a vocabulary of 7 symbols, the next symbol as the target at every
    # step (ce-all), from a nonzero state as truncated BPTT carries it from the window before
    ("lstm_onehot_ce_all_h0", "lstm", 1, "ce-all", True, 115,
     {"input": 7, "hidden": 20, "output": 7, "seq": 9, "batch": 3, "onehot": True}),
    ("gru_onehot_ce_all_h0", "gru", 1, "ce-all", True, 116,
     {"input": 7, "hidden": 20, "output": 7, "seq": 9, "batch": 3, "onehot": True}),
    ("rnn_tanh_onehot_l2_ce_all_h0", "rnn_tanh", 2, "ce-all", True, 117,
     {"input": 7, "hidden": 20, "output": 7, "seq": 9, "batch": 3, "onehot": True}),
]

INPUT_SIZE = 3
HIDDEN_SIZE = 4
OUTPUT_SIZE = 2
SEQ_LEN = 6
BATCH = 2
BIDIRECTIONAL = False
ONEHOT = False

GATE_KEYS = {"lstm": ["i", "f", "g", "o"], "gru": ["r", "z", "n"], "rnn": ["a"]}


def base_kind(cell):
    return "rnn" if cell.startswith("rnn") else cell


# ---------------------------------------------------------------------------------------------------------
# model construction


def directions():
    return 2 if BIDIRECTIONAL else 1


def build(cell, layers, seed):
    torch.manual_seed(seed)
    kind = base_kind(cell)
    bi = BIDIRECTIONAL
    if kind == "rnn":
        nonlin = cell.split("_")[1]
        rnn = nn.RNN(INPUT_SIZE, HIDDEN_SIZE, num_layers=layers, nonlinearity=nonlin, batch_first=False,
                     bidirectional=bi)
    elif kind == "lstm":
        rnn = nn.LSTM(INPUT_SIZE, HIDDEN_SIZE, num_layers=layers, batch_first=False, bidirectional=bi)
    else:
        rnn = nn.GRU(INPUT_SIZE, HIDDEN_SIZE, num_layers=layers, batch_first=False, bidirectional=bi)
    head = nn.Linear(HIDDEN_SIZE * directions(), OUTPUT_SIZE)
    with torch.no_grad():
        # Default init is U(-1/sqrt(H), 1/sqrt(H)) for every recurrent tensor; push the biases further so
        # that b_ih and b_hh are clearly distinct and non-trivial.
        for name, p in list(rnn.named_parameters()) + [("head.bias", head.bias)]:
            if "bias" in name:
                p.add_(0.3 * torch.randn_like(p))
    params = {}
    for name, p in rnn.named_parameters():
        params[name] = p
    params["head.weight"] = head.weight
    params["head.bias"] = head.bias
    for name, p in params.items():
        assert p.dtype == torch.float64, name
        assert bool((p != 0).all()), "zero entry in " + name
    return rnn, head, params


def make_data(kind, layers, loss_kind, with_state):
    if ONEHOT:
        # a text: symbols[t][b], one-hot as the input, the next symbol as the target (ce-all)
        assert loss_kind == "ce-all" and INPUT_SIZE == OUTPUT_SIZE
        symbols = torch.randint(0, INPUT_SIZE, (SEQ_LEN + 1, BATCH))
        x = F.one_hot(symbols[:SEQ_LEN], INPUT_SIZE).to(torch.float64)
        target = symbols[1:].clone()
        h0 = 0.5 * torch.randn(layers, BATCH, HIDDEN_SIZE) if with_state else None
        c0 = 0.5 * torch.randn(layers, BATCH, HIDDEN_SIZE) if with_state and kind == "lstm" else None
        return x, target, h0, c0
    x = torch.randn(SEQ_LEN, BATCH, INPUT_SIZE)
    if loss_kind == "mse-last":
        target = torch.randn(BATCH, OUTPUT_SIZE)
    elif loss_kind == "mse-all":
        target = torch.randn(SEQ_LEN, BATCH, OUTPUT_SIZE)
    elif loss_kind == "ce-last":
        target = torch.randint(0, OUTPUT_SIZE, (BATCH,))
    elif loss_kind == "ce-all":
        target = torch.randint(0, OUTPUT_SIZE, (SEQ_LEN, BATCH))
    else:
        raise ValueError(loss_kind)
    h0 = c0 = None
    if with_state:
        h0 = 0.5 * torch.randn(layers * directions(), BATCH, HIDDEN_SIZE)
        if kind == "lstm":
            c0 = 0.5 * torch.randn(layers * directions(), BATCH, HIDDEN_SIZE)
    return x, target, h0, c0


def loss_fn(loss_kind, y, target):
    T, B, O = y.shape
    if loss_kind == "mse-last":
        return F.mse_loss(y[T - 1], target)
    if loss_kind == "mse-all":
        return F.mse_loss(y, target)
    if loss_kind == "ce-last":
        return F.cross_entropy(y[T - 1], target)
    if loss_kind == "ce-all":
        return F.cross_entropy(y.reshape(T * B, O), target.reshape(T * B))
    raise ValueError(loss_kind)


# ---------------------------------------------------------------------------------------------------------
# reference: the fused PyTorch module


def run_fused(kind, rnn, head, params, x, target, h0, c0, loss_kind):
    xg = x.clone().requires_grad_(True)
    if kind == "lstm":
        state = None if h0 is None else (h0, c0)
    else:
        state = h0
    out, hn = rnn(xg, state)
    if kind == "lstm":
        hn, cn = hn
    else:
        cn = None
    y = head(out)
    loss = loss_fn(loss_kind, y, target)
    names = list(params)
    grads = torch.autograd.grad(loss, [params[n] for n in names] + [xg])
    return {
        "outputs": y.detach(),
        "loss": loss.detach(),
        "hn": hn.detach(),
        "cn": None if cn is None else cn.detach(),
        "param_grads": {n: g for n, g in zip(names, grads[:-1])},
        "grad_x": grads[-1],
    }


# ---------------------------------------------------------------------------------------------------------
# manual step-by-step unroll with the exact PyTorch cell equations


def linear(v, w, b):
    return v @ w.t() + b


def run_manual(cell, rnn, head, params, x, target, h0, c0, loss_kind, layers):
    """Every direction of every layer, one step at a time; with bidirectional=True the reverse direction reads
    t = T-1 .. 0 with the *_reverse parameters, and a layer's output at t is cat(h_forward[t], h_reverse[t])."""
    kind = base_kind(cell)
    keys = GATE_KEYS[kind]
    H = HIDDEN_SIZE
    T = SEQ_LEN
    D = directions()
    rec = []  # per layer and direction (layer 0 forward, layer 0 reverse, layer 1 forward, ...): lists over t

    # layer-0 input: one leaf per step, so dL/dx_t can be read from .grad
    x_leaves = [x[t].clone().requires_grad_(True) for t in range(T)]
    below = x_leaves
    for l in range(layers):
        layer_rec = []
        for d in range(D):
            sfx = "_l%d%s" % (l, "_reverse" if d == 1 else "")
            w_ih = params["weight_ih" + sfx]
            w_hh = params["weight_hh" + sfx]
            b_ih = params["bias_ih" + sfx]
            b_hh = params["bias_hh" + sfx]
            index = l * D + d
            h_init = torch.zeros(BATCH, H) if h0 is None else h0[index].clone()
            h_init.requires_grad_(True)
            c_init = None
            if kind == "lstm":
                c_init = torch.zeros(BATCH, H) if c0 is None else c0[index].clone()
                c_init.requires_grad_(True)
            r = {"layer": l, "direction": d, "inp": [None] * T, "h": [None] * T, "c": [None] * T,
                 "gates": {k: [None] * T for k in keys}, "preact": {k: [None] * T for k in keys},
                 "preact_ih": {k: [None] * T for k in keys}, "preact_hh": {k: [None] * T for k in keys},
                 "h_init": h_init, "c_init": c_init}
            h, c = h_init, c_init
            for t in (range(T) if d == 0 else range(T - 1, -1, -1)):
                if l == 0 and D == 1:
                    inp = below[t]
                else:
                    # a separate node, so that its .grad is the gradient flowing into this direction only
                    inp = below[t] * 1.0
                    inp.retain_grad()
                r["inp"][t] = inp
                gi = linear(inp, w_ih, b_ih)
                gh = linear(h, w_hh, b_hh)
                gi_chunks = gi.chunk(len(keys), dim=1)
                gh_chunks = gh.chunk(len(keys), dim=1)
                pre = {}
                act = {}
                if kind == "rnn":
                    pre["a"] = gi + gh
                    act["a"] = torch.tanh(pre["a"]) if cell == "rnn_tanh" else torch.relu(pre["a"])
                    h_new = act["a"]
                elif kind == "lstm":
                    for k, a, b in zip(keys, gi_chunks, gh_chunks):
                        pre[k] = a + b
                    act["i"] = torch.sigmoid(pre["i"])
                    act["f"] = torch.sigmoid(pre["f"])
                    act["g"] = torch.tanh(pre["g"])
                    act["o"] = torch.sigmoid(pre["o"])
                    c_new = act["f"] * c + act["i"] * act["g"]
                    h_new = act["o"] * torch.tanh(c_new)
                else:  # gru
                    pre["r"] = gi_chunks[0] + gh_chunks[0]
                    pre["z"] = gi_chunks[1] + gh_chunks[1]
                    act["r"] = torch.sigmoid(pre["r"])
                    act["z"] = torch.sigmoid(pre["z"])
                    pre["n"] = gi_chunks[2] + act["r"] * gh_chunks[2]
                    act["n"] = torch.tanh(pre["n"])
                    h_new = (1 - act["z"]) * act["n"] + act["z"] * h
                for k in keys:
                    pre[k].retain_grad()
                    r["preact"][k][t] = pre[k]
                    r["gates"][k][t] = act[k]
                for k, a, b in zip(keys, gi_chunks, gh_chunks):
                    r["preact_ih"][k][t] = a
                    r["preact_hh"][k][t] = b
                h_new.retain_grad()
                r["h"][t] = h_new
                h = h_new
                if kind == "lstm":
                    c_new.retain_grad()
                    r["c"][t] = c_new
                    c = c_new
            layer_rec.append(r)
            rec.append(r)
        if D == 1:
            below = layer_rec[0]["h"]
        else:
            below = [torch.cat([layer_rec[0]["h"][t], layer_rec[1]["h"][t]], dim=1) for t in range(T)]

    top = torch.stack(below)  # [T, B, H*D]
    y = head(top)
    loss = loss_fn(loss_kind, y, target)
    names = list(params)
    for p in params.values():
        p.grad = None
    loss.backward()
    param_grads = {n: params[n].grad.clone() for n in names}
    for p in params.values():
        p.grad = None

    def last(r, what):
        return r[what][T - 1] if r["direction"] == 0 else r[what][0]

    hn = torch.stack([last(r, "h") for r in rec]).detach()
    cn = torch.stack([last(r, "c") for r in rec]).detach() if kind == "lstm" else None
    return {"outputs": y.detach(), "loss": loss.detach(), "hn": hn, "cn": cn, "param_grads": param_grads,
            "grad_x": torch.stack([v.grad for v in x_leaves]), "rec": rec}


def maxdiff(a, b):
    return float((a - b).abs().max())


def check(case, fused, manual):
    pairs = [("outputs", fused["outputs"], manual["outputs"]),
             ("loss", fused["loss"], manual["loss"]),
             ("h_n", fused["hn"], manual["hn"]),
             ("grad_x", fused["grad_x"], manual["grad_x"])]
    if fused["cn"] is not None:
        pairs.append(("c_n", fused["cn"], manual["cn"]))
    for n in fused["param_grads"]:
        pairs.append(("grad " + n, fused["param_grads"][n], manual["param_grads"][n]))
    worst = 0.0
    for what, a, b in pairs:
        assert a.shape == b.shape, (case, what, a.shape, b.shape)
        d = maxdiff(a, b)
        worst = max(worst, d)
        if not d <= TOL:
            raise AssertionError("%s: manual unroll differs from fused module in %s by %g" % (case, what, d))
    return worst


def check_layer_consistency(case, manual, layers):
    """Sanity: for layers below the top, dL/dh_t = (gradient into the layer above at t) + (recurrent part)."""
    if BIDIRECTIONAL:
        return
    rec = manual["rec"]
    for l in range(layers - 1):
        for t in range(SEQ_LEN):
            above = rec[l + 1]["inp"][t].grad
            if t == SEQ_LEN - 1:
                d = maxdiff(rec[l]["h"][t].grad, above)
                assert d <= TOL, (case, "last-step grad_h of lower layer must equal grad_x above", d)


# ---------------------------------------------------------------------------------------------------------
# output


def tolist(t):
    return t.detach().cpu().numpy().astype(np.float64).tolist()


def stack_list(ts):
    return tolist(torch.stack(ts))


def fixture_json(case, cell, layers, loss_kind, x, target, h0, c0, manual):
    kind = base_kind(cell)
    keys = GATE_KEYS[kind]
    out = {
        "case": case,
        "cell": kind,
        "nonlinearity": cell.split("_")[1] if kind == "rnn" else None,
        "input_size": INPUT_SIZE,
        "hidden_size": HIDDEN_SIZE,
        "num_layers": layers,
        "output_size": OUTPUT_SIZE,
        "seq_len": SEQ_LEN,
        "batch": BATCH,
        "loss_kind": loss_kind,
        "x": tolist(x),
        "target": None,  # filled below
        "h0": None if h0 is None else tolist(h0),
        "c0": None if c0 is None else tolist(c0),
        "outputs": tolist(manual["outputs"]),
        "loss": float(manual["loss"]),
    }
    if loss_kind.startswith("ce"):
        out["target"] = target.tolist()  # Python ints
        assert all(isinstance(v, int) for v in target.reshape(-1).tolist())
    else:
        out["target"] = tolist(target)
    if BIDIRECTIONAL:
        out = dict(list(out.items())[:6] + [("bidirectional", True)] + list(out.items())[6:])
    layer_list = []
    for r in manual["rec"]:
        e = {}
        if BIDIRECTIONAL:
            e["layer"] = r["layer"]
            e["direction"] = "reverse" if r["direction"] == 1 else "forward"
        e["h"] = stack_list(r["h"])
        if kind == "lstm":
            e["c"] = stack_list(r["c"])
        if kind != "rnn":
            e["gates"] = {k: stack_list(r["gates"][k]) for k in keys}
        e["preact"] = {k: stack_list(r["preact"][k]) for k in keys}
        e["grad_h"] = stack_list([v.grad for v in r["h"]])
        if kind == "lstm":
            e["grad_c"] = stack_list([v.grad for v in r["c"]])
        e["grad_x"] = stack_list([v.grad for v in r["inp"]])
        # extras beyond the core schema
        e["preact_ih"] = {k: stack_list(r["preact_ih"][k]) for k in keys}
        e["preact_hh"] = {k: stack_list(r["preact_hh"][k]) for k in keys}
        e["grad_preact"] = {k: stack_list([v.grad for v in r["preact"][k]]) for k in keys}
        e["grad_h0"] = tolist(r["h_init"].grad)
        if kind == "lstm":
            e["grad_c0"] = tolist(r["c_init"].grad)
        layer_list.append(e)
    out["layers"] = layer_list
    out["param_grads"] = {n: tolist(g) for n, g in manual["param_grads"].items()}
    out["torch_version"] = torch.__version__
    return out


def dump_json(obj):
    # One top-level key per line keeps diffs readable; floats use repr, which round-trips exactly.
    lines = []
    for k, v in obj.items():
        if k == "layers":
            inner = []
            for e in v:
                inner.append("  {\n" + ",\n".join("    %s: %s" % (json.dumps(kk), json.dumps(vv, allow_nan=False))
                                                  for kk, vv in e.items()) + "\n  }")
            lines.append('  "layers": [\n' + ",\n".join(inner) + "\n  ]")
        else:
            lines.append("  %s: %s" % (json.dumps(k), json.dumps(v, allow_nan=False)))
    text = "{\n" + ",\n".join(lines) + "\n}\n"
    assert json.loads(text) == obj
    return text


def safetensors_bytes(tensors, metadata):
    header = {}
    blobs = []
    offset = 0
    for name, t in tensors.items():
        a = np.ascontiguousarray(t.detach().cpu().numpy().astype("<f8"))
        data = a.tobytes(order="C")
        header[name] = {"dtype": "F64", "shape": list(a.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    header["__metadata__"] = {k: str(v) for k, v in metadata.items()}
    hb = json.dumps(header, separators=(",", ":")).encode("utf-8")
    hb += b" " * ((-len(hb)) % 8)
    return struct.pack("<Q", len(hb)) + hb + b"".join(blobs)


def read_safetensors(raw):
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n].decode("utf-8"))
    data = raw[8 + n:]
    meta = header.pop("__metadata__", {})
    out = {}
    for name, info in header.items():
        assert info["dtype"] == "F64"
        b, e = info["data_offsets"]
        out[name] = np.frombuffer(data[b:e], dtype="<f8").reshape(info["shape"])
    return out, meta


DEFAULT_SIZES = {"input": INPUT_SIZE, "hidden": HIDDEN_SIZE, "output": OUTPUT_SIZE, "seq": SEQ_LEN,
                 "batch": BATCH, "bidirectional": False, "onehot": ONEHOT}


def use_sizes(sizes):
    """Sets the module's sizes (bidirectional, one-hot) for one case (every function below reads them)."""
    global INPUT_SIZE, HIDDEN_SIZE, OUTPUT_SIZE, SEQ_LEN, BATCH, BIDIRECTIONAL, ONEHOT
    merged = dict(DEFAULT_SIZES, **sizes)
    INPUT_SIZE, HIDDEN_SIZE, OUTPUT_SIZE = merged["input"], merged["hidden"], merged["output"]
    SEQ_LEN, BATCH, ONEHOT = merged["seq"], merged["batch"], merged["onehot"]
    BIDIRECTIONAL = merged["bidirectional"]


def main(argv):
    torch.set_default_dtype(torch.float64)
    torch.set_num_threads(1)
    print("torch", torch.__version__)
    known = [c[0] for c in CASES]
    unknown = [a for a in argv if a not in known]
    if unknown:
        print("unknown case(s) %s; the cases are %s" % (unknown, known), file=sys.stderr)
        return 2
    outputs = {}
    for case, cell, layers, loss_kind, with_state, seed, *sizes in CASES:
        if argv and case not in argv:
            continue
        use_sizes(sizes[0] if sizes else {})
        kind = base_kind(cell)
        rnn, head, params = build(cell, layers, seed)
        x, target, h0, c0 = make_data(kind, layers, loss_kind, with_state)
        fused = run_fused(kind, rnn, head, params, x, target, h0, c0, loss_kind)
        manual = run_manual(cell, rnn, head, params, x, target, h0, c0, loss_kind, layers)
        worst = check(case, fused, manual)
        check_layer_consistency(case, manual, layers)
        obj = fixture_json(case, cell, layers, loss_kind, x, target, h0, c0, manual)
        meta = {"cell": cell, "input_size": INPUT_SIZE, "hidden_size": HIDDEN_SIZE, "num_layers": layers,
                "output_size": OUTPUT_SIZE, "torch_version": torch.__version__}
        if BIDIRECTIONAL:
            meta["bidirectional"] = "true"
        st = safetensors_bytes(params, meta)
        back, back_meta = read_safetensors(st)
        assert back_meta["cell"] == cell
        for n, p in params.items():
            assert np.array_equal(back[n], p.detach().numpy()), n
        outputs[case] = (dump_json(obj), st)
        print("%-22s ok  loss=%.17g  max |manual - fused| = %.3g" % (case, float(manual["loss"]), worst))

    os.makedirs(OUT_DIR, exist_ok=True)
    for case, (text, st) in outputs.items():
        with open(os.path.join(OUT_DIR, case + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(OUT_DIR, case + ".safetensors"), "wb") as f:
            f.write(st)
    print("wrote %d cases to %s" % (len(outputs), os.path.relpath(OUT_DIR, REPO)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
