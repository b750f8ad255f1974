#!/usr/bin/env bash
# Regenerates codegen/: what the compiler makes of the shipped graphs — the example graphs (final
# graph after every pass, summary, each entry's LLVM IR before O3) and every method graph over
# one-layer tiny T5 and BERT configurations (final graph and summary). Run it after changing a pass or the lowering;
# the DriverTests test `codegenDumpsAreCurrent` fails until you do.
#   tools/regen-codegen.sh            # write codegen/
#   tools/regen-codegen.sh --check    # compare only; exit 1 if codegen/ is stale
# EPTC_SCRATCH picks the build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${EPTC_SCRATCH:-.build}"
swift build --scratch-path "$scratch" --product eptc >&2
exec "$scratch/debug/eptc" codegen-dumps "$@"
