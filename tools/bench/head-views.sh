#!/usr/bin/env bash
# Benchmark (not a test) of head splits and merges planned as views (docs/CODEGEN.md §2): one
# T5-small-shaped attention — three head splits, scores, softmax, the product with V, the head
# merge — compiled with the views (the default) and with every transpose a copy
# (`--no-head-views`), in alternating runs; each prints its min and median and the profile's
# rows (the products read strided vs the transposes' copies).
#   tools/bench/head-views.sh [eptc] [batch] [rounds]     # defaults: .build/release/eptc 32 3
set -euo pipefail
cd "$(dirname "$0")/../.."
eptc="${1:-.build/release/eptc}"
batch="${2:-32}"
rounds="${3:-3}"
graph="$(mktemp --suffix=.graph)"
trap 'rm -f "$graph"' EXIT
cat > "$graph" <<'GRAPH'
graph attention_heads
param B: int = 32
param S: int = 168
entry f(q0: f32[B, S, 512], k0: f32[B, S, 512], v0: f32[B, S, 512]) -> (out: f32[B, S, 512]) {
  let q = transpose(reshape(q0, shape=[B, S, 8, 64]), perm=[0, 2, 1, 3])    // (B, 8, S, 64)
  let k = transpose(reshape(k0, shape=[B, S, 8, 64]), perm=[0, 2, 1, 3])
  let v = transpose(reshape(v0, shape=[B, S, 8, 64]), perm=[0, 2, 1, 3])
  let p = softmax(matmul(q, k, transpose_b=true), axis=-1)                  // (B, 8, S, S)
  let c = matmul(p, v)                                                      // (B, 8, S, 64)
  return reshape(transpose(c, perm=[0, 2, 1, 3]), shape=[B, S, 512])
}
GRAPH
for round in $(seq 1 "$rounds"); do
    for flag in "" "--no-head-views"; do
        echo "round $round ${flag:-views}"
        "$eptc" bench "$graph" --set "B=$batch" --no-interpreter --repeat 20 --profile --profile-top 8 $flag \
            | grep -E "^(entry|f |%)"
    done
done
