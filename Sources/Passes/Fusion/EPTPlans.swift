import IR

/// How codegen runs a named EPT region as one loop nest: the roles of the body's inputs (body
/// input indices) and the sizes. Derived from the body alone — the pattern matcher runs on the
/// body, which must be the pattern and nothing else — so a region that only carries a pattern's
/// name (hand-written, or edited) gets no specialised kernel and runs node by node.
public enum NamedKernel: Hashable, Sendable {
    case lowRankEmbedding(LowRankEmbeddingPlan)
    case gatedProjection(GatedProjectionPlan)
    case promptAttention(PromptAttentionPlan)
    /// (c) over K = c·A·B through its factors (`KnowledgeFactors`).
    case factoredPromptAttention(FactoredPromptAttentionPlan)
    /// The backbone's attention (AttentionFusion.swift), not an EPT module.
    case attention(AttentionPlan)
    /// The backward region of one of the above (`RegionVJP`): `adjoint` is the body input holding
    /// the forward result's adjoint, `outputs` the forward inputs whose gradients the result
    /// holds, in order, each flattened (one output: the gradient itself).
    indirect case gradient(NamedKernel, adjoint: Int, outputs: [Int])

    /// The plan of `region`, when it is exactly one of the named patterns (or its backward).
    public init?(_ region: FusedRegion) {
        switch region.name {
        case EPTPattern.lowRankEmbedding:
            guard let p = LowRankEmbeddingPlan(region) else { return nil }
            self = .lowRankEmbedding(p)
        case EPTPattern.gatedProjection:
            guard let p = GatedProjectionPlan(region) else { return nil }
            self = .gatedProjection(p)
        case EPTPattern.promptAttention:
            if let p = FactoredPromptAttentionPlan(region) {
                self = .factoredPromptAttention(p)
            } else if let p = PromptAttentionPlan(region) {
                self = .promptAttention(p)
            } else {
                return nil
            }
        case AttentionPattern.name:
            guard let p = AttentionPlan(region) else { return nil }
            self = .attention(p)
        default:
            guard let (forward, outputs) = RegionVJP.forwardRegion(ofBackward: region),
                  let plan = NamedKernel(forward) else { return nil }
            self = .gradient(plan, adjoint: forward.inputCount, outputs: outputs)
        }
    }

    /// The inputs of a forward region whose gradients its backward region computes: the
    /// embedding table, ids and dropout seed of (a) get none.
    var differentiableInputs: [Int] {
        switch self {
        case .lowRankEmbedding(let p): return [p.prompt, p.source].sorted()
        case .gatedProjection(let p): return ([p.prompt, p.gateWeight] + p.downs + p.ups).sorted()
        case .promptAttention(let p): return ([p.prompt, p.knowledge] + (p.lambda.map { [$0] } ?? [])).sorted()
        case .factoredPromptAttention(let p): return ([p.prompt, p.a, p.b] + (p.lambda.map { [$0] } ?? [])).sorted()
        case .attention(let p): return [p.q, p.k, p.v].sorted()
        case .gradient: return []
        }
    }

    /// The region names that get a plan: the EPT patterns and the backbone's attention.
    static let patternNames = EPTPattern.all + [AttentionPattern.name]
}

/// Finds the match of a pattern in a region body whose root is the body's result, and checks
/// the body holds nothing else: every computed node a member, every other node an input or a
/// constant.
func bodyMatch<M>(_ region: FusedRegion, _ find: (ValueID, PatternView) -> M?,
                          _ match: (M) -> PatternMatch) -> (M, PatternView)? {
    let view = PatternView(body: region)
    let k = region.inputCount
    for v in region.nodes.indices.dropFirst(k) {
        guard let m = find(v, view), match(m).root == region.result else { continue }
        let members = Set(match(m).members)
        let complete = region.nodes.indices.dropFirst(k).allSatisfy { u in
            if members.contains(u) { return true }
            if case .constant = region.nodes[u].op { return true }
            return false
        }
        return complete ? (m, view) : nil
    }
    return nil
}

/// (a) `LowRankEmbeddingMatch` as a kernel: out[b, t] = P*[t] for t < S, else
/// table[ids[b, t − S]] + scale·source[firstRow + t − S], then the dropout epilogue.
public struct LowRankEmbeddingPlan: Hashable, Sendable {
    public var prompt: Int, table: Int, ids: Int, source: Int
    public var seed: Int?
    public var rate: Double
    public var scale: Double?
    public var firstRow: Int
    /// N, S, L, D, and V (table rows).
    public var batch: Int, promptRows: Int, length: Int, width: Int, vocabulary: Int

    init?(_ region: FusedRegion) {
        guard let (m, g) = bodyMatch(region, { LowRankEmbeddingMatch.find(at: $0, in: $1) }, { $0.match }) else { return nil }
        let k = region.inputCount
        guard [m.prompt, m.table, m.ids, m.source].allSatisfy({ $0 < k }), (m.seed ?? 0) < k else { return nil }
        (prompt, table, ids, source, seed) = (m.prompt, m.table, m.ids, m.source, m.seed)
        rate = 0
        scale = nil
        firstRow = 0
        for v in m.match.members {
            switch g.op(v) {
            case .dropout(let r): rate = r
            case .slice(_, let start, _): firstRow = start
            case .binary(.mul): scale = g.scalarFactor(v)
            default: break
            }
        }
        let out = region.nodes[m.seed == nil ? m.match.root : g.inputs(m.match.root)[0]].type.shape
        (batch, promptRows, width) = (out[0], g.shape(m.prompt)[0], out[2])
        length = out[1] - promptRows
        vocabulary = g.shape(m.table)[0]
    }
}

/// (b) `GatedProjectionMatch` as a kernel: per prompt row, the gate softmax over N logits, the
/// N projections through k-wide spaces, and their gated sum.
public struct GatedProjectionPlan: Hashable, Sendable {
    public var prompt: Int, gateWeight: Int
    public var downs: [Int], ups: [Int]
    /// S, D, N, k.
    public var rows: Int, width: Int, spaces: Int, spaceWidth: Int

    init?(_ region: FusedRegion) {
        guard let (m, g) = bodyMatch(region, { GatedProjectionMatch.find(at: $0, in: $1) }, { $0.match }) else { return nil }
        let k = region.inputCount
        guard ([m.prompt, m.gateWeight] + m.downs + m.ups).allSatisfy({ $0 < k }) else { return nil }
        (prompt, gateWeight, downs, ups) = (m.prompt, m.gateWeight, m.downs, m.ups)
        (rows, width) = (g.shape(m.prompt)[0], g.shape(m.prompt)[1])
        spaces = m.downs.count
        spaceWidth = g.shape(m.downs[0])[1]
        guard m.downs.allSatisfy({ g.shape($0) == [width, spaceWidth] }),
              m.ups.allSatisfy({ g.shape($0) == [spaceWidth, width] }) else { return nil }
    }

    /// Values the backward keeps per prompt row between its passes: G (N), G_i·h_i (N·k),
    /// dlogits (N), dh (N·k).
    public static func savedPerRow(_ spaces: Int, _ spaceWidth: Int) -> Int { 2 * spaces + 2 * spaces * spaceWidth }
}

/// (c) `PromptAttentionMatch` as a kernel: per prompt row, the M scores, their softmax and the
/// weighted sum of the knowledge rows, scaled by λ.
public struct PromptAttentionPlan: Hashable, Sendable {
    public var prompt: Int, knowledge: Int
    public var lambda: Int?
    public var scale: Double?
    /// S, M, D.
    public var rows: Int, keys: Int, width: Int

    init?(_ region: FusedRegion) {
        guard let (m, g) = bodyMatch(region, { PromptAttentionMatch.find(at: $0, in: $1) }, { $0.match }),
              m.factors == nil else { return nil }
        let k = region.inputCount
        guard [m.prompt, m.knowledge].allSatisfy({ $0 < k }), (m.lambda ?? 0) < k else { return nil }
        (prompt, knowledge, lambda, scale) = (m.prompt, m.knowledge, m.lambda, m.scoreScale)
        (rows, width, keys) = (g.shape(m.prompt)[0], g.shape(m.prompt)[1], g.shape(m.knowledge)[0])
    }

    /// Key rows per block of the backward's pass over K (each block sums its part of dλ).
    public static let keyRows = 4
    public var keyBlocks: Int { (keys + Self.keyRows - 1) / Self.keyRows }
}

/// (c) over K = c·A·B (`KnowledgeFactors`) as a kernel that never forms K: per prompt row,
/// P·Bᵀ (R), the M scores σc·(P·Bᵀ)·Aᵀ, their softmax, probs·A (R), then c·(probs·A)·B ⊙ λ.
public struct FactoredPromptAttentionPlan: Hashable, Sendable {
    public var prompt: Int, a: Int, b: Int
    public var lambda: Int?
    /// The scores' scale times K's (σ·c), and K's alone (c); 1 where absent.
    public var scoreScale: Double, knowledgeScale: Double
    /// S, M, D, R.
    public var rows: Int, keys: Int, width: Int, rank: Int

    init?(_ region: FusedRegion) {
        guard let (m, g) = bodyMatch(region, { PromptAttentionMatch.find(at: $0, in: $1) }, { $0.match }),
              let f = m.factors else { return nil }
        let k = region.inputCount
        guard [m.prompt, f.a, f.b].allSatisfy({ $0 < k }), (m.lambda ?? 0) < k else { return nil }
        (prompt, a, b, lambda) = (m.prompt, f.a, f.b, m.lambda)
        knowledgeScale = g.scalarFactor(m.knowledge) ?? 1
        scoreScale = (m.scoreScale ?? 1) * knowledgeScale
        (rows, width) = (g.shape(m.prompt)[0], g.shape(m.prompt)[1])
        (keys, rank) = (g.shape(f.a)[0], g.shape(f.a)[1])
    }

    /// Multiply-adds of the forward per prompt row: P·Bᵀ, the scores, probs·A, (probs·A)·B.
    public var forwardWorkPerRow: Int { 2 * rank * (width + keys) }

    /// Where the backward keeps what its passes share, in f32 elements of its scratch: per
    /// prompt row P·Bᵀ, probs·A, their gradients (R each), the probabilities and the score
    /// gradients (M each), dF = dy ⊙ λ (D); then Y = (probs·A)ᵀ·dy (R, D).
    public struct Scratch: Sendable {
        public let pb, pa, dpa, dpb, probs, dScores, dValues, y, count: Int
    }

    public var scratch: Scratch {
        let (s, m, d, r) = (rows, keys, width, rank)
        let pb = 0, pa = s * r, dpa = 2 * s * r, dpb = 3 * s * r, probs = 4 * s * r
        let dScores = probs + s * m, dValues = dScores + s * m, y = dValues + s * d
        return Scratch(pb: pb, pa: pa, dpa: dpa, dpb: dpb, probs: probs, dScores: dScores, dValues: dValues, y: y,
                       count: y + r * d)
    }
}

extension NamedKernel {
    /// Arena bytes the kernel needs besides its output: the attention backward keeps the
    /// probabilities and score gradients (S, M), dF (S, D) and dλ's parts (keyBlocks, D) — through
    /// K's factors the same plus four thin (S, R) and Y (R, D) (`FactoredPromptAttentionPlan.scratch`);
    /// the projection backward its rows' saved values and the weights transposed ((N + N·k) × D);
    /// the others keep rows on the stack.
    public var scratchBytes: Int {
        switch self {
        case .gradient(.promptAttention(let p), _, _): return 4 * (2 * p.rows * p.keys + (p.rows + p.keyBlocks) * p.width)
        case .gradient(.factoredPromptAttention(let p), _, _): return 4 * p.scratch.count
        case .gradient(.gatedProjection(let p), _, _):
            return 4 * (p.rows * GatedProjectionPlan.savedPerRow(p.spaces, p.spaceWidth)
                        + (p.spaces + p.spaces * p.spaceWidth) * p.width)
        default: return 0
        }
    }

    /// Kernel calls it makes: one loop nest each, but the backward regions of (b) and (c) make
    /// one per pass (the weights transposed, prompt rows, weight rows; prompt rows, key rows,
    /// λ's columns; through K's factors: prompt rows, A's rows, B's rows, λ's columns).
    public var kernelCount: Int {
        switch self {
        case .gradient(.promptAttention(let p), _, _): return p.lambda == nil ? 2 : 3
        case .gradient(.factoredPromptAttention(let p), _, _): return p.lambda == nil ? 3 : 4
        case .gradient(.gatedProjection, _, _): return 3
        default: return 1
        }
    }
}
