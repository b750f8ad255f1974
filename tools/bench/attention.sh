#!/usr/bin/env bash
# Benchmark (not a test) of the backbone's attention kernels (`--fuse fuse-attention`, and with
# EPTC_ATTENTION_BACKWARD=1 `--fuse fuse-attention-backward` too; docs/FUSION.md §9):
#  1. the attention alone (tools/bench/attention/attention.graph) at T5-small's shape (B 8, 8 heads,
#     128 + 40 prompt rows, d_kv 64) and MiniLM's (B 32, 12 heads, 64 + 40 rows, 32), with and
#     without dropout: `loss` times the forward kernel, `loss_grad` adds the backward;
#  2. the EPT train step on T5-small shapes (random weights) and on MiniLM (models/minilm-l6, when
#     present), dropout 0.
# Each comparison is `eptc bench --compare-fusion --compare-against fuse-attention`: every pass on
# (the attention's enabled) against the default passes, in alternating rounds of one run, same
# weights and batch.
#   tools/bench/attention.sh                 # 10 timed runs per variant and entry
#   EPTC_BENCH_REPEAT=20 tools/bench/attention.sh
#   EPTC_BENCH_ONLY=kernels tools/bench/attention.sh      # part 1 only (or: steps)
# Release build by default (EPTC_SCRATCH picks the build folder). The machine is usually shared:
# read the minima, and only ratios measured in one run.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch="${EPTC_SCRATCH:-.build}"
repeat="${EPTC_BENCH_REPEAT:-10}"
only="${EPTC_BENCH_ONLY:-}"
backward=()
[ "${EPTC_ATTENTION_BACKWARD:-0}" = 1 ] && backward=(--fuse fuse-attention-backward)
swift build -c release --scratch-path "$scratch" --product eptc >&2
eptc="$scratch/release/eptc"
run() {
    echo "\$ eptc bench $*"
    "$eptc" bench "$@" --repeat "$repeat" --no-interpreter --compare-fusion --compare-against fuse-attention --fuse fuse-attention "${backward[@]}"
    echo
}
if [ "$only" != steps ]; then
    g=tools/bench/attention/attention.graph
    for rate in 0 0.1; do
        run "$g" --entry loss --entry loss_grad --set rate="$rate"
        run "$g" --entry loss --entry loss_grad --set rate="$rate" --set N=32 --set H=12 --set Q=104 --set K=104 \
            --set d=32 --set scale=0.17677669529663687
    done
fi
[ "$only" = kernels ] && exit 0
run graphs/ept.graph --set vocab_size=32128 --set d_model=512 --set d_kv=64 --set d_ff=2048 --set num_layers=6 \
    --set num_decoder_layers=6 --set num_heads=8 --set B=8 --set L=128 --set T=8 --set dropout=0 --entry train_step
if [ -f models/minilm-l6/model.safetensors ]; then
    run graphs/ept-bert.graph --model models/minilm-l6 --set B=32 --set L=64 --set dropout=0 --entry train_step
fi
