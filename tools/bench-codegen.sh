#!/usr/bin/env bash
# Benchmark of compiled code against the reference interpreter (not a test): per entry min and
# median over N runs, speedup, GFLOP/s and its share of a measured cblas_sgemm, plus cold and
# cached compile times. The shipped graphs at their default (tiny) shapes measure per-call
# overhead; the --set runs make the same graphs big enough to be compute-bound.
#   tools/bench-codegen.sh            # 20 runs per engine
#   EPTC_BENCH_REPEAT=50 tools/bench-codegen.sh
# Release build by default (EPTC_SCRATCH picks the build folder, default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${EPTC_SCRATCH:-.build}"
repeat="${EPTC_BENCH_REPEAT:-20}"
swift build -c release --scratch-path "$scratch" --product eptc >&2
eptc="$scratch/release/eptc"
run() { echo "\$ eptc bench $*"; "$eptc" bench "$@" --repeat "$repeat"; echo; }
run graphs/mlp.graph
run graphs/attention.graph
run graphs/mlp.graph --set batch=256 --set d_in=256 --set d_hidden=512 --set num_classes=16
run graphs/attention.graph --set batch=8 --set seq=128 --set d_model=256 --set num_heads=4 --set d_ff=1024 \
    --set vocab=1000
