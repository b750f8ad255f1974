import CLLVM
import IR
import Passes

/// (c) `prompt_attention` and its backward: softmax(c·P·Kᵀ)·K ⊙ λ, flash-style — a block of
/// prompt rows at a time (EPTTiles.rows), their M scores on the stack, never an (S, M) score
/// matrix in the forward.
///
/// Both products run as register tiles (EPTTiles.swift): the scores as dot tiles over d (P's and
/// K's rows are contiguous along d, so neither is packed), P·Kᵀ's scale applied to the sums;
/// probs·K as row tiles, λ applied to the accumulators before their one store. K is m·d floats
/// (512 KB at m 256, d 512): it stays in L2 across a block's two passes over it.
extension EntryLowerer {
    /// out[q][i] = scale·Σ_{e < length} rows[q][e]·column(i)[e] for every i < count: dot tiles over
    /// blocks of `tiles.dotColumns` columns (the last block clamped: it stores its last column's
    /// value again).
    func dotRows(_ tiles: EPTTiles, _ rows: [Strip], count: Int, length: Int, scale: Double?,
                 column: @escaping (LLVMValueRef) -> Strip, into out: [Strip]) {
        let t = gen.f32
        let columns = tiles.dotColumns
        gen.loop(count: (count + columns - 1) / columns) { block, _ in
            let picked = self.clampedRows(block, count: columns, rows: count)
            let dots = self.gen.dotTile(rows, picked.map(column), length: length, lanes: tiles.lanes)
            for q in rows.indices {
                for (c, i) in picked.enumerated() {
                    var x = dots[q * columns + c]
                    if let scale { x = self.gen.fmul(x, self.gen.fconst(scale, t)) }
                    self.gen.store(x, out[q].base, self.gen.add(out[q].start, i), t)
                }
            }
            return []
        }
    }

    /// Attention probabilities of a block of rows: probs[q] = softmax(scale·rows[q]·key(i) over
    /// i < keys), the dots by `dotRows`, then each row's softmax in place (softmaxLine), once per
    /// row (`own`: clamped copies share the last row's buffer in the backward).
    func softmaxRows(_ tiles: EPTTiles, _ rows: [Strip], keys m: Int, length: Int, scale: Double?,
                     key: @escaping (LLVMValueRef) -> Strip, probs: [Strip], own: [LLVMValueRef?]) {
        let t = gen.f32
        dotRows(tiles, rows, count: m, length: length, scale: scale, column: key, into: probs)
        for (row, own) in zip(probs, own) {
            gen.branch(own, always: true, {
                self.softmaxLine({ i in self.gen.load(t, row.base, i) }, row.base, base: row.start, length: m, inner: 1, t,
                                 log: false, parkExps: true, stored: row.base)
            }, else: {})
        }
    }

    /// The probabilities of a block of prompt rows (`rows`: their strips of P) into `probs[q]`.
    private func attentionProbabilities(_ p: PromptAttentionPlan, _ tiles: EPTTiles, rows: [Strip], keys: LLVMValueRef,
                                        probs: [Strip], own: [LLVMValueRef?]) {
        softmaxRows(tiles, rows, keys: p.keys, length: p.width, scale: p.scale, key: { self.matrixRow(keys, $0, width: p.width) },
                    probs: probs, own: own)
    }

    /// Row `i` of a row-major matrix `width` wide (K, A, B, dy, …) as a strip.
    func matrixRow(_ base: LLVMValueRef, _ i: LLVMValueRef, width: Int) -> Strip {
        Strip(base: base, start: gen.mul(i, gen.int(width)))
    }

    func emitPromptAttention(_ v: ValueID, _ p: PromptAttentionPlan) {
        let (m, d) = (p.keys, p.width)
        let tiles = EPTTiles(vectorBits: options.vectorWidth, tall: true)
        let r = tiles.rows
        kernel(outer: tiles.blocks(p.rows), workPerIteration: 2 * r * m * d) { args in
            let pointer = { (i: Int) in self.valuePointer(self.outerInput(v, i), args) }
            let (prompt, keys, lambda) = (pointer(p.prompt), pointer(p.knowledge), p.lambda.map(pointer))
            let out = self.valuePointer(v, args)
            let scores = self.stackBuffer(r * m, "scores")
            return { block in
                let rows = self.clampedRows(block, count: r, rows: p.rows).map { self.gen.mul($0, self.gen.int(d)) }
                let probs = (0..<r).map { Strip(base: scores, start: self.gen.int($0 * m)) }
                // Each row has its own buffer here: a clamped copy is computed in full.
                self.attentionProbabilities(p, tiles, rows: rows.map { Strip(base: prompt, start: $0) }, keys: keys, probs: probs,
                                            own: Array(repeating: nil, count: r))
                self.weightedRows(tiles, width: d, terms: m, runs: [(probs, { self.matrixRow(keys, $0, width: d) })]) { q, e, x, mask in
                    let y = lambda.map { self.gen.fmul(x, self.gen.load(Strip(base: $0, start: e), self.gen.int(0),
                                                                        lanes: tiles.lanes, mask: mask)) } ?? x
                    self.gen.store(y, Strip(base: out, start: rows[q]), e, mask: mask)
                }
            }
        }
    }

    /// Where the backward keeps what its passes share, in f32 elements of its scratch: the
    /// probabilities and the score gradients (S, M) each, dF = dy ⊙ λ (S, D), and one partial
    /// sum of dλ per block of key rows (`PromptAttentionPlan.keyBlocks` × D).
    private func attentionScratch(_ p: PromptAttentionPlan) -> (probs: Int, dScores: Int, dValues: Int, dLambda: Int) {
        let sm = p.rows * p.keys, sd = p.rows * p.width
        return (0, sm, 2 * sm, 2 * sm + sd)
    }

    /// The packed gradients of P, K, λ (in input order) from dy, in three parallel passes:
    /// prompt-row blocks (as the forward: probabilities; then dp_i = dF·K[i], δ = Σ p·dp,
    /// dS = c·p ⊙ (dp − δ), dP[j] = Σ_i dS_i·K[i]); key-row blocks (Q[i] = Σ_j p[j, i]·dy[j],
    /// dK[i] = λ ⊙ Q[i] + Σ_j dS[j, i]·P[j], and the block's part of dλ = Σ_i Q[i] ⊙ K[i]); the
    /// blocks' parts of dλ summed. dλ = Σ_j dy[j] ⊙ F[j] regrouped so, F (= probs·K, as much work
    /// as the scores) is not recomputed.
    func emitPromptAttentionGrad(_ v: ValueID, _ p: PromptAttentionPlan, adjoint: Int, outputs: [Int]) {
        let offset = packedOffsets(v, outputs)
        attentionGradRows(v, p, adjoint: adjoint, offset: offset)
        attentionGradKeys(v, p, adjoint: adjoint, offset: offset)
        attentionGradLambda(v, p, offset: offset)
    }

    /// dF = dy ⊙ λ, where the backward reads it: dy itself without λ, else scratch.
    private func attentionGradValues(_ p: PromptAttentionPlan, dy: LLVMValueRef, work: LLVMValueRef) -> LLVMValueRef {
        p.lambda == nil ? dy : gen.gep(gen.f32, work, gen.int(attentionScratch(p).dValues))
    }

    /// Prompt-row blocks: probabilities, dF, score gradients into scratch; dP into the output.
    private func attentionGradRows(_ v: ValueID, _ p: PromptAttentionPlan, adjoint: Int, offset: [Int: Int]) {
        let (m, d) = (p.keys, p.width)
        let t = gen.f32
        let tiles = EPTTiles(vectorBits: options.vectorWidth, tall: true)
        let (r, lanes) = (tiles.rows, tiles.lanes)
        let scratch = attentionScratch(p)
        kernel(outer: tiles.blocks(p.rows), workPerIteration: 3 * r * m * d) { args in
            let pointer = { (i: Int) in self.valuePointer(self.outerInput(v, i), args) }
            let (prompt, keys, lambda, dy) = (pointer(p.prompt), pointer(p.knowledge), p.lambda.map(pointer), pointer(adjoint))
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            let dF = self.attentionGradValues(p, dy: dy, work: work)
            let at = { (base: Int, i: LLVMValueRef) in self.gen.gep(t, work, self.gen.offset(self.gen.int(base), i, stride: m)) }
            return { block in
                let rows = self.clampedRows(block, count: r, rows: p.rows)
                let starts = rows.map { self.gen.mul($0, self.gen.int(d)) }
                let probs = rows.map { Strip(base: at(scratch.probs, $0), start: self.gen.int(0)) }
                let dS = rows.map { Strip(base: at(scratch.dScores, $0), start: self.gen.int(0)) }
                let own = (0..<r).map { self.ownRow(block, $0, count: r, rows: p.rows) }
                self.attentionProbabilities(p, tiles, rows: starts.map { Strip(base: prompt, start: $0) }, keys: keys, probs: probs, own: own)
                if let lambda {
                    for start in starts {
                        self.gen.columnChunks(width: d, lanes: lanes, vectors: 1) { e, masks in
                            let y = self.gen.load(Strip(base: dy, start: start), e, lanes: lanes, mask: masks[0])
                            let l = self.gen.load(Strip(base: lambda, start: self.gen.int(0)), e, lanes: lanes, mask: masks[0])
                            self.gen.store(self.gen.fmul(y, l), Strip(base: dF, start: start), e, mask: masks[0])
                        }
                    }
                }
                self.attentionScoreGradients(p, tiles, dF: starts.map { Strip(base: dF, start: $0) }, keys: keys, probs: probs, dS: dS,
                                             own: own)
                let dP = self.gen.int(offset[p.prompt] ?? 0)
                self.weightedRows(tiles, width: d, terms: m, runs: [(dS, { self.matrixRow(keys, $0, width: d) })]) { q, e, x, mask in
                    self.gen.store(x, Strip(base: out, start: self.gen.add(dP, starts[q])), e, mask: mask)
                }
            }
        }
    }

    /// dS = c·p ⊙ (dp − Σ p·dp) with dp_i = dF·K[i] (dot tiles), per row of the block (the
    /// in-place step once per row, `own`).
    private func attentionScoreGradients(_ p: PromptAttentionPlan, _ tiles: EPTTiles, dF: [Strip], keys: LLVMValueRef,
                                         probs: [Strip], dS: [Strip], own: [LLVMValueRef?]) {
        dotRows(tiles, dF, count: p.keys, length: p.width, scale: nil, column: { self.matrixRow(keys, $0, width: p.width) }, into: dS)
        for ((pq, sq), own) in zip(zip(probs, dS), own) {
            gen.branch(own, always: true, { self.scoreGradientRow(probs: pq, dS: sq, length: p.keys, scale: p.scale) }, else: {})
        }
    }

    /// One row of a softmax's input gradient in place, from the probabilities and the gradient
    /// of the probabilities: dS = scale·p ⊙ (dS − Σ p·dS).
    func scoreGradientRow(probs pq: Strip, dS sq: Strip, length m: Int, scale: Double?) {
        let t = gen.f32
        let at = { (s: Strip, i: LLVMValueRef) in self.gen.add(s.start, i) }
        let delta = gen.sum(count: m, unrolled: true, t) { i in
            self.gen.fmul(self.gen.load(t, sq.base, at(sq, i)), self.gen.load(t, pq.base, at(pq, i)))
        }
        gen.loop(count: m) { i, _ in
            var ds = self.gen.fmul(self.gen.load(t, pq.base, at(pq, i)), self.gen.fsub(self.gen.load(t, sq.base, at(sq, i)), delta))
            if let scale { ds = self.gen.fmul(ds, self.gen.fconst(scale, t)) }
            self.gen.store(ds, sq.base, at(sq, i), t)
            return []
        }
    }

    /// Key-row blocks (PromptAttentionPlan.keyRows each): per chunk of columns, Q = Σ_j p[j, i]·dy[j]
    /// as a row tile over the prompt rows; the block's part of dλ (Σ_i Q[i] ⊙ K[i], each key
    /// once); then dK[i] = λ ⊙ Q[i] + Σ_j dS[j, i]·P[j] in the same accumulators, stored once.
    private func attentionGradKeys(_ v: ValueID, _ p: PromptAttentionPlan, adjoint: Int, offset: [Int: Int]) {
        let (s, m, d) = (p.rows, p.keys, p.width)
        let t = gen.f32
        let tiles = EPTTiles(vectorBits: options.vectorWidth)
        let (r, lanes) = (PromptAttentionPlan.keyRows, tiles.lanes)
        let scratch = attentionScratch(p)
        kernel(outer: p.keyBlocks, workPerIteration: 2 * r * s * d) { args in
            let pointer = { (i: Int) in self.valuePointer(self.outerInput(v, i), args) }
            let (prompt, keys, dy, lambda) = (pointer(p.prompt), pointer(p.knowledge), pointer(adjoint), p.lambda.map(pointer))
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            let dK = self.gen.int(offset[p.knowledge] ?? 0)
            return { block in
                let keyRows = self.clampedRows(block, count: r, rows: m)
                let own = (0..<r).map { self.ownRow(block, $0, count: r, rows: m) }
                // Column i of an (S, M) scratch matrix: weight j at i + j·M.
                let column = { (matrix: Int) in { (q: Int, j: LLVMValueRef) in
                    self.gen.load(t, work, self.gen.add(self.gen.add(self.gen.int(matrix), keyRows[q]), self.gen.mul(j, self.gen.int(m))))
                } }
                let row = { (base: LLVMValueRef, j: LLVMValueRef) in Strip(base: base, start: self.gen.mul(j, self.gen.int(d))) }
                let parts = Strip(base: work, start: self.gen.add(self.gen.int(scratch.dLambda), self.gen.mul(block, self.gen.int(d))))
                self.gen.columnChunks(width: d, lanes: lanes, vectors: tiles.vectors) { e0, masks in
                    let e = { (v: Int) in self.gen.add(e0, self.gen.int(v * lanes)) }
                    let zero = LLVMConstNull(self.gen.vectorType(t, lanes))!
                    var acc = self.gen.rowTile(terms: s, rows: r, initial: Array(repeating: zero, count: r * masks.count),
                                               weight: column(scratch.probs),
                                               value: { j, v in self.gen.load(row(dy, j), e(v), lanes: lanes, mask: masks[v]) })
                    if let lambda {
                        for v in masks.indices {
                            var part = zero
                            for q in 0..<r {
                                let k = self.gen.load(row(keys, keyRows[q]), e(v), lanes: lanes, mask: masks[v])
                                let x = self.gen.vectorFMA(acc[q * masks.count + v], k, part)
                                part = own[q].map { self.gen.select($0, x, part) } ?? x
                            }
                            self.gen.store(part, parts, e(v), mask: masks[v])
                            let l = self.gen.load(Strip(base: lambda, start: self.gen.int(0)), e(v), lanes: lanes, mask: masks[v])
                            for q in 0..<r { acc[q * masks.count + v] = self.gen.fmul(acc[q * masks.count + v], l) }
                        }
                    }
                    acc = self.gen.rowTile(terms: s, rows: r, initial: acc, weight: column(scratch.dScores),
                                           value: { j, v in self.gen.load(row(prompt, j), e(v), lanes: lanes, mask: masks[v]) })
                    for q in 0..<r {
                        for v in masks.indices {
                            self.gen.store(acc[q * masks.count + v], Strip(base: out, start: self.gen.add(dK, self.gen.mul(keyRows[q], self.gen.int(d)))),
                                           e(v), mask: masks[v])
                        }
                    }
                }
            }
        }
    }

    /// dλ = the sum of the key blocks' parts, in block order.
    private func attentionGradLambda(_ v: ValueID, _ p: PromptAttentionPlan, offset: [Int: Int]) {
        let d = p.width
        let t = gen.f32
        let lanes = EPTTiles(vectorBits: options.vectorWidth).lanes
        guard let lambdaInput = p.lambda else { return }
        kernel(outer: 1, workPerIteration: p.keyBlocks * d) { args in
            let out = self.valuePointer(v, args)
            let parts = self.gen.gep(t, self.scratchPointer(v, args, t), self.gen.int(self.attentionScratch(p).dLambda))
            let dLambda = Strip(base: out, start: self.gen.int(offset[lambdaInput] ?? 0))
            return { _ in
                self.gen.columnChunks(width: d, lanes: lanes, vectors: 1) { e, masks in
                    let zero = LLVMConstNull(self.gen.vectorType(t, lanes))!
                    let sum = self.gen.loop(count: p.keyBlocks, carrying: [zero]) { b, acc in
                        [self.gen.fadd(acc[0], self.gen.load(Strip(base: parts, start: self.gen.mul(b, self.gen.int(d))), e,
                                                             lanes: lanes, mask: masks[0]))]
                    }[0]
                    self.gen.store(sum, dLambda, e, mask: masks[0])
                }
            }
        }
    }
}
