#!/usr/bin/env python3
"""eptc against PyTorch + transformers, side by side, in one run (`make bench`).

For each configuration: the peer writes a model folder (random T5 weights, or the real MiniLM),
a batch and the method's weights; `eptc bench` and the peer then time the same step on identical
shapes, weights, batch and thread counts, both compute the loss on that batch (checked to agree),
and the table gives min and median ms per step, eptc/PyTorch, GFLOP/s for both (the same FLOP
count: the matmuls of eptc's compiled step — forward plus the backward matmuls the step needs),
that as a share of the sgemm rate measured in the same run (the best of the row's eptc runs),
and both peak resident sets.

PyTorch is installed by this tool into its own virtual environment (.venv-bench, git-ignored:
torch==2.13.0+cpu, transformers, safetensors); it is never a dependency of eptc.

The machine is shared: before each timing the tool waits (up to --quiet-wait seconds) for other
processes to use less than --quiet-cores of CPU, marks every number measured while others ran, and
after eptc's first run (cold compile, timing) alternates the peer and eptc in rounds, so
both sides meet the same load; min and median are over every timed step of a side. A last eptc
run, timed nowhere, profiles the program the rounds ran.

    tools/bench/bench.py [--only NAME ...] [--repeat 5] [--rounds 2] [--per-round 2] [--threads 2] [--report]
"""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import shutil
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
VENV = os.path.join(ROOT, ".venv-bench")
WORK = os.path.join(ROOT, "out", "bench")
PEER = os.path.join(ROOT, "tools", "bench", "peer.py")

T5_SMALL = dict(vocab_size=32128, d_model=512, d_kv=64, d_ff=2048, num_layers=6, num_heads=8)
T5_BASE = dict(vocab_size=32128, d_model=768, d_kv=64, d_ff=3072, num_layers=12, num_heads=12)
PT = dict(prompt_len=100)
DEPT = dict(prompt_len=60, rank=30, max_len=256, alpha=1.0)
EPT = dict(prompt_len=40, rank=20, max_len=256, alpha=1.0, spaces=4, space_width=4)


def t5(name, method, params, dropout, step="train", batch=8, shape=T5_SMALL, model="t5-small"):
    return dict(name=name, family="t5", method=method, method_params=params, dropout=dropout, step=step,
                batch=batch, input_len=128, target_len=8, shape=shape, model=model,
                graph=f"graphs/{method}.graph")


# The peer's prompt methods on BERT classify from the last layer's pooled vector; eptc's default
# head reads every layer (`head_per_layer`, standardized: `normalize_pooled`), a different model
# with a different loss. The bench pins eptc's graph to the peer's head so both time one model.
PEER_HEAD = dict(head_per_layer="false", normalize_pooled="false")


def bert(name, method, params, eptc_only=None):
    return dict(name=name, family="bert", method=method, method_params=params, dropout=0.0, step="train",
                batch=32, input_len=64, target_len=0, shape=None, model="minilm",
                graph=f"graphs/{method}-bert.graph", eptc_only=eptc_only or {})


CONFIGS = [
    t5("t5s-pt-d0.1", "pt", PT, 0.1), t5("t5s-pt-d0", "pt", PT, 0.0),
    t5("t5s-dept-d0.1", "dept", DEPT, 0.1), t5("t5s-dept-d0", "dept", DEPT, 0.0),
    t5("t5s-ept-d0.1", "ept", EPT, 0.1), t5("t5s-ept-d0", "ept", EPT, 0.0),
    t5("t5s-ept-eval-b32", "ept", EPT, 0.0, step="eval", batch=32),
    bert("minilm-ept-b32", "ept", EPT, eptc_only=PEER_HEAD), bert("minilm-ft-b32", "finetune", {}),
    t5("t5b-pt-d0", "pt", PT, 0.0, shape=T5_BASE, model="t5-base"),
]


# --- the peer's environment -------------------------------------------------------------------

def ensure_venv():
    """The shared tools environment (tools/pyenv.py: torch, transformers, safetensors, peft)."""
    sys.path.insert(0, os.path.join(ROOT, "tools"))
    import pyenv
    return pyenv.ensure()


# --- a quiet machine ----------------------------------------------------------------------------

def cpu_busy_seconds():
    """(busy, total) CPU seconds of the whole machine since boot (/proc/stat)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    hz = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + fields[4]
    return (sum(fields) - idle) / hz, sum(fields) / hz


def wait_quiet(max_wait, cores, window=3.0):
    """Waits until others use < `cores` CPUs over a `window`; returns the load seen last."""
    deadline = time.time() + max_wait
    while True:
        b0, _ = cpu_busy_seconds()
        time.sleep(window)
        b1, _ = cpu_busy_seconds()
        load = (b1 - b0) / window
        if load < cores or time.time() >= deadline:
            return load


class Measured:
    """Runs a child and measures how many cores *other* processes used meanwhile."""

    def __init__(self, args, **kw):
        c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        b0, _ = cpu_busy_seconds()
        t0 = time.time()
        self.proc = subprocess.run(args, capture_output=True, text=True, **kw)
        wall = time.time() - t0
        b1, _ = cpu_busy_seconds()
        c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        own = (c1.ru_utime + c1.ru_stime) - (c0.ru_utime + c0.ru_stime)
        self.others = max(0.0, ((b1 - b0) - own) / max(wall, 1e-9))
        self.wall = wall


# --- one configuration --------------------------------------------------------------------------

def model_dir(cfg):
    if cfg["model"] == "minilm":
        return os.path.join(ROOT, "models", "minilm-l6")
    return os.path.join(WORK, cfg["model"])


def dropout_params(cfg):
    """Names of the dropout params the graph and the libraries it imports declare (`param
    dropout…`): T5's `dropout`; BERT's `dropout`, `attention_dropout`, `classifier_dropout`."""
    names, seen = set(), set()
    pending = [os.path.join(ROOT, cfg["graph"])]
    while pending:
        path = os.path.normpath(pending.pop())
        if path in seen or not os.path.exists(path):
            continue
        seen.add(path)
        with open(path) as f:
            text = f.read()
        names.update(re.findall(r"^param (\w*dropout\w*)\s*:", text, re.M))
        pending += [os.path.join(os.path.dirname(path), m) for m in re.findall(r'^import "([^"]+)"', text, re.M)]
    return sorted(names)


def eptc_args(cfg, eptc, work, repeat, entry, dropout):
    args = [eptc, "bench", cfg["graph"], "--model", model_dir(cfg), "--entry", entry, "--no-interpreter",
            "--repeat", str(repeat), "--set", f"B={cfg['batch']}", "--set", f"L={cfg['input_len']}",
            "--inputs", os.path.join(work, "batch.safetensors"), "--weights", os.path.join(work, "weights.safetensors"),
            "--cache", os.path.join(work, "cache")]
    if cfg["family"] == "t5":
        args += ["--set", f"T={cfg['target_len']}"]
    for k, v in {**cfg["method_params"], **cfg.get("eptc_only", {})}.items():
        args += ["--set", f"{k}={v}"]
    if dropout is not None:
        for name in dropout_params(cfg):
            args += ["--set", f"{name}={dropout}"]
    return args


def run_config(cfg, python, eptc, repeat, rounds, per_round, threads, quiet_wait, quiet_cores):
    work = os.path.join(WORK, cfg["name"])
    os.makedirs(work, exist_ok=True)
    peer_cfg = dict(cfg, model_dir=model_dir(cfg), threads=threads, repeat=repeat, out=os.path.join(work, "peer.json"),
                    files={"batch": os.path.join(work, "batch.safetensors"),
                           "weights": os.path.join(work, "weights.safetensors")})
    cfg_file = os.path.join(work, "peer-config.json")
    with open(cfg_file, "w") as f:
        json.dump(peer_cfg, f)
    subprocess.run([python, PEER, "prepare", cfg_file], check=True)

    entry = "train_step" if cfg["step"] == "train" else "loss"
    dropout = cfg["dropout"] if dropout_params(cfg) else None
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads))
    result = {"config": cfg["name"], "eptc_dropout": dropout, "peer_dropout": cfg["dropout"],
              "measured_at": f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC"}

    # eptc: cold compile and timing into a fresh cache.
    shutil.rmtree(os.path.join(work, "cache"), ignore_errors=True)
    load = wait_quiet(quiet_wait, quiet_cores)
    e = Measured(eptc_args(cfg, eptc, work, repeat, entry, dropout)
                 + ["--json", os.path.join(work, "eptc.json")], env=env, cwd=ROOT)
    if e.proc.returncode != 0:
        return dict(result, error="eptc: " + (e.proc.stderr or e.proc.stdout).strip()[-600:])
    with open(os.path.join(work, "eptc.txt"), "w") as f:
        f.write(e.proc.stdout)
    ej = json.load(open(os.path.join(work, "eptc.json")))
    eptc_times = list(ej["entries"][0]["seconds"])
    # Every eptc run measures sgemm (best of 10); the row keeps the best of them, since load only
    # lowers it: one run's measurement falling in a slow moment made % sgemm pass 100%.
    sgemm = [ej["sgemm_gflops"]]
    others_eptc, others_peer, rss, pj, profile = [e.others], [], [], None, None

    # Then rounds that alternate the peer and eptc (warm cache: its peak RSS is training's, not
    # LLVM's), so both sides meet the same load on a shared machine; min and median are over all.
    for k in range(rounds):
        load = max(load, wait_quiet(quiet_wait if k == 0 else min(quiet_wait, 10), quiet_cores))
        with open(cfg_file, "w") as f:
            json.dump(dict(peer_cfg, repeat=repeat if k == 0 else per_round, check=(k == 0)), f)
        p = Measured([python, PEER, "time", cfg_file], env=env, cwd=ROOT)
        if p.proc.returncode != 0:
            return dict(result, error="peer: " + p.proc.stderr.strip()[-600:])
        got = json.load(open(peer_cfg["out"]))
        if pj is None:
            pj = got
        else:
            pj["seconds"] += got["seconds"]
            pj["peak_rss_bytes"] = max(pj["peak_rss_bytes"], got["peak_rss_bytes"])
        others_peer.append(p.others)
        round_json = os.path.join(work, f"eptc-round{k}.json")
        r = Measured(eptc_args(cfg, eptc, work, per_round, entry, dropout) + ["--json", round_json], env=env, cwd=ROOT)
        if r.proc.returncode == 0:
            rj = json.load(open(round_json))
            eptc_times += rj["entries"][0]["seconds"]
            sgemm.append(rj["sgemm_gflops"])
            rss.append(rj["peak_rss_bytes"])
            others_eptc.append(r.others)

    # Where the step goes: a profile of the program the rounds ran (a cold compile's 2.5 s measuring
    # budget can leave GEMM shapes on BLAS that a later compile measures and moves), in a run of its
    # own — its instrumented copy's compile must count in no timing and no peak RSS.
    profile_json = os.path.join(work, "eptc-profile.json")
    q = Measured(eptc_args(cfg, eptc, work, 1, entry, dropout) + ["--profile", "--json", profile_json], env=env, cwd=ROOT)
    if q.proc.returncode == 0:
        profile = (json.load(open(profile_json)).get("profiles") or [None])[0]

    ent = ej["entries"][0]
    result.update(
        eptc_seconds=sorted(eptc_times), peer_seconds=sorted(pj["seconds"]), matmul_flops=ent["matmul_flops"],
        sgemm_gflops=max(sgemm), sgemm_runs=sgemm, torch_matmul_gflops=pj["matmul_gflops"],
        eptc_rss=max(rss) if rss else None, peer_rss=pj["peak_rss_bytes"], eptc_loss=ej.get("loss"),
        peer_loss=pj["loss"], compile_cold=ej["compile_cold_seconds"], compile_cached=ej["compile_cached_seconds"],
        others_before=load, others_eptc=statistics.mean(others_eptc), others_peer=statistics.mean(others_peer),
        host=ej["host"], threads=ej["kernel_threads"], blas_threads=ej["blas_threads"], torch_threads=pj["threads"],
        torch=pj["torch"], transformers=pj["transformers"], profile=profile)
    return result


# --- the table ----------------------------------------------------------------------------------

# A row whose sgemm measurements spread further than this (lowest / best) ran on a busy host.
HOST_QUIET = 0.9


def fmt_ms(s):
    return f"{s * 1000:.0f}" if s >= 0.1 else f"{s * 1000:.1f}"


def table(results, quiet_cores):
    head = ["config", "eptc min", "med", "torch min", "med", "eptc/torch", "eptc GF/s", "torch GF/s",
            "eptc %sgemm", "torch %sgemm", "eptc RSS", "torch RSS", "loss eptc", "torch", "busy", "host"]
    rows = [head]
    notes = []
    for r in results:
        if "error" in r:
            rows.append([r["config"], "error"] + [""] * (len(head) - 2))
            notes.append(f"{r['config']}: {r['error']}")
            continue
        emin, emed = min(r["eptc_seconds"]), statistics.median(r["eptc_seconds"])
        tmin, tmed = min(r["peer_seconds"]), statistics.median(r["peer_seconds"])
        egf, tgf = r["matmul_flops"] / emin / 1e9, r["matmul_flops"] / tmin / 1e9
        busy = max(r["others_eptc"], r["others_peer"])
        # The host under the VM: each eptc run of the row measured sgemm; its lowest against its
        # best says how much the machine's neighbours took meanwhile (nothing `busy` can see).
        runs = r.get("sgemm_runs")
        host = min(runs) / max(runs) if runs else None
        rows.append([
            r["config"] + ("" if r["eptc_dropout"] == r["peer_dropout"] or r["peer_dropout"] == 0 else " †"),
            fmt_ms(emin), fmt_ms(emed), fmt_ms(tmin), fmt_ms(tmed), f"{emin / tmin:.2f}",
            f"{egf:.1f}", f"{tgf:.1f}", f"{egf / r['sgemm_gflops'] * 100:.0f}%", f"{tgf / r['sgemm_gflops'] * 100:.0f}%",
            f"{r['eptc_rss'] / 2**20:.0f} MiB" if r["eptc_rss"] else "?", f"{r['peer_rss'] / 2**20:.0f} MiB",
            f"{r['eptc_loss']:.5f}" if r["eptc_loss"] is not None else "?", f"{r['peer_loss']:.5f}",
            f"{busy:.1f}" + (" *" if busy >= quiet_cores else ""),
            "?" if host is None else f"{host * 100:.0f}%" + (" ~" if host < HOST_QUIET else "")])
        differ = r["eptc_loss"] is not None and abs(r["eptc_loss"] - r["peer_loss"]) > 1e-3 * max(1, abs(r["peer_loss"]))
        if differ and (r["eptc_dropout"] or r["peer_dropout"]):
            # Both drop out, each with its own random masks: the losses agree only in distribution. The
            # dropout-0 row of the same shape is the one that checks both compute the same step.
            notes.append(f"{r['config']}: losses differ as expected with dropout (eptc {r['eptc_loss']:.6f}, "
                         f"torch {r['peer_loss']:.6f}: different random masks)")
        elif differ:
            notes.append(f"{r['config']}: LOSSES DIFFER (eptc {r['eptc_loss']:.6f}, torch {r['peer_loss']:.6f})")
    widths = [max(len(row[c]) for row in rows) for c in range(len(head))]
    lines = ["  ".join(cell.ljust(widths[c]) if c == 0 else cell.rjust(widths[c]) for c, cell in enumerate(row))
             for row in rows]
    return "\n".join(lines), notes


def profile_lines(results):
    out = []
    for r in results:
        p = r.get("profile")
        if not p:
            continue
        total = p["total_seconds"] or 1e-12
        parts = [f"{c['class']} {c['seconds'] / total * 100:.0f}%"
                 + (f" ({c['flops'] / c['seconds'] / 1e9:.0f} GF/s)" if c["class"] == "BLAS matmul" and c["seconds"] else "")
                 for c in p["classes"][:5]]
        out.append(f"  {r['config']}: " + ", ".join(parts))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eptc", default=os.path.join(ROOT, ".build", "release", "eptc"))
    ap.add_argument("--only", nargs="*", help="configuration names (default: all): "
                    + ", ".join(c["name"] for c in CONFIGS))
    ap.add_argument("--repeat", type=int, default=5, help="timed steps per side in the first round (after a warm-up)")
    ap.add_argument("--rounds", type=int, default=2,
                    help="alternating peer/eptc rounds after eptc's first (cold-compile) run; the peer runs only in these")
    ap.add_argument("--per-round", type=int, default=2, help="timed steps per side in each later round")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--quiet-wait", type=float, default=120, help="seconds to wait for a quiet machine")
    ap.add_argument("--quiet-cores", type=float, default=0.3, help="others' CPU use that counts as busy")
    ap.add_argument("--json", default=os.path.join(WORK, "results.json"))
    ap.add_argument("--report", action="store_true", help="only print the table of the results in --json")
    args = ap.parse_args()
    for name in ("rounds", "repeat", "per_round", "threads"):
        if getattr(args, name) < 1:
            ap.error(f"--{name.replace('_', '-')} must be at least 1")
    if args.report:
        with open(args.json) as f:
            report(json.load(f), args)
        return
    configs = [c for c in CONFIGS if not args.only or c["name"] in args.only]
    if not configs:
        sys.exit("no such configuration; known: " + ", ".join(c["name"] for c in CONFIGS))
    if not os.access(args.eptc, os.X_OK):
        sys.exit(f"no eptc at {args.eptc} (swift build -c release --product eptc)")
    python = ensure_venv()
    os.makedirs(WORK, exist_ok=True)
    results = []
    for cfg in configs:
        print(f"== {cfg['name']}", flush=True)
        results.append(run_config(cfg, python, args.eptc, args.repeat, args.rounds, args.per_round, args.threads,
                                  args.quiet_wait, args.quiet_cores))
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    report(results, args)


def report(results, args):
    ok = [r for r in results if "error" not in r]
    print()
    if ok:
        r0 = ok[0]
        when = r0.get("measured_at") or f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC"
        print(f"{when}; {r0['host']}")
        print(f"eptc and torch {r0['torch']} + transformers {r0['transformers']}: {r0['threads']} kernel / "
              f"{r0['blas_threads']} BLAS threads vs torch {r0['torch_threads']} threads; "
              f"{len(r0['eptc_seconds'])} timed steps each; sgemm (OpenBLAS, 512³) {statistics.median(r['sgemm_gflops'] for r in ok):.0f} GFLOP/s, "
              f"torch matmul {statistics.median(r['torch_matmul_gflops'] for r in ok):.0f} GFLOP/s")
    text, notes = table(results, args.quiet_cores)
    print(text)
    print("ms per step; eptc/torch = ratio of minimums (below 1: eptc faster); GF/s = matmul FLOPs of eptc's "
          "step / min time, the same count for both; %sgemm = that / the best OpenBLAS sgemm rate of the row's eptc runs; "
          "RSS = peak resident set (eptc with a warm compile cache); busy = CPU cores other processes used "
          f"while timing (* = at least {args.quiet_cores}: the machine was not quiet, numbers are noisy); host = the "
          "lowest sgemm rate of the row's eptc runs as a share of its best (~ below "
          f"{HOST_QUIET * 100:.0f}%: the host under the VM was busy, so the row is noisy even at busy 0).")
    if any(r.get("eptc_dropout") != r.get("peer_dropout") and r.get("peer_dropout") for r in ok):
        print("† eptc's graphs have no dropout yet: eptc ran without it, torch with it.")
    for r in ok:
        print(f"  {r['config']}: compile cold {r['compile_cold']:.1f} s, cached {r['compile_cached']:.2f} s")
    print("where eptc's step goes (profile):")
    print("\n".join(profile_lines(ok)))
    for n in notes:
        print("note: " + n)


if __name__ == "__main__":
    main()
