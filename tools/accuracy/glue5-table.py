#!/usr/bin/env python3
"""The five-task comparison table (README, "Accuracy across tasks") from eptc sweep folders.

    tools/accuracy/glue5-table.py SWEEP [SWEEP ...] > table.md

Reads every run folder `SWEEP/<task>/<configuration>/seed-<n>/` (config.json, summary.json) of
every sweep given, so seeds run in different sweeps (a first pass at one seed, more seeds later)
add up per (task, configuration). A cell is the best-checkpoint dev metric x100: the mean over
its seeds, then ± the sample standard deviation and the worst seed when there are several. Under
the table, EPT's margin over each other method per task, in units of the two cells' larger spread.
Standard library only: it reads JSON and writes Markdown.
"""
import json
import os
import statistics
import sys

TASKS = ["cola", "sst2", "mrpc", "stsb", "rte"]
METHODS = ["ept", "dept", "pt", "lora", "finetune"]
NAMES = {"ept": "EPT", "dept": "DePT", "pt": "PT", "lora": "LoRA", "finetune": "fine-tuning"}
TASK_NAMES = {"cola": "CoLA (MCC)", "sst2": "SST-2 (acc.)", "mrpc": "MRPC (F1/acc.)", "stsb": "STS-B (Pearson/Spearman)",
              "rte": "RTE (acc.)"}


def runs(sweeps):
    """(task, configuration) -> {seed: (best ×100, summary, config)} over every sweep folder."""
    cells = {}
    for sweep in sweeps:
        for task in sorted(os.listdir(sweep)):
            task_dir = os.path.join(sweep, task)
            if not os.path.isdir(task_dir):
                continue
            for configuration in sorted(os.listdir(task_dir)):
                if not os.path.isdir(os.path.join(task_dir, configuration)):
                    continue
                for seed_dir in sorted(os.listdir(os.path.join(task_dir, configuration))):
                    folder = os.path.join(task_dir, configuration, seed_dir)
                    summary_path = os.path.join(folder, "summary.json")
                    if not seed_dir.startswith("seed-") or not os.path.exists(summary_path):
                        continue
                    summary = json.load(open(summary_path))
                    config = json.load(open(os.path.join(folder, "config.json")))
                    if summary.get("bestMetric") is None:
                        continue
                    cell = cells.setdefault((task, configuration), {})
                    seed = int(seed_dir[len("seed-"):])
                    if seed in cell:
                        sys.exit(f"{folder}: seed {seed} of {task}/{configuration} is in two sweeps")
                    cell[seed] = (100 * summary["bestMetric"], summary, config)
    return cells


def stats(cell):
    values = [v for v, _, _ in cell.values()]
    mean = statistics.fmean(values)
    sd = statistics.stdev(values) if len(values) > 1 else None
    return mean, sd, min(values), len(values)


def show(cell):
    if not cell:
        return "—"
    mean, sd, worst, n = stats(cell)
    if n == 1:
        return f"{mean:.1f}"
    return f"{mean:.1f} ± {sd:.1f} (n {n}, worst {worst:.1f})"


def main(sweeps):
    cells = runs(sweeps)
    lines = ["| task | " + " | ".join(NAMES[m] for m in METHODS) + " |", "|---|" + "---|" * len(METHODS)]
    for task in TASKS:
        lines.append(f"| {TASK_NAMES[task]} | " + " | ".join(show(cells.get((task, m), {})) for m in METHODS) + " |")
    # Mean over the tasks every method finished.
    done = [t for t in TASKS if all(cells.get((t, m)) for m in METHODS)]
    if done:
        means = [statistics.fmean(stats(cells[(t, m)])[0] for t in done) for m in METHODS]
        lines.append(f"| mean of {len(done)} tasks | " + " | ".join(f"{x:.1f}" for x in means) + " |")
    print("\n".join(lines))
    print("\nEPT minus each method (dev metric ×100 points; seeds' means):\n")
    out = ["| task | " + " | ".join(f"EPT − {NAMES[m]}" for m in METHODS[1:]) + " |", "|---|" + "---|" * (len(METHODS) - 1)]
    for task in TASKS:
        ept = cells.get((task, "ept"))
        row = []
        for m in METHODS[1:]:
            other = cells.get((task, m))
            row.append("—" if not (ept and other) else f"{stats(ept)[0] - stats(other)[0]:+.1f}")
        out.append(f"| {task} | " + " | ".join(row) + " |")
    print("\n".join(out))
    print("\nMeasured order per task against the paper's claim (EPT ahead of DePT, prompt tuning and the other\n"
          "parameter-efficient methods, here LoRA; full fine-tuning is listed but not part of that claim):\n")
    out = ["| task | measured order (seeds' means) | against the claim |", "|---|---|---|"]
    for task in TASKS:
        present = [m for m in METHODS if cells.get((task, m))]
        if "ept" not in present:
            continue
        order = sorted(present, key=lambda m: -stats(cells[(task, m)])[0])
        ept = stats(cells[(task, "ept")])[0]
        lost = [f"{NAMES[m]} {stats(cells[(task, m)])[0] - ept:+.1f}" for m in ["dept", "pt", "lora"]
                if m in present and stats(cells[(task, m)])[0] > ept]
        out.append(f"| {task} | " + " > ".join(NAMES[m] for m in order) + " | "
                   + ("as claimed" if not lost else "EPT behind " + ", ".join(lost)) + " |")
    print("\n".join(out))
    cpu = sum(summary["wallSeconds"] * (config.get("threads") or os.cpu_count())
              for cell in cells.values() for _, summary, config in cell.values())
    print(f"\nCompute of these runs: {cpu / 3600:.1f} core-hours reserved (wall time × threads, evaluations"
          f" included; threads 0 = every core, {os.cpu_count()} here) — an upper bound on CPU time where runs"
          " shared the cores.")
    print("\nRuns (task, configuration, seed: best dev ×100 at step, steps trained, quiet-machine steps/s):\n")
    for (task, configuration), cell in sorted(cells.items()):
        for seed, (value, summary, config) in sorted(cell.items()):
            rate = config.get("quietStepsPerSecond")
            print(f"- {task} {configuration} seed {seed}: {value:.1f} at step {summary.get('bestStep')}, "
                  f"{summary['steps']} steps" + (f", {rate:g} steps/s" if rate else ""))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
