#!/usr/bin/env bash
# Long runs of the graph front-end mutation fuzzer (the test suite runs 20,000 mutants).
#   tools/fuzz-graphs.sh                       # 100,000 mutants of every graphs/*.graph
#   EPTC_FUZZ_MUTANTS=1000000 EPTC_FUZZ_SEED=7 tools/fuzz-graphs.sh graphs/mlp.graph
# Graphs whose params come from a model config get small shapes from tools/fuzz-config.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mutants="${EPTC_FUZZ_MUTANTS:-100000}"
seed="${EPTC_FUZZ_SEED:-24001}"
if [ "$#" -gt 0 ]; then files=("$@"); else files=(graphs/*.graph); fi
swift build -c release --product eptc >&2
exec .build/release/eptc fuzz "${files[@]}" --mutants "$mutants" --seed "$seed" --config tools/fuzz-config.json
