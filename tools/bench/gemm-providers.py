#!/usr/bin/env python3
"""OpenBLAS against oneDNN as eptc's GEMM library, on one host, in alternating rounds (a benchmark).

Per shape: every entry of tools/bench/gemm-shapes.graph (one matmul each: a T5-small EPT step's
GEMMs, attention's batched products included) under `--gemm blas` and `--gemm dnnl`.
Per step: EPT T5-small train step (B 8, L 128, T 8, dropout 0), MiniLM EPT and fine-tuning train
steps (B 32, L 64) under `--gemm measured` (generated kernel or OpenBLAS per shape, the default),
`--gemm measured --measure-dnnl true` (oneDNN as a third candidate), `--gemm blas` and `--gemm dnnl`.
Each round runs every policy once, in turn, so all meet the same load; min is over every timed
call of a policy, median over the rounds' medians. Needs libdnnl.so.2 (`make dnnl`).

    tools/bench/gemm-providers.py [--eptc .build/release/eptc] [--rounds 3] [--repeat 5] [--only shapes|steps]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
T5S = ["--set", "vocab_size=32128", "--set", "d_model=512", "--set", "d_kv=64", "--set", "d_ff=2048",
       "--set", "num_layers=6", "--set", "num_decoder_layers=6", "--set", "num_heads=8",
       "--set", "B=8", "--set", "L=128", "--set", "T=8", "--set", "dropout=0"]
MINILM = ["--model", "models/minilm-l6", "--set", "B=32", "--set", "L=64"]
STEPS = [("ept-t5s-d0", "graphs/ept.graph", T5S), ("minilm-ept-b32", "graphs/ept-bert.graph", MINILM),
         ("minilm-ft-b32", "graphs/finetune-bert.graph", MINILM)]
POLICIES = {"measured": ["--gemm", "measured", "--measure-dnnl", "false"],
            "measured+dnnl": ["--gemm", "measured", "--measure-dnnl", "true"],
            "blas": ["--gemm", "blas"], "dnnl": ["--gemm", "dnnl"]}
ROW = re.compile(r"^(\w+)\s+[\d.,]+\s+([\d.]+) (µs|ms|s)\s+([\d.]+) (µs|ms|s)")
SCALE = {"µs": 1e-3, "ms": 1.0, "s": 1e3}


def bench(eptc, graph, extra, policy, repeat, entry=None):
    """{entry: (min ms, median ms)} of one `eptc bench` run."""
    args = [eptc, "bench", graph, "--no-interpreter", "--repeat", str(repeat)] + extra + POLICIES[policy]
    if entry:
        args += ["--entry", entry]
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{out.stderr}")
    rows = {}
    for line in out.stdout.splitlines():
        m = ROW.match(line)
        if m:
            rows[m[1]] = (float(m[2]) * SCALE[m[3]], float(m[4]) * SCALE[m[5]])
    return rows


def table(title, results, policies):
    """results[name][policy] = [(min, median), …] per round."""
    print(f"\n{title}")
    print("| " + " | ".join(["name"] + [f"{p} min / median ms" for p in policies] + [f"{policies[0]}/{p}" for p in policies[1:]]) + " |")
    print("|" + "---|" * (1 + 2 * len(policies) - 1))
    for name, by in results.items():
        best = {p: min(r[0] for r in by[p]) for p in policies}
        mid = {p: statistics.median(r[1] for r in by[p]) for p in policies}
        cells = [f"{best[p]:.2f} / {mid[p]:.2f}" for p in policies]
        cells += [f"{best[policies[0]] / best[p]:.2f}" for p in policies[1:]]
        print("| " + " | ".join([name] + cells) + " |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eptc", default=os.path.join(ROOT, ".build", "release", "eptc"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", choices=["shapes", "steps"])
    a = ap.parse_args()
    if a.only != "steps":
        shapes, policies = {}, ["blas", "dnnl"]
        for r in range(a.rounds):
            for p in policies:
                for name, t in bench(a.eptc, "tools/bench/gemm-shapes.graph", [], p, a.repeat).items():
                    shapes.setdefault(name, {}).setdefault(p, []).append(t)
            print(f"shapes: round {r + 1} of {a.rounds} done", file=sys.stderr)
        table("per shape (tools/bench/gemm-shapes.graph), ratio > 1: oneDNN faster", shapes, policies)
    if a.only != "shapes":
        steps, policies = {}, list(POLICIES)
        for r in range(a.rounds):
            for name, graph, extra in STEPS:
                for p in policies:
                    t = bench(a.eptc, graph, extra, p, a.repeat, entry="train_step")["train_step"]
                    steps.setdefault(name, {}).setdefault(p, []).append(t)
            print(f"steps: round {r + 1} of {a.rounds} done", file=sys.stderr)
        table("train_step, ratio > 1: the policy is faster than `measured`", steps, policies)


if __name__ == "__main__":
    main()
