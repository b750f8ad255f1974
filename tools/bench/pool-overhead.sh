#!/usr/bin/env bash
# Benchmark (not a test) of the thread pool's hand-off cost (docs/CODEGEN.md §4): a graph of 200
# chained `exp` kernels over 64k elements each, every fusion off so each stays its own kernel,
# timed on one thread and on every core. Per-kernel cost = entry time / 200.
#   tools/bench/pool-overhead.sh [eptc]        # default .build/release/eptc
set -euo pipefail
cd "$(dirname "$0")/../.."
eptc="${1:-.build/release/eptc}"
graph="$(mktemp --suffix=.graph)"
trap 'rm -f "$graph"' EXIT
{
    echo "graph chain"
    echo "entry f(x: f32[64, 1024]) -> (y: f32[64, 1024]) {"
    echo "  let h0 = x * 1.0001 + 0.5"
    for i in $(seq 1 199); do echo "  let h$i = exp(h$((i - 1)) * -0.001)"; done
    echo "  return h199"
    echo "}"
} > "$graph"
for threads in 1 "$(nproc)"; do
    echo "EPTC_THREADS=$threads"
    EPTC_THREADS=$threads "$eptc" bench "$graph" --no-interpreter --repeat 30 --no-fuse all | grep -E "^(entry|f) "
done
