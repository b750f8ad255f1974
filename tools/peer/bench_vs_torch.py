#!/usr/bin/env python3
"""eptc against PyTorch on the same CPU, in one run, on the same shapes.

Runs `eptc bench graphs/mlp.graph --no-interpreter` and the same model written in PyTorch
(graphs/mlp.graph: input projection + GELU(tanh), `num_layers` residual GELU layers, a linear head,
cross-entropy; training = backward + clip_grad_norm_(1.0) + AdamW(lr 1e-3, wd 0.01), which is what
eptc's default optimizer pass compiles), then prints min and median of both and the ratio of the
medians. Both use the same number of threads. PyTorch is a peer for measurement only; eptc never
imports it.

    tools/peer/bench_vs_torch.py [--eptc .build/release/eptc] [--repeat 20] [--set batch=256 ...]
"""
import argparse
import re
import statistics
import subprocess
import sys
import time

import torch

DEFAULTS = {"batch": 8, "d_in": 16, "d_hidden": 32, "num_classes": 4, "num_layers": 2}
UNITS = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def eptc_times(eptc, sets, repeat):
    """{entry: (min s, median s)} from `eptc bench`'s table."""
    args = [eptc, "bench", "graphs/mlp.graph", "--no-interpreter", "--repeat", str(repeat)]
    for s in sets:
        args += ["--set", s]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    row = re.compile(r"^(\w+)\s+[\d.]+\s+([\d.]+) (\S+)\s+([\d.]+) (\S+)\s")
    times = {}
    for line in out.splitlines():
        m = row.match(line)
        if m and m.group(3) in UNITS:
            times[m.group(1)] = (float(m.group(2)) * UNITS[m.group(3)], float(m.group(4)) * UNITS[m.group(5)])
    threads = re.search(r"kernel threads (\d+)", out)
    return times, int(threads.group(1)) if threads else None, out


class MLP(torch.nn.Module):
    def __init__(self, d_in, d_hidden, num_classes, num_layers):
        super().__init__()
        self.inp = torch.nn.Linear(d_in, d_hidden)
        self.hidden = torch.nn.ModuleList(torch.nn.Linear(d_hidden, d_hidden) for _ in range(num_layers))
        self.out = torch.nn.Linear(d_hidden, num_classes)

    def forward(self, x):
        h = torch.nn.functional.gelu(self.inp(x), approximate="tanh")
        for layer in self.hidden:
            h = h + torch.nn.functional.gelu(layer(h), approximate="tanh")
        return self.out(h)


def time_runs(fn, repeat):
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return min(samples), statistics.median(samples)


def torch_times(shape, repeat):
    torch.manual_seed(0)
    model = MLP(shape["d_in"], shape["d_hidden"], shape["num_classes"], shape["num_layers"])
    x = torch.randn(shape["batch"], shape["d_in"])
    labels = torch.randint(0, shape["num_classes"], (shape["batch"],))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.01)

    def predict():
        with torch.no_grad():
            model(x)

    def loss():
        with torch.no_grad():
            torch.nn.functional.cross_entropy(model(x), labels)

    def train_step():
        optimizer.zero_grad(set_to_none=True)
        torch.nn.functional.cross_entropy(model(x), labels).backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()

    return {"loss": time_runs(loss, repeat), "predict": time_runs(predict, repeat),
            "train_step": time_runs(train_step, repeat)}


def torch_sgemm_rate(n=512, repeat=10):
    """GFLOP/s of torch's own n³ matmul (best of `repeat`), for reading the ratios: on AMD hosts
    torch's MKL can run far below OpenBLAS, and that is part of what is being compared."""
    a, b = torch.randn(n, n), torch.randn(n, n)
    best, _ = time_runs(lambda: a @ b, repeat)
    return 2 * n ** 3 / best / 1e9


def fmt(seconds):
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale or unit == "µs":
            return f"{seconds / scale:.3g} {unit}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eptc", default=".build/release/eptc")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--set", action="append", default=[], dest="sets", metavar="NAME=VALUE")
    args = parser.parse_args()
    shape = dict(DEFAULTS)
    for s in args.sets:
        name, value = s.split("=", 1)
        if name not in shape:
            sys.exit(f"error: --set {name}: mlp.graph params are {', '.join(shape)}")
        shape[name] = int(value)

    eptc, threads, raw = eptc_times(args.eptc, args.sets, args.repeat)
    if not eptc:
        sys.exit("error: could not read eptc bench's table:\n" + raw)
    torch.set_num_threads(threads or torch.get_num_threads())
    peer = torch_times(shape, args.repeat)

    print(f"mlp {shape}, {torch.get_num_threads()} threads each, {args.repeat} timed runs, torch {torch.__version__}")
    sgemm = re.search(r"^sgemm .*$", raw, re.M)
    print(f"eptc's BLAS: {sgemm.group(0) if sgemm else '?'}; torch matmul 512³: {torch_sgemm_rate():.1f} GFLOP/s (best of 10)")
    print(f"{'entry':<11} {'eptc min':>10} {'median':>10} {'torch min':>10} {'median':>10} {'torch/eptc':>11}")
    for entry in ("loss", "predict", "train_step"):
        if entry not in eptc:
            continue
        (emin, emed), (tmin, tmed) = eptc[entry], peer[entry]
        print(f"{entry:<11} {fmt(emin):>10} {fmt(emed):>10} {fmt(tmin):>10} {fmt(tmed):>10} {tmed / emed:>10.2f}x")
    print("torch/eptc = PyTorch median / eptc median (above 1: eptc is faster).")


if __name__ == "__main__":
    main()
