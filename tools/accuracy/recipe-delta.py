#!/usr/bin/env python3
"""A changed recipe against the defaults, per task: what an experiment sweep moved.

    tools/accuracy/recipe-delta.py --variant SWEEP [--label TEXT] BASE_SWEEP [BASE_SWEEP ...] > table.md

BASE_SWEEPs hold the default runs (as glue5-table.py reads them: `<task>/<configuration>/seed-<n>/`),
SWEEP the experiment's runs of the same tasks and configurations with one thing changed. Per (task,
configuration) of the experiment: the defaults' best dev metric ×100 (mean ± sample sd over its
seeds, worst seed), the experiment's, and the difference of the means; seeds are the ones each
side ran. Standard library only.
"""
import argparse
import json
import os
import statistics


def cells(sweep):
    """(task, configuration) -> {seed: best ×100}."""
    out = {}
    for task in sorted(os.listdir(sweep)):
        if not os.path.isdir(os.path.join(sweep, task)):
            continue
        for configuration in sorted(os.listdir(os.path.join(sweep, task))):
            folder = os.path.join(sweep, task, configuration)
            if not os.path.isdir(folder):
                continue
            for seed_dir in sorted(os.listdir(folder)):
                summary = os.path.join(folder, seed_dir, "summary.json")
                if seed_dir.startswith("seed-") and os.path.exists(summary):
                    best = json.load(open(summary)).get("bestMetric")
                    if best is not None:
                        out.setdefault((task, configuration), {})[int(seed_dir[len("seed-"):])] = 100 * best
    return out


def show(values):
    if len(values) == 1:
        return f"{values[0]:.1f} (n 1)"
    return f"{statistics.fmean(values):.1f} ± {statistics.stdev(values):.1f} (n {len(values)}, worst {min(values):.1f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", required=True)
    parser.add_argument("--label", default="experiment")
    parser.add_argument("base", nargs="+")
    args = parser.parse_args()
    base = {}
    for sweep in args.base:
        for key, seeds in cells(sweep).items():
            base.setdefault(key, {}).update(seeds)
    variant = cells(args.variant)
    print(f"| task | configuration | defaults | {args.label} | difference of means |")
    print("|---|---|---|---|---|")
    for (task, configuration), seeds in sorted(variant.items()):
        before = list(base.get((task, configuration), {}).values())
        after = list(seeds.values())
        delta = f"{statistics.fmean(after) - statistics.fmean(before):+.1f}" if before else "—"
        print(f"| {task} | {configuration} | {show(before) if before else '—'} | {show(after)} | {delta} |")


if __name__ == "__main__":
    main()
