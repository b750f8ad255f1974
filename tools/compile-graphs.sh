#!/usr/bin/env bash
# Compiles every shipped graph with the model it needs: graphs over the T5 library get a T5
# folder (default: the tiny test checkpoint the reference tool wrote), graphs over the BERT
# library get the embedded MiniLM; the rest are self-contained examples.
set -euo pipefail
cd "$(dirname "$0")/.."
EPTC=${EPTC:-.build/release/eptc}
T5_MODEL=${T5_MODEL:-Tests/ModelsTests/Fixtures/t5-v1_1-tiny}
BERT_MODEL=${BERT_MODEL:-models/minilm-l6}
for graph in graphs/*.graph; do
    args=()
    if grep -q 'import ".*t5-model.graph"' "$graph"; then
        args=(--model "$T5_MODEL")
    elif grep -q 'import ".*bert-model.graph"' "$graph"; then
        args=(--model "$BERT_MODEL")
    fi
    echo "== eptc compile $graph ${args[*]}"
    "$EPTC" compile "$graph" "${args[@]}"
done
