import IR
import Passes
import Testing

/// The zero-rows analysis (Analysis/ZeroRows.swift) on small graphs: which values it proves zero
/// at padded positions, on which axes, and the look-alikes it must not claim.
@Suite struct ZeroRowsAnalysisTests {
    /// The fact of each named value of entry `e` (nil where none).
    static func facts(_ source: String) throws -> [String: ZeroRows?] {
        let entry = try #require(try SimplifyCheck.graph(source).entry(named: "e"))
        let facts = ZeroRowsAnalysis.facts(entry)
        var out: [String: ZeroRows?] = [:]
        for (id, node) in entry.nodes.enumerated() { out[node.name] = facts[id] }
        return out
    }

    @Test func followsALinearLayerNormAndActivations() throws {
        let f = try Self.facts("""
            entry e(x: f32[2, 5, 8], mask: i32[2, 5], w: f32[6, 8], g: f32[8]) -> (y: f32[2, 5, 6]) {
              let k: f32[2, 5, 8] = keep_rows(x, mask)
              let n: f32[2, 5, 8] = rms_norm(k, g, eps=1e-06)
              let h: f32[2, 5, 6] = matmul(n, w, transpose_b=true)
              let r: f32[2, 5, 6] = relu(h)
              let s: f32[2, 5, 6] = mul(r, h)
              let m: f32[2, 5, 1] = mean(s, axes=[-1], keepdims=true)
              let y: f32[2, 5, 6] = add(s, r)
              return y
            }
            """)
        let padded = ZeroRows(mask: 1)
        for name in ["k", "n", "h", "r", "s", "m", "y"] { #expect(f[name] == padded, "\(name)") }
    }

    /// Heads: the split moves the sequence axis to 2, the merge brings it back; a per-(n, h)
    /// product keeps a's rows; a reduction drops axes before them.
    @Test func tracksTheAxesThroughHeadsAndReductions() throws {
        let f = try Self.facts("""
            entry e(x: f32[2, 5, 8], mask: i32[2, 5], k: f32[2, 2, 7, 4]) -> (y: f32[2, 5, 8], r: f32[5, 4]) {
              let z: f32[2, 5, 8] = keep_rows(x, mask)
              let s: f32[2, 5, 2, 4] = reshape(z, shape=[2, 5, 2, 4])
              let t: f32[2, 2, 5, 4] = transpose(s, perm=[0, 2, 1, 3])
              let p: f32[2, 2, 5, 7] = matmul(t, k, transpose_b=true)
              let r2: f32[2, 5, 4] = sum(t, axes=[1])
              let r: f32[5, 4] = sum(r2, axes=[0])
              let back: f32[2, 5, 2, 4] = transpose(t, perm=[0, 2, 1, 3])
              let y: f32[2, 5, 8] = reshape(back, shape=[2, 5, 8])
              return y, r
            }
            """)
        #expect(f["s"] == ZeroRows(mask: 1, batchAxis: 0, sequenceAxis: 1))
        #expect(f["t"] == ZeroRows(mask: 1, batchAxis: 0, sequenceAxis: 2))
        #expect(f["p"] == ZeroRows(mask: 1, batchAxis: 0, sequenceAxis: 2))
        #expect(f["r2"] == ZeroRows(mask: 1, batchAxis: 0, sequenceAxis: 1))
        #expect(f["y"] == ZeroRows(mask: 1))
        #expect(f["r"] == .some(nil), "summing over the batch axis mixes sequences")
    }

    /// Must not: softmax, a bias add, exp (f(0) ≠ 0), a sum with an unpadded tensor, a product by
    /// a row-broadcast factor, a transposed product, a reshape across the sequence axis, and two
    /// different masks.
    @Test func mustNotClaimRowsThatAreNotZero() throws {
        let f = try Self.facts("""
            entry e(x: f32[2, 5, 8], mask: i32[2, 5], other: i32[2, 5], b: f32[8], w: f32[8, 8], one: f32[2, 1, 8])
                -> (y: f32[2, 5, 8]) {
              let z: f32[2, 5, 8] = keep_rows(x, mask)
              let soft: f32[2, 5, 8] = softmax(z, axis=-1)
              let biased: f32[2, 5, 8] = add(z, b)
              let ex: f32[2, 5, 8] = exp(z)
              let mixed: f32[2, 5, 8] = add(z, x)
              let zb: f32[2, 1, 8] = mul(one, b)
              let scaled: f32[2, 5, 8] = mul(zb, x)
              let tz: f32[2, 8, 8] = matmul(z, x, transpose_a=true)
              let flat: f32[10, 8] = reshape(z, shape=[10, 8])
              let z2: f32[2, 5, 8] = keep_rows(x, other)
              let two: f32[2, 5, 8] = add(z, z2)
              let y: f32[2, 5, 8] = add(two, soft)
              return y
            }
            """)
        for name in ["soft", "biased", "ex", "mixed", "scaled", "tz", "flat", "two", "y"] {
            #expect(f[name] == .some(nil), "\(name) has no zero rows")
        }
    }
}

/// `elide-keep-rows`: a keep_rows whose input is already zero at padded positions goes; the
/// others stay.
@Suite struct ElideKeepRowsTests {
    @Test func dropsOnlyTheCopiesThatChangeNothing() throws {
        try SimplifyCheck.expect(ElideKeepRowsPass(), """
            entry e(x: f32[2, 5, 8], mask: i32[2, 5], w: f32[6, 8]) -> (y: f32[2, 5, 6], s: f32[2, 5, 8]) {
              let z: f32[2, 5, 8] = keep_rows(x, mask)
              let h: f32[2, 5, 6] = matmul(z, w, transpose_b=true)
              let y: f32[2, 5, 6] = keep_rows(h, mask)
              let soft: f32[2, 5, 8] = softmax(z, axis=-1)
              let s: f32[2, 5, 8] = keep_rows(soft, mask)
              return y, s
            }
            """, gives: """
            entry e(x: f32[2, 5, 8], mask: i32[2, 5], w: f32[6, 8]) -> (y: f32[2, 5, 6], s: f32[2, 5, 8]) {
              let z: f32[2, 5, 8] = keep_rows(x, mask)
              let h: f32[2, 5, 6] = matmul(z, w, transpose_b=true)
              let soft: f32[2, 5, 8] = softmax(z, axis=-1)
              let s: f32[2, 5, 8] = keep_rows(soft, mask)
              return h, s
            }
            """)
    }
}
