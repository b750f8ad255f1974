#!/usr/bin/env bash
# `make install` into a temporary prefix; from an unrelated folder, the installed eptc prints its
# version, finds its graphs, data and model (doctor), checks and compiles a shipped graph by name
# and makes a tiny run; then `make uninstall` and nothing may be left. Run by `make install-check`
# (CI: .ci/run). Nothing is written outside the temporary folders (the cache goes to one of them).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
MAKE=${MAKE:-make}
vars=(SCRATCH="${SCRATCH:-.build}" CONFIGURATION="${CONFIGURATION:-release}" LLVM_CONFIG="${LLVM_CONFIG:-llvm-config}")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/eptc-install-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix elsewhere=$tmp/elsewhere
mkdir -p "$prefix" "$elsewhere"
fail() { echo "install-check: FAIL: $*" >&2; exit 1; }

$MAKE --no-print-directory install PREFIX="$prefix" "${vars[@]}"
eptc=$prefix/bin/eptc
[ -x "$eptc" ] || fail "no $eptc"
for f in share/man/man1/eptc.1 share/bash-completion/completions/eptc share/zsh/site-functions/_eptc \
         share/fish/vendor_completions.d/eptc.fish share/eptc/graphs/ept.graph share/eptc/data/t5-vocab/spiece.model; do
    [ -s "$prefix/$f" ] || fail "install did not write $f"
done
before=$(cd "$prefix" && find . -type f | LC_ALL=C sort)

(
    cd "$elsewhere"
    # A clean environment: no EPTC_* overrides; the compile cache in the temporary folder.
    export XDG_CACHE_HOME=$tmp/cache XDG_DATA_HOME=$tmp/data-home
    unset EPTC_HOME EPTC_DEFAULT_MODEL EPTC_CACHE_DIR
    "$eptc" --version | tee version.txt
    grep -q '^LLVM [0-9]' version.txt || fail "--version names no LLVM"
    grep -q 'OpenBLAS' version.txt || fail "--version names no OpenBLAS"
    "$eptc" doctor | tee doctor.txt
    grep -q "using: $prefix/bin/../share/eptc\|using: $prefix/share/eptc" doctor.txt || fail "doctor: not using the installed share/eptc"
    grep -q "\[found\] $prefix.*/share/eptc/models/minilm-l6" doctor.txt || fail "doctor: installed model not found"
    "$eptc" check mlp.graph
    "$eptc" check ept-bert.graph --model "$prefix/share/eptc/models/minilm-l6"
    "$eptc" compile mlp.graph
    # A tiny run on the installed default model and shipped vocabulary, with 16 CoLA rows.
    mkdir -p tiny/CoLA
    head -16 "$prefix/share/eptc/data/glue/CoLA/train.tsv" > tiny/CoLA/train.tsv
    head -16 "$prefix/share/eptc/data/glue/CoLA/dev.tsv" > tiny/CoLA/dev.tsv
    "$eptc" run --task cola --data-dir tiny --max-steps 2 --batch-size 4 --buckets 1 --threads 2
    ls runs/*/ >/dev/null || fail "the run wrote no folder under ./runs"
)
after=$(cd "$prefix" && find . -type f | LC_ALL=C sort)
[ "$before" = "$after" ] || fail "using eptc wrote into the prefix: $(diff <(echo "$before") <(echo "$after") || true)"

$MAKE --no-print-directory uninstall PREFIX="$prefix" "${vars[@]}"
left=$(cd "$prefix" && find . -mindepth 1)
[ -z "$left" ] || fail "uninstall left: $left"
echo "install-check: ok (installed, used from $elsewhere, uninstalled, nothing left)"
