#!/usr/bin/env bash
# Benchmark (not a test) of fusion: every entry compiled with the fusion passes and with
# --no-fuse=all, timed in alternating rounds in one run (same weights, same batch), plus the
# kernels and estimated bytes moved of each. EPT on a tiny T5 (per-call overhead) and on T5-small
# shapes with random weights (B=8, L=128, T=8, dropout 0.1; `make bench`'s t5s-ept-d0.1 shape),
# after single regions at those shapes (tools/fusion-kernels.graph).
#   tools/bench-fusion.sh                    # 12 timed runs per variant and entry
#   EPTC_BENCH_REPEAT=24 tools/bench-fusion.sh
# Release build by default (EPTC_SCRATCH picks the build folder, default .build). The machine is
# usually shared: read the minima, and only ratios measured in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${EPTC_SCRATCH:-.build}"
repeat="${EPTC_BENCH_REPEAT:-12}"
swift build -c release --scratch-path "$scratch" --product eptc >&2
eptc="$scratch/release/eptc"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/t5-tiny.json" <<'JSON'
{"d_model": 8, "d_kv": 4, "d_ff": 12, "num_layers": 1, "num_decoder_layers": 1, "num_heads": 2, "vocab_size": 20, "dropout": 0.1}
JSON
cat > "$work/t5-small.json" <<'JSON'
{"d_model": 512, "d_kv": 64, "d_ff": 2048, "num_layers": 6, "num_decoder_layers": 6, "num_heads": 8, "vocab_size": 32128, "dropout": 0.1}
JSON
run() { echo "\$ eptc bench $*"; "$eptc" bench "$@" --repeat "$repeat" --no-interpreter --compare-fusion; echo; }
run tools/fusion-kernels.graph
run graphs/ept.graph --config "$work/t5-tiny.json" --set B=2 --set L=4 --set T=3 --set prompt_len=2 --set max_len=4 \
    --set rank=2 --set spaces=2 --set space_width=3
run graphs/ept.graph --config "$work/t5-small.json" --set B=8 --set L=128 --set T=8 --set prompt_len=40 --set rank=20 \
    --set max_len=256 --set spaces=4 --set space_width=4 --entry loss --entry train_step
