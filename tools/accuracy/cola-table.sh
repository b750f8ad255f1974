#!/usr/bin/env bash
# The accuracy bar of the runner issue: every method on the embedded MiniLM, CoLA, the same training
# budget, best dev MCC × 100 and examples/s, as one Markdown table.
#
#   tools/accuracy/cola-table.sh [BUDGET] [OUT]        # default 10m, runs/accuracy-<time>
#   METHODS="ept lora" tools/accuracy/cola-table.sh 3m # a subset, a shorter budget
#
# Each run is `eptc run --task cola --method M --time-budget BUDGET --eval-every 90s` with the
# method's defaults — evaluation every 90 s of training, as the PyTorch bar in ../shared/ANCHORS.md
# was measured (EVAL_EVERY overrides it); pass extra `eptc run` flags in EXTRA ("--seed 7").
set -euo pipefail
cd "$(dirname "$0")/../.."
budget="${1:-10m}"
out="${2:-runs/accuracy-$(date -u +%Y%m%d-%H%M%S)}"
methods="${METHODS:-ept dept pt lora finetune}"
eptc="${EPTC:-.build/release/eptc}"
mkdir -p "$out"
lscpu | grep -E '^(Model name|CPU\(s\))' | sed 's/  */ /g' > "$out/host.txt"
for m in $methods; do
  if [ -f "$out/$m/summary.json" ]; then echo "$m: done already"; continue; fi
  rm -rf "$out/$m"
  # shellcheck disable=SC2086
  "$eptc" run --task cola --method "$m" --time-budget "$budget" \
    --eval-every "${EVAL_EVERY:-90s}" --out "$out/$m" ${EXTRA:-}
done
python3 - "$out" "$budget" $methods <<'PY'
import json, sys, os
out, budget, methods = sys.argv[1], sys.argv[2], sys.argv[3:]
host = open(os.path.join(out, "host.txt")).read().strip().replace("\n", "; ")
rows = ["| method | trainable | learning rates | examples/s | epochs | steps | best dev MCC ×100 (step) |",
        "|---|---|---|---|---|---|---|"]
for m in methods:
    s = json.load(open(os.path.join(out, m, "summary.json")))
    c = json.load(open(os.path.join(out, m, "config.json")))
    lrs = ", ".join(f"{g} {v:g}" for g, v in sorted(c["learningRates"].items()))
    best = "—" if s.get("bestMetric") is None else f"{100 * s['bestMetric']:.1f} ({s['bestStep']})"
    rows.append(f"| {m} | {s['trainableParameters']:,} | {lrs} | {s['examplesPerSecond']:.1f} | "
                f"{s['epochs']:.2f} | {s['steps']} | {best} |")
table = "\n".join(rows)
print(f"\nCoLA dev (527 in-domain sentences), MiniLM-L6, budget {budget} of training per method; {host}\n")
print(table)
open(os.path.join(out, "table.md"), "w").write(table + "\n")
PY
