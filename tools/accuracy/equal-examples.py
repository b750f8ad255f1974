#!/usr/bin/env python3
"""Each method's dev metric when it had seen as many training examples as EPT saw in its budget.

    tools/accuracy/equal-examples.py SWEEP [SWEEP ...] > table.md

At equal training time the methods see very different numbers of examples (EPT on an encoder: batch
16 and a 40-row prompt in front of every sentence; LoRA and fine-tuning: batch 32, no extra rows).
This reads the same run folders as glue5-table.py (`SWEEP/<task>/<configuration>/seed-<n>/`:
config.json, summary.json, log.jsonl) and asks, per task and seed present for EPT, what each other
method's best dev metric was among its evaluations made after at most as many examples
(step × batch size) as EPT's whole run saw. Evaluations are every 30 s of training, so the
comparison point is the last evaluation at or before that count — a slight handicap for the other
method, never an advantage. Standard library only.
"""
import json
import os
import statistics
import sys

TASKS = ["cola", "sst2", "mrpc", "stsb", "rte"]
METHODS = ["ept", "dept", "pt", "lora", "finetune"]
NAMES = {"ept": "EPT", "dept": "DePT", "pt": "PT", "lora": "LoRA", "finetune": "fine-tuning"}


def load(sweeps):
    """(task, method) -> {seed: (config, summary, [(step, metric)])}."""
    runs = {}
    for sweep in sweeps:
        for task in sorted(os.listdir(sweep)):
            for method in METHODS:
                folder = os.path.join(sweep, task, method)
                if not os.path.isdir(folder):
                    continue
                for seed_dir in sorted(os.listdir(folder)):
                    run = os.path.join(folder, seed_dir)
                    if not os.path.exists(os.path.join(run, "summary.json")):
                        continue
                    config = json.load(open(os.path.join(run, "config.json")))
                    summary = json.load(open(os.path.join(run, "summary.json")))
                    primary = summary["primaryMetric"]
                    evals = []
                    for line in open(os.path.join(run, "log.jsonl")):
                        record = json.loads(line)
                        if record.get("split") == "dev" and primary in record.get("eval", {}):
                            evals.append((record["step"], record["eval"][primary]))
                    runs.setdefault((task, method), {})[int(seed_dir[len("seed-"):])] = (config, summary, evals)
    return runs


def best_within(run, examples):
    """The best dev metric among a run's evaluations made after at most `examples` examples."""
    config, _, evals = run
    seen = [metric for step, metric in evals if step * config["batchSize"] <= examples]
    return max(seen) if seen else None


def main(sweeps):
    runs = load(sweeps)
    print("| task | EPT: examples seen, best dev ×100 | " + " | ".join(
        f"{NAMES[m]} at EPT's examples (at its whole budget)" for m in METHODS[1:]) + " |")
    print("|---|---|" + "---|" * (len(METHODS) - 1))
    for task in TASKS:
        ept = runs.get((task, "ept"))
        if not ept:
            continue
        seeds = sorted(ept)
        examples = statistics.fmean(ept[s][1]["examplesSeen"] for s in seeds)
        best = statistics.fmean(100 * ept[s][1]["bestMetric"] for s in seeds)
        row = [f"{examples / 1000:.1f}k, {best:.1f}" + (f" (seeds {','.join(map(str, seeds))})" if len(seeds) > 1 else "")]
        for m in METHODS[1:]:
            other = runs.get((task, m), {})
            pairs = [(best_within(other[s], ept[s][1]["examplesSeen"]), 100 * other[s][1]["bestMetric"])
                     for s in seeds if s in other]
            pairs = [(a, b) for a, b in pairs if a is not None]
            if not pairs:
                row.append("—")
                continue
            early = statistics.fmean(100 * a for a, _ in pairs)
            full = statistics.fmean(b for _, b in pairs)
            row.append(f"{early:.1f} ({full:.1f})")
        print(f"| {task} | " + " | ".join(row) + " |")
    print("\nMetric ×100. EPT's column: the mean over its seeds; each other column: over the seeds both it and"
          " EPT ran, each seed compared at that EPT seed's example count. '—': no evaluation of that method came"
          " at or before EPT's example count (its first evaluation was later).")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
