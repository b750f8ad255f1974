import IR

// The three EPT fusions of docs/FUSION.md §8 "The EPT fusions", as matchers over a `PatternView`: each finds its
// pattern exactly as graphs/lib/ept.graph writes it (after elaboration), with the roles of the
// values it reads. A pattern that is not there (a switch turned it off, a value something else
// reads, a different axis or shape) simply does not match.

/// (a) The encoder input `[P*; E[x] + c·X[r0 : r0 + L]]` written in one pass:
///
///     rows = broadcast(reshape(prompt, [1, S, D]), [N, S, D])
///     emb  = add(gather(table, ids), update)          update: (L, D), broadcast over the batch
///     y    = concat(rows, emb, axis=1)                 (N, S + L, D)
///     y'   = dropout(y, seed)                          optional epilogue (T5's input dropout)
///
/// `update` may itself be `slice(source, axis=0, r0, r0 + L)` (EPT: the first L rows of the
/// knowledge K, which the fusion attention also reads) and/or `mul(source, c)` with a scalar
/// constant (DePT-shaped, `use_fusion=false`: the scale of `c·A·B`), absorbed when nothing else
/// reads them. The low-rank product `A·B` itself stays a GEMM computed once per step.
struct LowRankEmbeddingMatch: Hashable {
    var prompt: ValueID, table: ValueID, ids: ValueID, source: ValueID
    var seed: ValueID?
    var match: PatternMatch

    static func find(at concat: ValueID, in g: PatternView) -> LowRankEmbeddingMatch? {
        guard case .concat(let axis) = g.op(concat), g.nodes[concat].type.rank == 3,
              g.nodes[concat].type.dtype == .f32, normalizedAxis(axis, rank: 3) == 1,
              g.inputs(concat).count == 2 else { return nil }
        let (rows, emb) = (g.inputs(concat)[0], g.inputs(concat)[1])
        let shape = g.shape(concat)
        // The prompt rows: (S, D) → (1, S, D) → (N, S, D).
        guard case .broadcast = g.op(rows), g.feedsOnly(rows, concat) else { return nil }
        let lifted = g.inputs(rows)[0]
        guard case .reshape = g.op(lifted), g.feedsOnly(lifted, rows) else { return nil }
        let prompt = g.inputs(lifted)[0]
        let (s, d) = (g.shape(rows)[1], shape[2])
        guard g.shape(lifted) == [1, s, d], g.shape(prompt) == [s, d] else { return nil }
        // The embeddings plus the position update: (N, L, D) + (L, D).
        guard case .binary(.add) = g.op(emb), g.feedsOnly(emb, concat), g.inputs(emb)[0] != g.inputs(emb)[1] else { return nil }
        guard let gather = g.inputs(emb).first(where: { if case .gather = g.op($0) { true } else { false } }),
              g.feedsOnly(gather, emb), let update = g.otherOperand(of: emb, .add, than: gather) else { return nil }
        let (table, ids) = (g.inputs(gather)[0], g.inputs(gather)[1])
        let l = shape[1] - s
        guard g.shape(gather) == [shape[0], l, d], g.shape(table).count == 2, g.shape(update) == [l, d] else { return nil }
        var members = [rows, lifted, emb, gather, concat]
        // The update's own chain: a row slice and a constant scale, each absorbed at most once.
        var (source, consumer) = (update, emb)
        var sliced = false, scaled = false
        while g.feedsOnly(source, consumer) {
            if !sliced, case .slice(let a, _, _) = g.op(source), normalizedAxis(a, rank: 2) == 0 {
                sliced = true
            } else if !scaled, let x = g.scalarMultiplicand(source) {
                scaled = true
                members.append(source)
                (source, consumer) = (x, source)
                continue
            } else {
                break
            }
            members.append(source)
            (source, consumer) = (g.inputs(source)[0], source)
        }
        guard g.shape(source).count == 2, g.shape(source)[1] == d else { return nil }
        var seed: ValueID?
        if let drop = g.soleUser(concat), case .dropout = g.op(drop), g.inputs(drop)[0] == concat {
            seed = g.inputs(drop)[1]
            members.append(drop)
        }
        return LowRankEmbeddingMatch(prompt: prompt, table: table, ids: ids, source: source, seed: seed,
                                     match: PatternMatch(members: members.sorted()))
    }
}

/// (b) The multi-space projection with its gate, N spaces:
///
///     gate = softmax(matmul(P, W_g), axis=-1)                         (S, N)
///     z_i  = add(P, matmul(matmul(P, D_i), U_i))                       (S, D)
///     term_i = mul(slice(gate, axis=1, i, i + 1), z_i)
///     y = ((term_0 + term_1) + term_2) + …                             (S, D)
struct GatedProjectionMatch: Hashable {
    var prompt: ValueID, gateWeight: ValueID
    var downs: [ValueID], ups: [ValueID]
    var match: PatternMatch

    static func find(at gate: ValueID, in g: PatternView) -> GatedProjectionMatch? {
        guard g.isRowSoftmax(gate) else { return nil }
        let logits = g.inputs(gate)[0]
        guard g.isMatmul(logits), g.feedsOnly(logits, gate) else { return nil }
        let (p, wg) = (g.inputs(logits)[0], g.inputs(logits)[1])
        guard g.shape(p).count == 2, g.shape(wg).count == 2 else { return nil }
        let (s, d, n) = (g.shape(p)[0], g.shape(p)[1], g.shape(wg)[1])
        guard !g.isOutput[gate], g.users[gate].count == n else { return nil }
        var slices = [ValueID?](repeating: nil, count: n)
        for u in g.users[gate] {
            guard case .slice(let axis, let start, let end) = g.op(u), normalizedAxis(axis, rank: 2) == 1,
                  end == start + 1, slices[start] == nil else { return nil }
            slices[start] = u
        }
        var members = [logits, gate]
        var downs: [ValueID] = [], ups: [ValueID] = [], terms: [ValueID] = []
        for case let slice? in slices {
            guard let term = g.soleUser(slice), let z = g.otherOperand(of: term, .mul, than: slice), z != slice,
                  g.shape(term) == [s, d], g.feedsOnly(z, term),
                  let up = g.otherOperand(of: z, .add, than: p), up != p, g.isMatmul(up), g.feedsOnly(up, z) else { return nil }
            let down = g.inputs(up)[0]
            guard g.isMatmul(down), g.feedsOnly(down, up), g.inputs(down)[0] == p, g.shape(up) == [s, d] else { return nil }
            downs.append(g.inputs(down)[1])
            ups.append(g.inputs(up)[1])
            terms.append(term)
            members += [slice, down, up, z, term]
        }
        guard terms.count == n else { return nil }
        // The gated sum, left to right in space order.
        var sum = terms[0]
        for term in terms.dropFirst() {
            guard let next = g.soleUser(sum), g.otherOperand(of: next, .add, than: sum) == term,
                  g.feedsOnly(term, next) else { return nil }
            members.append(next)
            sum = next
        }
        guard let root = members.max(), root == sum else { return nil }
        return GatedProjectionMatch(prompt: p, gateWeight: wg, downs: downs, ups: ups,
                                    match: PatternMatch(members: members.sorted()))
    }
}

/// (c) The prompt-fusion attention over the low-rank knowledge K (M, D):
///
///     p = softmax(mul(matmul(P, K, transpose_b=true), c), axis=-1)    (S, M), scale optional
///     y = matmul(p, K)                                                (S, D)
///     y' = mul(y, λ)                                                  optional, λ: (D)
///
/// When K is itself a product of low rank, `K = mul(matmul(A, B), c)` (EPT's `c·A·B`, A: (M, R),
/// B: (R, D)) and R·(M + D) ≤ M·D / 2, the product joins the match too (`factors`), so the
/// kernel can work through A and B and never form K (KnowledgeFactors).
struct PromptAttentionMatch: Hashable {
    var prompt: ValueID, knowledge: ValueID
    var lambda: ValueID?
    /// The constant the scores are multiplied by before the softmax, if any.
    var scoreScale: Double?
    var factors: KnowledgeFactors?
    var match: PatternMatch

    static func find(at probabilities: ValueID, in g: PatternView) -> PromptAttentionMatch? {
        guard g.isRowSoftmax(probabilities) else { return nil }
        var members = [probabilities]
        var scores = g.inputs(probabilities)[0]
        guard g.feedsOnly(scores, probabilities) else { return nil }
        if let raw = g.scalarMultiplicand(scores) {
            members.append(scores)
            guard g.feedsOnly(raw, scores) else { return nil }
            scores = raw
        }
        guard g.isMatmul(scores, transposeB: true) else { return nil }
        members.append(scores)
        let (p, k) = (g.inputs(scores)[0], g.inputs(scores)[1])
        guard p != k, g.shape(p).count == 2, g.shape(k).count == 2,
              let out = g.soleUser(probabilities), g.isMatmul(out), g.inputs(out) == [probabilities, k] else { return nil }
        members.append(out)
        var lambda: ValueID?
        let d = g.shape(p)[1]
        if let y = g.soleUser(out), let l = g.otherOperand(of: y, .mul, than: out), l != out, g.shape(l) == [d],
           g.shape(y) == g.shape(out) {
            lambda = l
            members.append(y)
        }
        let scoreScale = g.scalarFactor(g.inputs(probabilities)[0])
        let factors = KnowledgeFactors.find(k, readers: [scores, out], in: g)
        var match = PatternMatch(members: (members + (factors?.members ?? [])).sorted())
        match.copies = factors?.copies ?? []
        return PromptAttentionMatch(prompt: p, knowledge: k, lambda: lambda, scoreScale: scoreScale, factors: factors,
                                    match: match)
    }
}

/// K = mul(matmul(A, B), c) (scale optional) read by the prompt-fusion attention, when working
/// through A and B is the cheaper way: the attention's two products over K cost S·M·D
/// multiply-adds each, through the factors S·R·(M + D) (P·Bᵀ then ·Aᵀ; probs·A then ·B) — 8.5×
/// less at T5-small's S 40, M 256, D 512, R 20. Required: at least 2× less.
///
/// The product's nodes become members of the attention's region; those something else reads too
/// (EPT's position update reads K's first rows) are `copies`: they stay in the entry as well, and
/// the region's body recomputes them (its kernel never does).
struct KnowledgeFactors: Hashable {
    var a: ValueID, b: ValueID
    /// The product and its scale.
    var members: [ValueID]
    var copies: Set<ValueID>

    static func find(_ k: ValueID, readers: Set<ValueID>, in g: PatternView) -> KnowledgeFactors? {
        var product = k
        if let raw = g.scalarMultiplicand(k) { product = raw }
        guard g.isMatmul(product) else { return nil }
        let (a, b) = (g.inputs(product)[0], g.inputs(product)[1])
        guard g.shape(a).count == 2, g.shape(b).count == 2 else { return nil }
        let (m, r, d) = (g.shape(a)[0], g.shape(a)[1], g.shape(b)[1])
        guard 2 * r * (m + d) <= m * d else { return nil }
        let shared = g.isOutput[k] || !Set(g.users[k]).isSubset(of: readers)
        var copies: Set<ValueID> = shared ? [k] : []
        if product != k, shared || !g.feedsOnly(product, k) { copies.insert(product) }
        return KnowledgeFactors(a: a, b: b, members: product == k ? [k] : [product, k], copies: copies)
    }
}

extension PatternView {
    /// For `mul(x, c)` or `mul(c, x)` with `c` a float scalar constant: `x`.
    func scalarMultiplicand(_ v: ValueID) -> ValueID? {
        guard case .binary(.mul) = op(v) else { return nil }
        let xs = inputs(v)
        if scalarConstant(xs[1]) != nil, scalarConstant(xs[0]) == nil { return xs[0] }
        if scalarConstant(xs[0]) != nil, scalarConstant(xs[1]) == nil { return xs[1] }
        return nil
    }

    /// The scalar constant factor of `mul(x, c)`.
    func scalarFactor(_ v: ValueID) -> Double? {
        guard case .binary(.mul) = op(v) else { return nil }
        return inputs(v).lazy.compactMap(scalarConstant).first
    }
}
