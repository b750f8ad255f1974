#!/bin/sh
# Long runs of the model-folder mutation fuzzer (the test suite runs 200 mutants): mutants of a
# model folder's config.json values and safetensors header, each loaded for one graph the way
# `eptc compile --model` and training load it. Every mutant must load or be refused cleanly.
#   tools/fuzz-models.sh                                     # 20,000 mutants of bert-tiny for bert.graph
#   EPTC_FUZZ_MUTANTS=200000 EPTC_FUZZ_SEED=7 tools/fuzz-models.sh graphs/ept.graph Tests/ModelsTests/Fixtures/t5-v1_0-tiny
set -e
graph=${1:-graphs/bert.graph}
folder=${2:-Tests/ModelsTests/Fixtures/bert-tiny}
mutants=${EPTC_FUZZ_MUTANTS:-20000}
seed=${EPTC_FUZZ_SEED:-24301}
exec .build/release/eptc fuzz "$graph" --mutate-model --model "$folder" --mutants "$mutants" --seed "$seed" --set B=2 --set L=8
