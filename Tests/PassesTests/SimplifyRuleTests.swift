import IR
import Passes
import Testing

/// Each simplify rule on small graphs: the rewrite it makes, and the look-alikes it must leave.
@Suite struct CSETests {
    let cse = CommonSubexpressionPass()

    @Test func mergesEqualChainsAndCommutedOperands() throws {
        try SimplifyCheck.expect(cse, """
            entry e(x: f32[4], z: f32[4]) -> (y: f32[4], w: f32[4]) {
              let a: f32[4] = exp(x)
              let b: f32[4] = exp(x)
              let ta: f32[4] = tanh(a)
              let tb: f32[4] = tanh(b)
              let s: f32[4] = add(ta, z)
              let t: f32[4] = add(z, tb)
              let y: f32[4] = mul(s, t)
              let c1: f32[] = const(value=0.5)
              let c2: f32[] = const(value=0.5)
              let w1: f32[4] = mul(x, c1)
              let w2: f32[4] = mul(x, c2)
              let w: f32[4] = sub(w1, w2)
              return y, w
            }
            """, gives: """
            entry e(x: f32[4], z: f32[4]) -> (y: f32[4], w: f32[4]) {
              let a: f32[4] = exp(x)
              let ta: f32[4] = tanh(a)
              let s: f32[4] = add(ta, z)
              let y: f32[4] = mul(s, s)
              let c1: f32[] = const(value=0.5)
              let w1: f32[4] = mul(x, c1)
              let w: f32[4] = sub(w1, w1)
              return y, w
            }
            """)
    }

    /// Dropout is a function of (x, seed value): the same seed input is the same mask, a different
    /// seed (another site) is not.
    @Test func dropoutMergesOnlyWithTheSameSeed() throws {
        try SimplifyCheck.expect(cse, """
            entry e(x: f32[8], seed: i32[]) -> (y: f32[8]) {
              let one: i32[] = const(value=1.0, dtype=i32)
              let s1: i32[] = add(seed, one)
              let a: f32[8] = dropout(x, seed, rate=0.5)
              let b: f32[8] = dropout(x, seed, rate=0.5)
              let c: f32[8] = dropout(x, s1, rate=0.5)
              let ab: f32[8] = add(a, b)
              let y: f32[8] = add(ab, c)
              return y
            }
            """, gives: """
            entry e(x: f32[8], seed: i32[]) -> (y: f32[8]) {
              let one: i32[] = const(value=1.0, dtype=i32)
              let s1: i32[] = add(seed, one)
              let a: f32[8] = dropout(x, seed, rate=0.5)
              let c: f32[8] = dropout(x, s1, rate=0.5)
              let ab: f32[8] = add(a, a)
              let y: f32[8] = add(ab, c)
              return y
            }
            """)
    }

    /// Look-alikes that are different values: −0 vs +0, same number in another dtype or shape,
    /// non-commutative operands swapped, other attributes, other dropout rates.
    @Test func keepsLookAlikes() throws {
        try SimplifyCheck.unchanged(cse, """
            entry e(x: f32[4], z: f32[4], seed: i32[]) -> (y: f32[4], n2: i32[4], r: f32[4]) {
              let p: f32[] = const(value=0.0)
              let m: f32[] = const(value=-0.0)
              let a: f32[4] = div(x, p)
              let b: f32[4] = div(x, m)
              let s: f32[4] = sub(x, z)
              let t: f32[4] = sub(z, x)
              let u: f32[4] = maximum(x, z)
              let v: f32[4] = maximum(z, x)
              let ab: f32[4] = add(a, b)
              let st: f32[4] = add(s, t)
              let uv: f32[4] = add(u, v)
              let q: f32[4] = add(ab, st)
              let y: f32[4] = add(q, uv)
              let one: f32[4] = const(value=1.0, shape=[4])
              let onei: i32[4] = const(value=1.0, dtype=i32, shape=[4])
              let n: i32[4] = cast(one, dtype=i32)
              let n2: i32[4] = add(n, onei)
              let d1: f32[4] = dropout(x, seed, rate=0.5)
              let d2: f32[4] = dropout(x, seed, rate=0.25)
              let r: f32[4] = add(d1, d2)
              return y, n2, r
            }
            """)
    }
}

@Suite struct FoldConstantsTests {
    let fold = FoldConstantsPass()

    @Test func foldsSplatArithmeticAndShapes() throws {
        try SimplifyCheck.expect(fold, """
            entry e(x: f32[2, 3]) -> (y: f32[2, 3], k: i32[]) {
              let two: f32[] = const(value=2.0)
              let three: f32[] = const(value=3.0)
              let six: f32[] = mul(two, three)
              let r: f32[] = rsqrt(six)
              let wide: f32[2, 3] = broadcast(r, shape=[2, 3])
              let col: f32[2, 1] = const(value=0.25, shape=[2, 1])
              let colsum: f32[1, 1] = sum(col, axes=[0], keepdims=true)
              let y1: f32[2, 3] = mul(x, wide)
              let y: f32[2, 3] = add(y1, colsum)
              let seven: i32[] = const(value=7.0, dtype=i32)
              let two_i: i32[] = const(value=2.0, dtype=i32)
              let k: i32[] = div(seven, two_i)
              return y, k
            }
            """, gives: """
            entry e(x: f32[2, 3]) -> (y: f32[2, 3], k: i32[]) {
              let wide: f32[2, 3] = const(value=0.4082482904638631, shape=[2, 3])
              let colsum: f32[1, 1] = const(value=0.5, shape=[1, 1])
              let y1: f32[2, 3] = mul(x, wide)
              let y: f32[2, 3] = add(y1, colsum)
              let k: i32[] = const(value=3.0, dtype=i32)
              return y, k
            }
            """)
    }

    /// Not folded: an input that is not a splat constant (a parameter, an iota), folds that are
    /// runtime errors (i32 division by zero, NaN to i32), and ops whose result is no splat.
    @Test func leavesNonConstantsAndRuntimeErrors() throws {
        try SimplifyCheck.unchanged(fold, """
            entry e(x: f32[4], seed: i32[]) -> (a: f32[4], b: i32[], c: i32[], d: f32[4], f: f32[4]) {
              let two: f32[] = const(value=2.0)
              let a: f32[4] = mul(x, two)
              let seven: i32[] = const(value=7.0, dtype=i32)
              let zero: i32[] = const(value=0.0, dtype=i32)
              let b: i32[] = div(seven, zero)
              let nan_: f32[] = const(value=nan)
              let c: i32[] = cast(nan_, dtype=i32)
              let i: i32[4] = iota(shape=[4], axis=0)
              let fi: f32[4] = cast(i, dtype=f32)
              let d: f32[4] = mul(fi, two)
              let ones: f32[4] = const(value=1.0, shape=[4])
              let f: f32[4] = dropout(ones, seed, rate=0.5)
              return a, b, c, d, f
            }
            """)
    }
}

@Suite struct AlgebraTests {
    let algebra = AlgebraPass()

    @Test func identitiesGoAway() throws {
        try SimplifyCheck.expect(algebra, """
            entry e(x: f32[2, 3], i: i32[]) -> (y: f32[2, 3], j: i32[]) {
              let one: f32[] = const(value=1.0)
              let zero: f32[] = const(value=0.0)
              let a: f32[2, 3] = mul(x, one)
              let b: f32[2, 3] = mul(one, a)
              let c: f32[2, 3] = add(b, zero)
              let d: f32[2, 3] = add(zero, c)
              let f: f32[2, 3] = sub(d, zero)
              let g: f32[2, 3] = div(f, one)
              let h: f32[2, 3] = neg(g)
              let y: f32[2, 3] = neg(h)
              let zi: i32[] = const(value=0.0, dtype=i32)
              let j: i32[] = add(i, zi)
              return y, j
            }
            """, gives: """
            entry e(x: f32[2, 3], i: i32[]) -> (y: f32[2, 3], j: i32[]) {
              return x, i
            }
            """)
    }

    @Test func dataMovementCollapses() throws {
        try SimplifyCheck.expect(algebra, """
            entry e(x: f32[2, 3, 4]) -> (a: f32[2, 3, 4], b: f32[4, 2, 3], c: f32[6, 4], d: f32[2, 3, 4], f: f32[5, 2, 3, 4]) {
              let t1: f32[3, 2, 4] = transpose(x, perm=[1, 0, 2])
              let a1: f32[2, 3, 4] = transpose(t1, perm=[1, 0, 2])
              let i: f32[2, 3, 4] = transpose(a1, perm=[0, 1, 2])
              let a2: f32[2, 3, 4] = reshape(i, shape=[2, 3, 4])
              let a3: f32[2, 3, 4] = broadcast(a2, shape=[2, 3, 4])
              let a: f32[2, 3, 4] = cast(a3, dtype=f32)
              let t2: f32[2, 4, 3] = transpose(x, perm=[0, 2, 1])
              let b: f32[4, 2, 3] = transpose(t2, perm=[1, 0, 2])
              let r1: f32[24] = reshape(x, shape=[24])
              let c: f32[6, 4] = reshape(r1, shape=[6, 4])
              let r2: f32[6, 4] = reshape(x, shape=[6, 4])
              let d: f32[2, 3, 4] = reshape(r2, shape=[2, 3, 4])
              let b1: f32[1, 2, 3, 4] = broadcast(x, shape=[1, 2, 3, 4])
              let f: f32[5, 2, 3, 4] = broadcast(b1, shape=[5, 2, 3, 4])
              return a, b, c, d, f
            }
            """, gives: """
            entry e(x: f32[2, 3, 4]) -> (a: f32[2, 3, 4], b: f32[4, 2, 3], c: f32[6, 4], d: f32[2, 3, 4], f: f32[5, 2, 3, 4]) {
              let b: f32[4, 2, 3] = transpose(x, perm=[2, 0, 1])
              let c: f32[6, 4] = reshape(x, shape=[6, 4])
              let f: f32[5, 2, 3, 4] = broadcast(x, shape=[5, 2, 3, 4])
              return x, b, c, x, f
            }
            """)
    }

    /// A broadcast read only by elementwise ops that broadcast anyway is not materialized; one
    /// read by a matmul stays for that reader.
    @Test func broadcastsFoldIntoElementwiseConsumers() throws {
        try SimplifyCheck.expect(algebra, """
            entry e(x: f32[2, 3], v: f32[3], c: f32[2, 1], w: f32[3, 5]) -> (y: f32[2, 3], m: f32[2, 5]) {
              let bv: f32[2, 3] = broadcast(v, shape=[2, 3])
              let y1: f32[2, 3] = mul(x, bv)
              let bc: f32[2, 3] = broadcast(c, shape=[2, 3])
              let y2: f32[2, 3] = add(bc, y1)
              let y: f32[2, 3] = where(y2, bv, bc)
              let bm: f32[2, 3] = broadcast(c, shape=[2, 3])
              let m: f32[2, 5] = matmul(bm, w)
              return y, m
            }
            """, gives: """
            entry e(x: f32[2, 3], v: f32[3], c: f32[2, 1], w: f32[3, 5]) -> (y: f32[2, 3], m: f32[2, 5]) {
              let y1: f32[2, 3] = mul(x, v)
              let y2: f32[2, 3] = add(c, y1)
              let y: f32[2, 3] = where(y2, v, c)
              let bm: f32[2, 3] = broadcast(c, shape=[2, 3])
              let m: f32[2, 5] = matmul(bm, w)
              return y, m
            }
            """)
    }

    /// Not identities: x·0 (NaN·0 is NaN), 0 − x (sign of zero), x + 1, a `1` bigger than x, a
    /// broadcast whose removal would shrink the result, dropout at a non-zero rate, a
    /// non-identity transpose and a reshape that changes the shape.
    @Test func nearMissesStay() throws {
        try SimplifyCheck.unchanged(algebra, """
            entry e(x: f32[4], v: f32[3], seed: i32[]) -> (a: f32[4], b: f32[4], c: f32[4], d: f32[2, 4], f: f32[2, 3], g: f32[4], h: f32[2, 2]) {
              let zero: f32[] = const(value=0.0)
              let one: f32[] = const(value=1.0)
              let a: f32[4] = mul(x, zero)
              let b: f32[4] = sub(zero, x)
              let c: f32[4] = add(x, one)
              let ones: f32[2, 4] = const(value=1.0, shape=[2, 4])
              let d: f32[2, 4] = mul(x, ones)
              let bv: f32[2, 3] = broadcast(v, shape=[2, 3])
              let f: f32[2, 3] = add(bv, v)
              let g: f32[4] = dropout(x, seed, rate=0.1)
              let r: f32[2, 2] = reshape(x, shape=[2, 2])
              let h: f32[2, 2] = transpose(r, perm=[1, 0])
              return a, b, c, d, f, g, h
            }
            """)
    }
}

@Suite struct FoldTransposeTests {
    let foldT = FoldTransposePass()

    @Test func operandTransposesBecomeFlags() throws {
        try SimplifyCheck.expect(foldT, """
            entry e(a: f32[3, 2], b: f32[5, 3], p: f32[2, 4, 3], q: f32[2, 4, 3]) -> (y: f32[2, 5], z: f32[2, 3, 3]) {
              let at: f32[2, 3] = transpose(a, perm=[1, 0])
              let bt: f32[3, 5] = transpose(b, perm=[1, 0])
              let y: f32[2, 5] = matmul(at, bt)
              let pt: f32[2, 3, 4] = transpose(p, perm=[0, 2, 1])
              let z: f32[2, 3, 3] = matmul(pt, q)
              return y, z
            }
            """, gives: """
            entry e(a: f32[3, 2], b: f32[5, 3], p: f32[2, 4, 3], q: f32[2, 4, 3]) -> (y: f32[2, 5], z: f32[2, 3, 3]) {
              let y: f32[2, 5] = matmul(a, b, transpose_a=true, transpose_b=true)
              let z: f32[2, 3, 3] = matmul(p, q, transpose_a=true)
              return y, z
            }
            """)
    }

    /// (A·Bᵀ)ᵀ = B·Aᵀ: the transpose autodiff writes after a matmul folds into it.
    @Test func transposeOfMatmulSwapsOperands() throws {
        try SimplifyCheck.expect(foldT, """
            entry e(a: f32[2, 4, 3], b: f32[2, 5, 3]) -> (y: f32[2, 5, 4]) {
              let m: f32[2, 4, 5] = matmul(a, b, transpose_b=true)
              let y: f32[2, 5, 4] = transpose(m, perm=[0, 2, 1])
              return y
            }
            """, gives: """
            entry e(a: f32[2, 4, 3], b: f32[2, 5, 3]) -> (y: f32[2, 5, 4]) {
              let y: f32[2, 5, 4] = matmul(b, a, transpose_b=true)
              return y
            }
            """)
    }

    /// A matmul rewritten for its own operand keeps its other readers: the transpose of it is not
    /// turned into a second matmul.
    @Test func rewrittenMatmulWithTwoReadersIsNotDuplicated() throws {
        try SimplifyCheck.expect(foldT, """
            entry e(a: f32[3, 2], b: f32[3, 4]) -> (y: f32[4, 2], m: f32[2, 4]) {
              let at: f32[2, 3] = transpose(a, perm=[1, 0])
              let m: f32[2, 4] = matmul(at, b)
              let y: f32[4, 2] = transpose(m, perm=[1, 0])
              return y, m
            }
            """, gives: """
            entry e(a: f32[3, 2], b: f32[3, 4]) -> (y: f32[4, 2], m: f32[2, 4]) {
              let m: f32[2, 4] = matmul(a, b, transpose_a=true)
              let y: f32[4, 2] = transpose(m, perm=[1, 0])
              return y, m
            }
            """)
    }

    /// Stays: a permutation that is not the last-two swap (the head split), a matmul that another
    /// op also reads, and a matmul whose 2-D operand is shared across the batch (it cannot move
    /// to the batched side).
    @Test func otherTransposesStay() throws {
        try SimplifyCheck.unchanged(foldT, """
            entry e(x: f32[2, 4, 3, 5], a: f32[4, 3], b: f32[3, 6], s: f32[2, 4, 3]) -> (h: f32[2, 3, 4, 5], y: f32[6, 4], m: f32[4, 6], z: f32[2, 6, 4]) {
              let h: f32[2, 3, 4, 5] = transpose(x, perm=[0, 2, 1, 3])
              let m: f32[4, 6] = matmul(a, b)
              let y: f32[6, 4] = transpose(m, perm=[1, 0])
              let sm: f32[2, 4, 6] = matmul(s, b)
              let z: f32[2, 6, 4] = transpose(sm, perm=[0, 2, 1])
              return h, y, m, z
            }
            """)
    }
}
