import CLLVM
import IR
import Passes

/// (c) `prompt_attention` over K = c·A·B (`FactoredPromptAttentionPlan`) and its backward,
/// through the factors: K (M, D) is never formed, each product over it becomes two thin ones
/// over A (M, R) and B (R, D) —
///
///     PB     = P·Bᵀ                         (S, R)
///     probs  = softmax(σc·PB·Aᵀ)            (S, M)
///     PA     = probs·A                      (S, R)
///     y      = c·PA·B ⊙ λ                   (S, D)
///
/// S·R·(M + D) multiply-adds per product instead of S·M·D. The products run as the register
/// tiles of the unfactored kernel (EPTTiles.swift, PromptAttentionKernels.swift).
extension EntryLowerer {
    /// The forward's first three steps for a block of prompt rows (`prompt`: their strips of P):
    /// PB, the probabilities (softmax once per row, `own`) and PA into the given rows.
    private func factoredProbabilities(_ p: FactoredPromptAttentionPlan, _ tiles: EPTTiles, prompt: [Strip],
                                       a: LLVMValueRef, b: LLVMValueRef, pb: [Strip], probs: [Strip], pa: [Strip],
                                       own: [LLVMValueRef?]) {
        let (m, d, r) = (p.keys, p.width, p.rank)
        dotRows(tiles, prompt, count: r, length: d, scale: nil, column: { self.matrixRow(b, $0, width: d) }, into: pb)
        softmaxRows(tiles, pb, keys: m, length: r, scale: p.scoreScale, key: { self.matrixRow(a, $0, width: r) },
                    probs: probs, own: own)
        weightedRows(tiles, width: r, terms: m, runs: [(probs, { self.matrixRow(a, $0, width: r) })]) { q, e, x, mask in
            self.gen.store(x, pa[q], e, mask: mask)
        }
    }

    /// `lanes` copies of the f32 constant `c`.
    private func splat(_ c: Double, lanes: Int) -> LLVMValueRef { gen.broadcast(gen.fconst(c, gen.f32), lanes: lanes) }

    func emitFactoredPromptAttention(_ v: ValueID, _ p: FactoredPromptAttentionPlan) {
        let (m, d, r) = (p.keys, p.width, p.rank)
        let tiles = EPTTiles(vectorBits: options.vectorWidth, tall: true)
        let n = tiles.rows
        tiledKernel(blocks: tiles.blocks(p.rows), work: n * p.forwardWorkPerRow) { args in
            let pointer = { (i: Int) in self.valuePointer(self.outerInput(v, i), args) }
            let (prompt, a, b, lambda) = (pointer(p.prompt), pointer(p.a), pointer(p.b), p.lambda.map(pointer))
            let out = self.valuePointer(v, args)
            let rowsOf = { (buffer: LLVMValueRef, width: Int) in (0..<n).map { Strip(base: buffer, start: self.gen.int($0 * width)) } }
            let (pb, probs, pa) = (rowsOf(self.stackBuffer(n * r, "pb"), r), rowsOf(self.stackBuffer(n * m, "probs"), m),
                                   rowsOf(self.stackBuffer(n * r, "pa"), r))
            let c = self.splat(p.knowledgeScale, lanes: tiles.lanes)
            return { block in
                let starts = self.clampedRows(block, count: n, rows: p.rows).map { self.gen.mul($0, self.gen.int(d)) }
                // Each row has its own buffers here: a clamped copy is computed in full.
                self.factoredProbabilities(p, tiles, prompt: starts.map { Strip(base: prompt, start: $0) }, a: a, b: b,
                                           pb: pb, probs: probs, pa: pa, own: Array(repeating: nil, count: n))
                self.weightedRows(tiles, width: d, terms: r, runs: [(pa, { self.matrixRow(b, $0, width: d) })]) { q, e, x, mask in
                    var y = self.gen.fmul(x, c)
                    if let lambda { y = self.gen.fmul(y, self.gen.load(Strip(base: lambda, start: self.gen.int(0)), e, lanes: tiles.lanes, mask: mask)) }
                    self.gen.store(y, Strip(base: out, start: starts[q]), e, mask: mask)
                }
            }
        }
    }

    /// The packed gradients of P, A, B, λ (in input order) from dy, in three or four passes:
    ///  1. prompt-row blocks: PB, probs, PA again; dF = dy ⊙ λ; dPA = c·dF·Bᵀ;
    ///     dS = σc·probs ⊙ (dprobs − Σ probs·dprobs) with dprobs = dPA·Aᵀ; dPB = dS·A; dP = dPB·B.
    ///  2. A-row blocks: dA[i] = Σ_j probs[j, i]·dPA[j] + dS[j, i]·PB[j].
    ///  3. B-row blocks: Y[k] = Σ_j PA[j, k]·dy[j]; dB[k] = c·λ ⊙ Y[k] + Σ_j dPB[j, k]·P[j].
    ///  4. dλ = c·Σ_k B[k] ⊙ Y[k] (= Σ_j dy[j] ⊙ F[j], F = c·PA·B, regrouped so F is not formed).
    func emitFactoredPromptAttentionGrad(_ v: ValueID, _ p: FactoredPromptAttentionPlan, adjoint: Int, outputs: [Int]) {
        let offset = packedOffsets(v, outputs)
        factoredGradRows(v, p, adjoint: adjoint, dP: offset[p.prompt])
        if let dA = offset[p.a] { factoredGradA(v, p, dA: dA) }
        factoredGradB(v, p, adjoint: adjoint, dB: offset[p.b])
        if let l = p.lambda, let dLambda = offset[l] { factoredGradLambda(v, p, dLambda: dLambda) }
    }

    /// Rows of the (rows × width) scratch matrix at `base` (elements), picked by `rows`.
    private func scratchRows(_ work: LLVMValueRef, _ base: Int, _ rows: [LLVMValueRef], width: Int) -> [Strip] {
        rows.map { Strip(base: work, start: gen.add(gen.int(base), gen.mul($0, gen.int(width)))) }
    }

    /// Pass 1, per block of prompt rows: everything the other passes read into scratch, dP
    /// (at `dP` in the packed result) into the output.
    private func factoredGradRows(_ v: ValueID, _ p: FactoredPromptAttentionPlan, adjoint: Int, dP: Int?) {
        let (m, d, r) = (p.keys, p.width, p.rank)
        let tiles = EPTTiles(vectorBits: options.vectorWidth, tall: true)
        let (n, lanes) = (tiles.rows, tiles.lanes)
        let at = p.scratch
        tiledKernel(blocks: tiles.blocks(p.rows), work: 2 * n * p.forwardWorkPerRow) { args in
            let pointer = { (i: Int) in self.valuePointer(self.outerInput(v, i), args) }
            let (prompt, a, b, lambda, dy) = (pointer(p.prompt), pointer(p.a), pointer(p.b), p.lambda.map(pointer), pointer(adjoint))
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, self.gen.f32)
            return { block in
                let rows = self.clampedRows(block, count: n, rows: p.rows)
                let own = (0..<n).map { self.ownRow(block, $0, count: n, rows: p.rows) }
                let scratch = { (base: Int, width: Int) in self.scratchRows(work, base, rows, width: width) }
                let (pb, probs, pa) = (scratch(at.pb, r), scratch(at.probs, m), scratch(at.pa, r))
                let (dpa, dS, dpb) = (scratch(at.dpa, r), scratch(at.dScores, m), scratch(at.dpb, r))
                let promptRows = rows.map { self.matrixRow(prompt, $0, width: d) }
                self.factoredProbabilities(p, tiles, prompt: promptRows, a: a, b: b, pb: pb, probs: probs, pa: pa, own: own)
                // dF = dy ⊙ λ (dy itself without λ).
                var dF = rows.map { self.matrixRow(dy, $0, width: d) }
                if let lambda {
                    let values = scratch(at.dValues, d)
                    for (from, to) in zip(dF, values) {
                        self.gen.columnChunks(width: d, lanes: lanes, vectors: 1) { e, masks in
                            let y = self.gen.load(from, e, lanes: lanes, mask: masks[0])
                            let l = self.gen.load(Strip(base: lambda, start: self.gen.int(0)), e, lanes: lanes, mask: masks[0])
                            self.gen.store(self.gen.fmul(y, l), to, e, mask: masks[0])
                        }
                    }
                    dF = values
                }
                self.dotRows(tiles, dF, count: r, length: d, scale: p.knowledgeScale, column: { self.matrixRow(b, $0, width: d) }, into: dpa)
                self.dotRows(tiles, dpa, count: m, length: r, scale: nil, column: { self.matrixRow(a, $0, width: r) }, into: dS)
                for ((pq, sq), own) in zip(zip(probs, dS), own) {
                    self.gen.branch(own, always: true, { self.scoreGradientRow(probs: pq, dS: sq, length: m, scale: p.scoreScale) }, else: {})
                }
                self.weightedRows(tiles, width: r, terms: m, runs: [(dS, { self.matrixRow(a, $0, width: r) })]) { q, e, x, mask in
                    self.gen.store(x, dpb[q], e, mask: mask)
                }
                guard let dP else { return }
                self.weightedRows(tiles, width: d, terms: r, runs: [(dpb, { self.matrixRow(b, $0, width: d) })]) { q, e, x, mask in
                    self.gen.store(x, Strip(base: out, start: self.gen.add(self.gen.int(dP), promptRows[q].start)), e, mask: mask)
                }
            }
        }
    }

    /// Pass 2, per block of A's rows: dA[i] = Σ_j probs[j, i]·dPA[j] + dS[j, i]·PB[j] — columns
    /// of the (S, M) scratch matrices as the row tile's weights.
    private func factoredGradA(_ v: ValueID, _ p: FactoredPromptAttentionPlan, dA: Int) {
        let (s, m, r) = (p.rows, p.keys, p.rank)
        let tiles = EPTTiles(vectorBits: options.vectorWidth)
        let n = tiles.rows
        let at = p.scratch
        tiledKernel(blocks: tiles.blocks(m), work: 2 * n * s * r) { args in
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, self.gen.f32)
            return { block in
                let keys = self.clampedRows(block, count: n, rows: m)
                let column = { (base: Int) in keys.map { Strip(base: work, start: self.gen.add(self.gen.int(base), $0)) } }
                self.weightedRows(tiles, width: r, terms: s,
                                  runs: [(column(at.probs), { self.matrixRow(self.gen.gep(self.gen.f32, work, self.gen.int(at.dpa)), $0, width: r) }),
                                         (column(at.dScores), { self.matrixRow(self.gen.gep(self.gen.f32, work, self.gen.int(at.pb)), $0, width: r) })],
                                  stride: m) { q, e, x, mask in
                    self.gen.store(x, Strip(base: out, start: self.gen.add(self.gen.int(dA), self.gen.mul(keys[q], self.gen.int(r)))),
                                   e, mask: mask)
                }
            }
        }
    }

    /// Pass 3, per block of B's rows: Y[k] = Σ_j PA[j, k]·dy[j] into scratch (pass 4 reads it),
    /// then dB[k] = c·λ ⊙ Y[k] + Σ_j dPB[j, k]·P[j] (at `dB` in the packed result).
    private func factoredGradB(_ v: ValueID, _ p: FactoredPromptAttentionPlan, adjoint: Int, dB: Int?) {
        let (s, d, r) = (p.rows, p.width, p.rank)
        let tiles = EPTTiles(vectorBits: options.vectorWidth)
        let (n, lanes) = (tiles.rows, tiles.lanes)
        let at = p.scratch
        tiledKernel(blocks: tiles.blocks(r), work: 2 * n * s * d) { args in
            let pointer = { (i: Int) in self.valuePointer(self.outerInput(v, i), args) }
            let (prompt, lambda, dy) = (pointer(p.prompt), p.lambda.map(pointer), pointer(adjoint))
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, self.gen.f32)
            let c = self.splat(p.knowledgeScale, lanes: lanes)
            return { block in
                let ks = self.clampedRows(block, count: n, rows: r)
                let column = { (base: Int) in ks.map { Strip(base: work, start: self.gen.add(self.gen.int(base), $0)) } }
                let y = self.scratchRows(work, at.y, ks, width: d)
                self.weightedRows(tiles, width: d, terms: s, runs: [(column(at.pa), { self.matrixRow(dy, $0, width: d) })],
                                  stride: r) { q, e, x, mask in
                    self.gen.store(x, y[q], e, mask: mask)
                }
                guard let dB else { return }
                self.weightedRows(tiles, width: d, terms: s, runs: [(column(at.dpb), { self.matrixRow(prompt, $0, width: d) })],
                                  stride: r, initial: { q, e, mask in
                    let scaled = self.gen.fmul(self.gen.load(y[q], e, lanes: lanes, mask: mask), c)
                    guard let lambda else { return scaled }
                    return self.gen.fmul(scaled, self.gen.load(Strip(base: lambda, start: self.gen.int(0)), e, lanes: lanes, mask: mask))
                }) { q, e, x, mask in
                    self.gen.store(x, Strip(base: out, start: self.gen.add(self.gen.int(dB), self.gen.mul(ks[q], self.gen.int(d)))),
                                   e, mask: mask)
                }
            }
        }
    }

    /// Pass 4: dλ = c·Σ_k B[k] ⊙ Y[k], one thread, k in order.
    private func factoredGradLambda(_ v: ValueID, _ p: FactoredPromptAttentionPlan, dLambda: Int) {
        let (d, r) = (p.width, p.rank)
        let lanes = EPTTiles(vectorBits: options.vectorWidth).lanes
        kernel(outer: 1, workPerIteration: r * d) { args in
            let b = self.valuePointer(self.outerInput(v, p.b), args)
            let out = self.valuePointer(v, args)
            let y = self.gen.gep(self.gen.f32, self.scratchPointer(v, args, self.gen.f32), self.gen.int(p.scratch.y))
            let c = self.splat(p.knowledgeScale, lanes: lanes)
            return { _ in
                self.gen.columnChunks(width: d, lanes: lanes, vectors: 1) { e, masks in
                    let zero = LLVMConstNull(self.gen.vectorType(self.gen.f32, lanes))!
                    let sum = self.gen.loop(count: r, carrying: [zero]) { k, acc in
                        [self.gen.vectorFMA(self.gen.load(self.matrixRow(b, k, width: d), e, lanes: lanes, mask: masks[0]),
                                            self.gen.load(self.matrixRow(y, k, width: d), e, lanes: lanes, mask: masks[0]), acc[0])]
                    }[0]
                    self.gen.store(self.gen.fmul(sum, c), Strip(base: out, start: self.gen.int(dLambda)), e, mask: masks[0])
                }
            }
        }
    }
}
