#!/usr/bin/python3
"""Times in PyTorch the work that BENCHMARKS.md times in GateLab, for the side-by-side table there.

Run from the repository root with Debian's Python and PyTorch (never a build dependency):

    apt-get install -y python3-torch libopenblas0-pthread       # once
    /usr/bin/python3 src/test/python/bench_pytorch.py [--repeat N] [--epochs N]

Everything is float64 on one thread (torch.set_num_threads(1), OPENBLAS_NUM_THREADS=1), as GateLab computes.
PyTorch's CPU matrix products go through the system BLAS: with only Debian's reference BLAS (libblas3, what
python3-torch pulls in) they are several times slower than with OpenBLAS, so install libopenblas0-pthread
first (update-alternatives then points libblas.so.3 at it). Two kinds of work:

  step   fused nn.RNN / nn.LSTM / nn.GRU forward + backward (autograd through the whole sequence) with a
         linear head and an MSE loss on the last step's output, at hidden 64, input 32, length 200, batch 1
         and 32: what `gatelab bench --record training` times. PyTorch records nothing beyond what autograd
         keeps; GateLab's `bench` without --record also records every gate, state and gradient.
  epoch  one epoch of the training lab's default run on the adding problem at T = 100: hidden 32, batch 32,
         Adam lr 0.01, gradient clipping at norm 1, 4,000 training sequences (125 updates), then 500
         validation sequences forward: what `gatelab train --task adding --length 100` reports per epoch.

Each figure is the minimum and the median over the repeats, after warm-up runs. One JSON object per line.
"""

import argparse
import json
import os
import statistics
import time

# one thread in BLAS too (torch.set_num_threads does not reach OpenBLAS's own threads)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import torch  # noqa: E402 (after the environment is set)
import torch.nn as nn

CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}


def timed(fn, repeat, warmup):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def step(cell, hidden, inputs, length, batch, repeat):
    torch.manual_seed(42)
    rnn = CELLS[cell](inputs, hidden)
    head = nn.Linear(hidden, 1)
    x = torch.randn(length, batch, inputs)
    y = torch.randn(batch, 1)

    def once():
        rnn.zero_grad()
        head.zero_grad()
        out, _ = rnn(x)
        loss = ((head(out[-1]) - y) ** 2).mean()
        loss.backward()

    best, median = timed(once, repeat, warmup=max(3, repeat // 5))
    return {"work": "step", "cell": cell, "hidden": hidden, "input_size": inputs, "length": length,
            "batch": batch, "min_ms_per_batch": round(best * 1e3, 3), "median_ms_per_batch": round(median * 1e3, 3)}


def adding_data(n, length, generator):
    """The adding problem: values in [0, 1), two marked steps (one in each half); the target is their sum."""
    values = torch.rand(length, n, generator=generator)
    markers = torch.zeros(length, n)
    first = torch.randint(0, length // 2, (n,), generator=generator)
    second = torch.randint(length // 2, length, (n,), generator=generator)
    markers[first, torch.arange(n)] = 1.0
    markers[second, torch.arange(n)] = 1.0
    x = torch.stack([values, markers], dim=2)
    y = (values * markers).sum(dim=0, keepdim=True).T
    return x, y


def epoch(cell, epochs):
    torch.manual_seed(1)
    generator = torch.Generator().manual_seed(1)
    length, hidden, batch = 100, 32, 32
    x_train, y_train = adding_data(4000, length, generator)
    x_val, y_val = adding_data(500, length, generator)
    rnn = CELLS[cell](2, hidden)
    head = nn.Linear(hidden, 1)
    params = list(rnn.parameters()) + list(head.parameters())
    optimizer = torch.optim.Adam(params, lr=0.01)
    seconds = []
    for _ in range(epochs):
        start = time.perf_counter()
        order = torch.randperm(4000, generator=generator)
        for k in range(4000 // batch):
            idx = order[k * batch:(k + 1) * batch]
            optimizer.zero_grad()
            out, _ = rnn(x_train[:, idx])
            loss = ((head(out[-1]) - y_train[idx]) ** 2).mean()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
        with torch.no_grad():
            out, _ = rnn(x_val)
            val = ((head(out[-1]) - y_val) ** 2).mean().item()
        seconds.append(time.perf_counter() - start)
    # the first epoch warms up; the rest are steady
    steady = seconds[1:] or seconds
    return {"work": "epoch", "cell": cell, "task": "adding", "length": length, "hidden": hidden, "batch": batch,
            "updates": 4000 // batch, "validation": 500, "min_s_per_epoch": round(min(steady), 3),
            "median_s_per_epoch": round(statistics.median(steady), 3), "last_val_loss": round(val, 5)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=30, help="timed runs of each step (default 30)")
    parser.add_argument("--epochs", type=int, default=4, help="epochs per cell, the first one untimed (default 4)")
    args = parser.parse_args()
    torch.set_default_dtype(torch.float64)
    torch.set_num_threads(1)
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "dtype": "float64"}))
    for cell in ("lstm", "gru", "rnn"):
        for batch in (1, 32):
            print(json.dumps(step(cell, 64, 32, 200, batch, args.repeat if batch == 1 else max(5, args.repeat // 3))),
                  flush=True)
    for cell in ("lstm", "gru", "rnn"):
        print(json.dumps(epoch(cell, args.epochs)), flush=True)


if __name__ == "__main__":
    main()
