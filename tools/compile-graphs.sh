#!/usr/bin/env bash
# Compiles every shipped graph (or the ones named) with the model each needs: graphs over T5 get
# a T5 folder (default: the tiny test checkpoint the reference tool wrote), graphs over BERT get
# the embedded MiniLM; the examples are self-contained. A cold compile takes 1–5 s per graph on
# 2 cores; the compile cache makes the next run instant.
set -euo pipefail
cd "$(dirname "$0")/.."
EPTC=${EPTC:-.build/release/eptc}
T5_MODEL=${T5_MODEL:-Tests/ModelsTests/Fixtures/t5-v1_1-tiny}
BERT_MODEL=${BERT_MODEL:-models/minilm-l6}
if (($#)); then graphs=("$@"); else graphs=(graphs/*.graph); fi
for graph in "${graphs[@]}"; do
    args=()
    if grep -qE '^import "[^"]*bert[^"]*"' "$graph"; then
        args=(--model "$BERT_MODEL")
    elif grep -qE '^import "[^"]*t5[^"]*"' "$graph"; then
        args=(--model "$T5_MODEL")
    fi
    echo "== eptc compile $graph ${args[*]}"
    "$EPTC" compile "$graph" "${args[@]}"
done
