#!/bin/sh
# Long runs of the runner-input mutation fuzzer (the test suite runs a few hundred mutants):
# mutants of shipped task data files (CoLA, RTE, STS-B, BoolQ, CB), of a run folder's
# config.json and of a training checkpoint's position, each read the way `eptc run / eval /
# predict / --resume` read them. Every mutant must be accepted or refused with a located error.
#   tools/fuzz-runner.sh                                    # 20,000 mutants
#   EPTC_FUZZ_MUTANTS=200000 EPTC_FUZZ_SEED=7 tools/fuzz-runner.sh
set -e
mutants=${EPTC_FUZZ_MUTANTS:-20000}
seed=${EPTC_FUZZ_SEED:-24301}
exec .build/release/eptc fuzz --mutate-runner --mutants "$mutants" --seed "$seed"
