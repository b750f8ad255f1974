#!/usr/bin/env bash
# Benchmark (not a test) of the three named EPT fusions (docs/FUSION.md, "EPT fusions"):
#  1. per fusion, its graph (tools/bench/ept-fusions/*.graph: the pattern as graphs/lib/ept.graph
#     writes it, under a loss that reads it once) with the named pass and without it, at T5-small
#     shapes (the graphs' defaults: d 512, batch 8, input 128, s 40, r 20, m 256, N 4, k 4, input
#     dropout 0.1), then at MiniLM shapes (tools/bench/ept-fusions/minilm.json: hidden 384, batch
#     32, input 64, vocabulary 30522, no dropout on the embedding input — BERT's comes after the
#     position embeddings): `loss` times the forward region against its unfused ops,
#     `loss_grad` adds the backward region. The generic passes are off on both sides, so only
#     the named fusion differs.
#  2. the whole EPT step (`loss`, `train_step`) on T5-small shapes (random weights, dropout 0.1)
#     and on MiniLM (models/minilm-l6, when present), every pass on against every fusion pass off,
#     then the generic passes alone against none (the difference is the named fusions' share).
# Each comparison is `eptc bench --compare-fusion`: both variants in alternating rounds in one run,
# same weights and batch, min and median per call.
#   tools/bench/ept-fusions.sh               # 12 timed runs per variant and entry
#   EPTC_BENCH_REPEAT=24 tools/bench/ept-fusions.sh
#   EPTC_BENCH_ONLY=kernels tools/bench/ept-fusions.sh     # part 1 only (or: steps)
#   EPTC_BENCH_SHAPES=minilm EPTC_BENCH_ONLY=kernels tools/bench/ept-fusions.sh   # one shape set (t5 | minilm)
# Release build by default (EPTC_SCRATCH picks the build folder). The machine is usually shared:
# read the minima, and only ratios measured in one run.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch="${EPTC_SCRATCH:-.build}"
repeat="${EPTC_BENCH_REPEAT:-12}"
only="${EPTC_BENCH_ONLY:-}"
shapes="${EPTC_BENCH_SHAPES:-t5 minilm}"
swift build -c release --scratch-path "$scratch" --product eptc >&2
eptc="$scratch/release/eptc"
generic="fuse-reductions,fuse-elementwise"
named="fuse-lowrank-embedding,fuse-gated-projection,fuse-prompt-attention"
run() { echo "\$ eptc bench $*"; "$eptc" bench "$@" --repeat "$repeat" --no-interpreter --compare-fusion; echo; }
if [ "$only" != steps ]; then
    for shape in $shapes; do
        case "$shape" in
            t5) config=() ;;
            minilm) config=(--config tools/bench/ept-fusions/minilm.json) ;;
            *) echo "EPTC_BENCH_SHAPES: unknown shape set '$shape' (t5 or minilm)" >&2; exit 2 ;;
        esac
        for g in lowrank-embedding gated-projection prompt-attention; do
            echo "## $g, $shape shapes"
            run "tools/bench/ept-fusions/$g.graph" ${config[@]+"${config[@]}"} --entry loss --entry loss_grad --no-fuse "$generic"
        done
    done
fi
[ "$only" = kernels ] && exit 0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/t5-small.json" <<'JSON'
{"d_model": 512, "d_kv": 64, "d_ff": 2048, "num_layers": 6, "num_decoder_layers": 6, "num_heads": 8, "vocab_size": 32128, "dropout": 0.1}
JSON
t5=(graphs/ept.graph --config "$work/t5-small.json" --set B=8 --set L=128 --set T=8 --entry loss --entry train_step)
run "${t5[@]}"
run "${t5[@]}" --no-fuse "$named"
if [ -f models/minilm-l6/model.safetensors ]; then
    bert=(graphs/ept-bert.graph --model models/minilm-l6 --set B=8 --set L=128 --entry loss --entry train_step)
    run "${bert[@]}"
    run "${bert[@]}" --no-fuse "$named"
fi
