import IR

/// The backbone's multi-head attention (graphs/lib/t5-model.graph, graphs/lib/bert-model.graph) as
/// one region, `attention`, run as one kernel per (sequence, head) block
/// (Codegen/AttentionKernels.swift):
///
///     s  = matmul(q, k, transpose_b=true)        q (N, H, Q, d), k (N, H, K, d) → (N, H, Q, K)
///     s' = mul(s, c) or div(s, c)                optional, c a scalar constant (BERT's 1/√d)
///     s''= add(s', bias)                         optional, bias broadcasting to (N, H, Q, K); a bias
///                                                that is add(b₁, b₂) of two smaller broadcasts
///                                                (T5: position bias + mask) is taken apart
///     p  = softmax(s'', axis=-1)
///     p' = dropout(p, seed)                      optional
///     o  = matmul(p', v)                         v (N, H, K, e) → (N, H, Q, e)
///
/// Like the named EPT fusions it forms before autodiff, which differentiates the region as a
/// whole (`RegionVJP`): its backward is one region too (`attention_grad`), whose body recomputes
/// the probabilities block by block; where the forward region runs in the same entry its kernel
/// reads back the probabilities the forward kernel kept instead (Analysis/StoredProbabilities.swift).
public enum AttentionPattern {
    public static let name = "attention"
}

struct AttentionMatch: Hashable {
    /// The kernel packs Kᵀ (K·d scalar moves) once per (sequence, head) block and uses it for
    /// every query row: with few rows the packing costs more than the products (T5's
    /// cross-attention from 8 target rows over 168 keys of 64: about 4× its multiply-adds' time),
    /// so such an attention stays unfused unless its keys are small.
    static let minimumQueries = 32, smallKeys = 4096

    var q: ValueID, k: ValueID, v: ValueID
    /// None, the bias, or the two parts whose sum it is (`biasParts`).
    var bias: [ValueID]
    var match: PatternMatch

    static func find(at out: ValueID, in g: PatternView) -> AttentionMatch? {
        guard g.isMatmul(out), g.nodes[out].type.rank == 4, g.nodes[out].type.dtype == .f32 else { return nil }
        var members = [out]
        var probs = g.inputs(out)[0]
        let v = g.inputs(out)[1]
        guard g.feedsOnly(probs, out) else { return nil }
        if case .dropout = g.op(probs) {
            members.append(probs)
            let x = g.inputs(probs)[0]
            guard g.feedsOnly(x, probs) else { return nil }
            probs = x
        }
        guard case .softmax(let axis) = g.op(probs), normalizedAxis(axis, rank: 4) == 3 else { return nil }
        members.append(probs)
        var x = g.inputs(probs)[0]
        guard g.feedsOnly(x, probs) else { return nil }
        var bias: [ValueID] = []
        var copies = Set<ValueID>()
        if case .binary(.add) = g.op(x) {
            let xs = g.inputs(x)
            // The score chain is the operand of the full (N, H, Q, K) shape that is (a scaled) QKᵀ.
            guard let chain = xs.first(where: { scoreProduct($0, g) != nil && g.shape($0) == g.shape(probs) }) else { return nil }
            let other = xs[0] == chain ? xs[1] : xs[0]
            guard other != chain, g.nodes[other].type.dtype == .f32, broadcasts(g.shape(other), to: g.shape(probs)),
                  g.feedsOnly(chain, x) else { return nil }
            members.append(x)
            if let parts = biasParts(other, of: g.shape(probs), g) {
                members.append(other)
                if !g.feedsOnly(other, x) { copies.insert(other) }  // every layer's attention reads it
                bias = parts
            } else {
                bias = [other]
            }
            x = chain
        }
        guard let scores = scoreProduct(x, g) else { return nil }
        if scores != x { members.append(x) }
        members.append(scores)
        let (q, k) = (g.inputs(scores)[0], g.inputs(scores)[1])
        let (qs, ks, vs) = (g.shape(q), g.shape(k), g.shape(v))
        guard qs.count == 4, ks.count == 4, vs.count == 4, qs[..<2] == ks[..<2], ks[..<3] == vs[..<3], qs[3] == ks[3],
              Set([q, k, v] + bias).count == 3 + bias.count,
              qs[2] >= minimumQueries || ks[2] * ks[3] <= smallKeys else { return nil }
        return AttentionMatch(q: q, k: k, v: v, bias: bias, match: PatternMatch(members: members.sorted(), copies: copies))
    }

    /// The parts of a (N, H, Q, K) bias that is `add(a, b)` of two smaller tensors broadcasting
    /// to it — T5's position bias (1, H, Q, K) plus its mask (N, 1, 1, K), summed once and read by
    /// every layer. The region adds them per element (the same two additions in the same order),
    /// so the full tensor is never read: at batch 32 it is 29 MB per layer against 0.9 MB.
    private static func biasParts(_ bias: ValueID, of full: [Int], _ g: PatternView) -> [ValueID]? {
        guard case .binary(.add) = g.op(bias), g.shape(bias) == full else { return nil }
        let parts = g.inputs(bias), size = full.reduce(1, *)
        guard parts[0] != parts[1], parts.allSatisfy({ p in
            g.nodes[p].type.dtype == .f32 && broadcasts(g.shape(p), to: full) && g.shape(p).reduce(1, *) < size
        }) else { return nil }
        return parts
    }

    /// `matmul(q, k, transpose_b=true)`, possibly times or divided by a scalar constant (read by
    /// that scaling alone): the product.
    private static func scoreProduct(_ x: ValueID, _ g: PatternView) -> ValueID? {
        if g.isMatmul(x, transposeB: true) { return x }
        let raw: ValueID?
        if case .binary(.div) = g.op(x), g.scalarConstant(g.inputs(x)[1]) != nil, g.scalarConstant(g.inputs(x)[0]) == nil {
            raw = g.inputs(x)[0]
        } else {
            raw = g.scalarMultiplicand(x)
        }
        guard let raw, g.isMatmul(raw, transposeB: true), g.feedsOnly(raw, x) else { return nil }
        return raw
    }

    /// `shape` broadcasts to `target` (aligned at the right, each axis equal or 1).
    static func broadcasts(_ shape: [Int], to target: [Int]) -> Bool {
        guard shape.count <= target.count else { return false }
        return zip(shape.reversed(), target.reversed()).allSatisfy { $0 == $1 || $0 == 1 }
    }
}

/// The backbone's attention (`AttentionMatch`) as one region per attention. Two placements:
/// `fuse-attention` runs with the generic fusions, after autodiff, so it takes the attentions
/// whose probabilities nothing else reads (forward-only entries: `loss`, evaluation);
/// `fuse-attention-backward` (opt-in) runs before autodiff, so training steps get the backward
/// region too.
public struct AttentionFusionPass: Pass {
    public let name: String
    public init(name: String = "fuse-attention") { self.name = name }
    public func run(_ graph: Graph) throws -> Graph {
        try NamedFusion.run(graph, pattern: AttentionPattern.name) { v, g in
            AttentionMatch.find(at: v, in: g)?.match
        }
    }
}

/// `AttentionMatch` as a kernel: the roles of the body's inputs and the sizes.
public struct AttentionPlan: Hashable, Sendable {
    public var q: Int, k: Int, v: Int
    /// The bias, or its two parts, added to the scores as the graph adds them.
    public var bias: [Int]
    public var seed: Int?
    /// Dropout rate on the probabilities (0: none).
    public var rate: Double
    /// The scores' scalar factor, and whether the graph divides by it (`s / c`) rather than multiplies.
    public var scale: Double?
    public var divides: Bool
    /// N·H blocks; Q query rows, K keys, d = q's and k's width, e = v's width.
    public var blocks: Int, queries: Int, keys: Int, width: Int, valueWidth: Int
    /// Each bias's shape, padded with leading 1s to rank 4 (broadcast over the axes of size 1).
    public var biasShapes: [[Int]]
    /// N and H (the bias broadcasts over them separately).
    public var batch: Int, heads: Int

    init?(_ region: FusedRegion) {
        guard let (m, g) = bodyMatch(region, { AttentionMatch.find(at: $0, in: $1) }, { $0.match }) else { return nil }
        let n = region.inputCount
        guard ([m.q, m.k, m.v] + m.bias).allSatisfy({ $0 < n }) else { return nil }
        (q, k, v, bias) = (m.q, m.k, m.v, m.bias)
        (seed, rate, scale, divides) = (nil, 0, nil, false)
        for u in m.match.members {
            switch g.op(u) {
            case .dropout(let r):
                (seed, rate) = (g.inputs(u)[1], r)
            case .binary(.mul) where g.scalarFactor(u) != nil:
                scale = g.scalarFactor(u)
            case .binary(.div) where g.scalarConstant(g.inputs(u)[1]) != nil:
                (scale, divides) = (g.scalarConstant(g.inputs(u)[1]), true)
            default: break
            }
        }
        guard (seed ?? 0) < n else { return nil }
        let (qs, ks, vs) = (g.shape(q), g.shape(k), g.shape(v))
        (batch, heads, blocks) = (qs[0], qs[1], qs[0] * qs[1])
        (queries, keys, width, valueWidth) = (qs[2], ks[2], qs[3], vs[3])
        biasShapes = bias.map { b in Array(repeating: 1, count: 4 - g.shape(b).count) + g.shape(b) }
    }

    /// Floats a block keeps in the kernel's scratch: Kᵀ packed (d × K̄) and one row tile of
    /// scores (at most `maxRowTile` × K̄) in the forward; Kᵀ and Vᵀ packed, the probabilities and
    /// the score gradients (Q × K̄ each) in the backward.
    public func scratchFloats(backward: Bool) -> Int {
        let kp = paddedKeys
        return backward ? (width + valueWidth) * kp + 2 * queries * kp : (width + Self.maxRowTile) * kp
    }

    /// The most query rows a register tile holds (Codegen/AttentionKernels.swift).
    public static let maxRowTile = 12

    /// K rounded up to a multiple of 16 floats (one AVX-512 vector).
    public var paddedKeys: Int { (keys + 15) / 16 * 16 }
}
