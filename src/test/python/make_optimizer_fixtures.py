#!/usr/bin/python3
"""Generate PyTorch golden fixtures for GateLab's training loop (optimizers and gradient clipping).

Run from the repository root with Debian's Python and PyTorch (python3-torch, python3-numpy):

    /usr/bin/python3 src/test/python/make_optimizer_fixtures.py

For every case it writes src/test/resources/fixtures/pytorch/optim_<case>.json: the initial parameters,
the batch (x, target), the optimizer settings and, for each of a few training steps on that same batch,
the loss before the step, the global gradient norm before clipping, whether clipping changed the gradients,
and every parameter after the step (schema: README.md beside the fixtures).

One step is exactly the usual PyTorch loop:

    opt.zero_grad(); loss = loss_fn(head(rnn(x)[0]), target); loss.backward()
    norm = clip_grad_norm_(all parameters incl. the head, max_norm)   # or the same norm, unclipped
    opt.step()

with the fused nn.RNN / nn.LSTM / nn.GRU and nn.Linear head in float64. Models, data and losses come from
make_pytorch_fixtures.py (same init: PyTorch default plus 0.3 * randn on every bias). Everything is seeded,
so the output is byte-for-byte reproducible with the same PyTorch build.
"""

import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_pytorch_fixtures as base  # noqa: E402  (build, loss_fn, sizes, output directory)

# name, cell, layers, loss kind, optimizer spec, clip max_norm (None = no clipping), steps, seed, scale of the
# regression targets. The RNN case's seed and target scale are chosen so that its gradient norm starts above
# max_norm and falls below it (steps 1-2 clipped, step 3 not), exercising both sides of the clip.
CASES = [
    ("optim_lstm_l1_sgd_momentum_clip", "lstm", 1, "mse-last",
     {"kind": "sgd", "lr": 0.1, "momentum": 0.9}, 0.5, 4, 201, 2.0),
    ("optim_gru_l2_adam_ce_all", "gru", 2, "ce-all",
     {"kind": "adam", "lr": 0.01, "betas": [0.9, 0.999], "eps": 1e-8}, None, 4, 202, None),
    ("optim_rnn_tanh_l1_sgd_clip", "rnn_tanh", 1, "mse-all",
     {"kind": "sgd", "lr": 0.05, "momentum": 0.0}, 1.0, 3, 206, 1.8),
]

# A gradient norm this close to max_norm would make "clipped" depend on clip_grad_norm_'s 1e-6 guard
# (PyTorch scales by max_norm / (norm + 1e-6) whenever that is < 1); keep the fixtures away from that edge.
CLIP_MARGIN = 1e-3


def make_optimizer(spec, params):
    if spec["kind"] == "sgd":
        return torch.optim.SGD(params, lr=spec["lr"], momentum=spec["momentum"])
    if spec["kind"] == "adam":
        return torch.optim.Adam(params, lr=spec["lr"], betas=tuple(spec["betas"]), eps=spec["eps"])
    raise ValueError(spec["kind"])


def make_batch(loss_kind, target_scale):
    T, B, I, O = base.SEQ_LEN, base.BATCH, base.INPUT_SIZE, base.OUTPUT_SIZE
    x = 1.5 * torch.randn(T, B, I)
    if loss_kind == "mse-last":
        target = target_scale * torch.randn(B, O)
    elif loss_kind == "mse-all":
        target = target_scale * torch.randn(T, B, O)
    elif loss_kind == "ce-last":
        target = torch.randint(0, O, (B,))
    elif loss_kind == "ce-all":
        target = torch.randint(0, O, (T, B))
    else:
        raise ValueError(loss_kind)
    return x, target


def snapshot(params):
    return {n: base.tolist(p) for n, p in params.items()}


def run_case(case, cell, layers, loss_kind, spec, clip, steps, seed, target_scale):
    kind = base.base_kind(cell)
    rnn, head, params = base.build(cell, layers, seed)
    x, target = make_batch(loss_kind, target_scale)
    initial = snapshot(params)
    plist = list(params.values())
    opt = make_optimizer(spec, plist)
    records = []
    for step in range(1, steps + 1):
        opt.zero_grad(set_to_none=True)
        out, _ = rnn(x)
        y = head(out)
        loss = base.loss_fn(loss_kind, y, target)
        loss.backward()
        if clip is not None:
            norm = float(torch.nn.utils.clip_grad_norm_(plist, clip))
            clipped = norm > clip
            if abs(norm - clip) <= CLIP_MARGIN:
                raise AssertionError("%s step %d: grad norm %r too close to max_norm %r" % (case, step, norm, clip))
        else:
            # what clip_grad_norm_ would report: the 2-norm of the per-tensor 2-norms
            norm = float(torch.norm(torch.stack([torch.norm(p.grad.detach(), 2.0) for p in plist]), 2.0))
            clipped = False
        opt.step()
        records.append({"step": step, "loss": float(loss.detach()), "grad_norm": norm, "clipped": clipped,
                        "params": snapshot(params)})
        print("%-34s step %d  loss=%.17g  grad_norm=%.17g%s" % (case, step, float(loss.detach()), norm,
                                                                 "  (clipped)" if clipped else ""))
    obj = {
        "case": case,
        "cell": kind,
        "nonlinearity": cell.split("_")[1] if kind == "rnn" else None,
        "input_size": base.INPUT_SIZE,
        "hidden_size": base.HIDDEN_SIZE,
        "num_layers": layers,
        "output_size": base.OUTPUT_SIZE,
        "seq_len": base.SEQ_LEN,
        "batch": base.BATCH,
        "loss_kind": loss_kind,
        "optimizer": spec,
        "clip_max_norm": clip,
        "x": base.tolist(x),
        "target": target.tolist() if loss_kind.startswith("ce") else base.tolist(target),
        "initial_params": initial,
        "steps": records,
        "torch_version": torch.__version__,
    }
    return obj


def dump_json(obj):
    # One top-level key per line, one step per line; floats use repr, which round-trips exactly.
    lines = []
    for k, v in obj.items():
        if k == "steps":
            inner = ["    " + json.dumps(s, allow_nan=False) for s in v]
            lines.append('  "steps": [\n' + ",\n".join(inner) + "\n  ]")
        else:
            lines.append("  %s: %s" % (json.dumps(k), json.dumps(v, allow_nan=False)))
    text = "{\n" + ",\n".join(lines) + "\n}\n"
    assert json.loads(text) == obj
    return text


def main():
    torch.set_default_dtype(torch.float64)
    torch.set_num_threads(1)
    print("torch", torch.__version__)
    texts = {}
    for case in CASES:
        obj = run_case(*case)
        texts[obj["case"]] = dump_json(obj)
    os.makedirs(base.OUT_DIR, exist_ok=True)
    for name, text in texts.items():
        with open(os.path.join(base.OUT_DIR, name + ".json"), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote %d optimizer cases to %s" % (len(texts), os.path.relpath(base.OUT_DIR, base.REPO)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
