#!/usr/bin/env bash
# Training speed of every (task, method) cell on this machine, for turning a time budget into a
# step budget (issue: runs that can share the CPU). Run it on a quiet machine: nothing else busy.
#
#   tools/accuracy/measure-rates.sh [STEPS] [OUT]     # default 40 steps, runs/rates-<time>
#
# Each cell is `eptc run --task T --method M --max-steps STEPS` with the method's defaults; its
# rate is steps / training seconds from the run's summary.json (compilation, data loading and the
# final evaluation are not training time). The table goes to OUT/rates.tsv:
#   task  method  steps_per_s  examples_per_s  steps  training_s
set -euo pipefail
cd "$(dirname "$0")/../.."
steps="${1:-40}"
out="${2:-runs/rates-$(date -u +%Y%m%d-%H%M%S)}"
tasks="${TASKS:-cola sst2 mrpc stsb rte}"
methods="${METHODS:-ept dept pt lora finetune}"
eptc="${EPTC:-.build/release/eptc}"
mkdir -p "$out"
lscpu | grep -E '^(Model name|CPU family|Model|CPU\(s\)):' | sed 's/  */ /g' > "$out/host.txt"
date -u +%Y-%m-%dT%H:%MZ >> "$out/host.txt"
for t in $tasks; do
  for m in $methods; do
    if [ -f "$out/$t-$m/summary.json" ]; then continue; fi
    rm -rf "$out/$t-$m"
    "$eptc" run --task "$t" --method "$m" --max-steps "$steps" --eval-every 100000 \
      --out "$out/$t-$m" > "$out/$t-$m.txt" 2>&1
  done
done
python3 - "$out" "$steps" $tasks -- $methods <<'PY'
import json, os, sys
out, steps_arg = sys.argv[1], sys.argv[2]; rest = sys.argv[3:]; cut = rest.index("--")
tasks, methods = rest[:cut], rest[cut + 1:]
host = [l.strip() for l in open(os.path.join(out, "host.txt")) if l.strip()]
lines = ["# host: " + "; ".join(host[:-1]), "# measured: " + host[-1] + f", {steps_arg} steps per cell unless the steps column says otherwise, steps / training seconds of each run (eptc run --max-steps)",
         "task\tmethod\tsteps_per_s\texamples_per_s\tsteps\ttraining_s"]
for t in tasks:
    for m in methods:
        s = json.load(open(os.path.join(out, f"{t}-{m}", "summary.json")))
        rate = s["steps"] / s["trainingSeconds"]
        lines.append(f"{t}\t{m}\t{rate:.4f}\t{s['examplesPerSecond']:.2f}\t{s['steps']}\t{s['trainingSeconds']:.2f}")
open(os.path.join(out, "rates.tsv"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
