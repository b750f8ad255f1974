import CLLVM
import IR
import Passes

/// (c) `prompt_attention` and its backward: softmax(c·P·Kᵀ)·K ⊙ λ, flash-style — a few prompt
/// rows at a time, their scores on the stack, never an (S, M) score matrix in the forward.
///
/// Rows go in blocks of `rowBlock` (4 where S allows): every knowledge row K[i] is then loaded
/// once per block rather than once per prompt row, and stays in L1 while the block's rows use
/// it. K is m·d floats (512 KB at m 256, d 512: larger than a Zen 3 core's L2), so one row at a
/// time streamed it from L3 twice per prompt row.
extension EntryLowerer {
    /// Prompt rows per block: 4, 2 or 1, whichever divides S first.
    private func rowBlock(_ rows: Int) -> Int { [4, 2, 1].first { rows % $0 == 0 } ?? 1 }

    /// The block's probabilities into `probs[q·M + i]` (q < r): c·P[j0 + q]·K[i] for every key i,
    /// then softmax of each row in place (softmaxLine).
    private func attentionRows(_ p: PromptAttentionPlan, rows r: Int, first j0: LLVMValueRef,
                               prompt: @escaping (LLVMValueRef) -> LLVMValueRef,
                               keys: @escaping (LLVMValueRef) -> LLVMValueRef, probs: LLVMValueRef) {
        let (m, d) = (p.keys, p.width)
        let t = gen.f32
        gen.loop(count: m) { i, _ in
            let key = self.gen.mul(i, self.gen.int(d))
            for q in 0..<r {
                let row = self.gen.mul(self.gen.add(j0, self.gen.int(q)), self.gen.int(d))
                var dot = self.gen.sum(count: d, unrolled: true, t) { e in
                    self.gen.fmul(prompt(self.gen.add(row, e)), keys(self.gen.add(key, e)))
                }
                if let c = p.scale { dot = self.gen.fmul(dot, self.gen.fconst(c, t)) }
                self.gen.store(dot, probs, self.gen.offset(i, self.gen.int(q), stride: m), t)
            }
            return []
        }
        for q in 0..<r {
            softmaxLine({ i in self.gen.load(t, probs, i) }, probs, base: gen.int(q * m), length: m, inner: 1, t,
                        log: false, parkExps: true)
        }
    }

    /// out(q, e) = Σ_t weight(q, t)·value(t, e) over the terms of each run in `runs` (in order),
    /// for r rows q and D columns e: register-blocked as a GEMM micro-kernel — per chunk of
    /// `chunk` columns the r × chunk sums stay in registers across all terms (the SLP vectorizer
    /// makes them r vector accumulators), each value row chunk is loaded once per r rows, and
    /// every sum is stored once. Terms are added in order, as the matmul accumulates them.
    private func blockedWeightedSum(rows r: Int, width d: Int,
                                    runs: [(terms: Int, weight: (Int, LLVMValueRef) -> LLVMValueRef,
                                            value: (LLVMValueRef, LLVMValueRef) -> LLVMValueRef)],
                                    store: (Int, LLVMValueRef, LLVMValueRef) -> Void) {
        let chunk = [16, 8, 4, 1].first { d % $0 == 0 } ?? 1
        let t = gen.f32
        gen.loop(count: d / chunk) { block, _ in
            let e0 = self.gen.mul(block, self.gen.int(chunk))
            var sums = Array(repeating: self.gen.fconst(0, t), count: r * chunk)
            for run in runs {
                sums = self.gen.loop(count: run.terms, carrying: sums) { term, acc in
                    let values = (0..<chunk).map { c in run.value(term, self.gen.add(e0, self.gen.int(c))) }
                    var next = acc
                    for q in 0..<r {
                        let w = run.weight(q, term)
                        for c in 0..<chunk { next[q * chunk + c] = self.gen.fmuladd(w, values[c], acc[q * chunk + c]) }
                    }
                    return next
                }
            }
            for q in 0..<r {
                for c in 0..<chunk { store(q, self.gen.add(e0, self.gen.int(c)), sums[q * chunk + c]) }
            }
            return []
        }
    }

    /// dst[base + q·D + e] = Σ_i w[q·M + i]·K[i, e] for the block's rows q.
    private func weightedKeys(_ p: PromptAttentionPlan, rows r: Int, weights: LLVMValueRef,
                              keys: @escaping (LLVMValueRef) -> LLVMValueRef, into dst: LLVMValueRef, at base: LLVMValueRef) {
        let t = gen.f32
        let (m, d) = (p.keys, p.width)
        blockedWeightedSum(rows: r, width: d, runs: [(
            terms: m,
            weight: { q, i in self.gen.load(t, weights, self.gen.offset(i, self.gen.int(q), stride: m)) },
            value: { i, e in keys(self.gen.offset(e, i, stride: d)) }
        )]) { q, e, x in
            self.gen.store(x, dst, self.gen.add(base, self.gen.offset(e, self.gen.int(q), stride: d)), t)
        }
    }

    func emitPromptAttention(_ v: ValueID, _ p: PromptAttentionPlan) {
        let t = gen.f32
        let r = rowBlock(p.rows)
        let input = { (i: Int) in self.outerInput(v, i) }
        kernel(outer: p.rows / r, workPerIteration: 2 * r * p.keys * p.width) { args in
            let prompt = self.reader(input(p.prompt), args), keys = self.reader(input(p.knowledge), args)
            let lambda = p.lambda.map { self.reader(input($0), args) }
            let out = self.valuePointer(v, args)
            let probs = LLVMBuildArrayAlloca(self.gen.builder, t, self.gen.int(r * p.keys), "scores")!
            return { block in
                let j0 = self.gen.mul(block, self.gen.int(r))
                let base = self.gen.mul(j0, self.gen.int(p.width))
                self.attentionRows(p, rows: r, first: j0, prompt: prompt, keys: keys, probs: probs)
                self.weightedKeys(p, rows: r, weights: probs, keys: keys, into: out, at: base)
                if let lambda {
                    for q in 0..<r {
                        self.gen.loop(count: p.width) { e, _ in
                            let at = self.gen.add(base, self.gen.add(self.gen.int(q * p.width), e))
                            self.gen.store(self.gen.fmul(self.gen.load(t, out, at), lambda(e)), out, at, t)
                            return []
                        }
                    }
                }
            }
        }
    }

    /// Where the backward keeps what its passes share, in f32 elements of its scratch: the
    /// probabilities and the score gradients (S, M) each, F and dF = dy ⊙ λ (S, D) each.
    private func attentionScratch(_ p: PromptAttentionPlan) -> (probs: Int, dScores: Int, values: Int, dValues: Int) {
        let sm = p.rows * p.keys, sd = p.rows * p.width
        return (0, sm, 2 * sm, 2 * sm + sd)
    }

    /// The packed gradients of P, K, λ (in input order) from dy, in three parallel passes:
    /// prompt-row blocks (as the forward: probabilities, F; then dp_i = dF·K[i], δ = Σ p·dp,
    /// dS = c·p ⊙ (dp − δ), dP[j] = Σ_i dS_i·K[i]); key-row blocks (dK[i] = Σ_j p[j, i]·dF[j], then
    /// + Σ_j dS[j, i]·P[j]); λ's columns (dλ = Σ_j dy[j] ⊙ F[j]).
    func emitPromptAttentionGrad(_ v: ValueID, _ p: PromptAttentionPlan, adjoint: Int, outputs: [Int]) {
        let offset = packedOffsets(v, outputs)
        attentionGradRows(v, p, adjoint: adjoint, offset: offset)
        attentionGradKeys(v, p, offset: offset)
        attentionGradLambda(v, p, adjoint: adjoint, offset: offset)
    }

    /// Prompt-row blocks: probabilities, F, dF, score gradients into scratch; dP into the output.
    private func attentionGradRows(_ v: ValueID, _ p: PromptAttentionPlan, adjoint: Int, offset: [Int: Int]) {
        let (s, m, d) = (p.rows, p.keys, p.width)
        let t = gen.f32
        let r = rowBlock(s)
        let input = { (i: Int) in self.outerInput(v, i) }
        let scratch = attentionScratch(p)
        kernel(outer: s / r, workPerIteration: 4 * r * m * d) { args in
            let prompt = self.reader(input(p.prompt), args), keys = self.reader(input(p.knowledge), args)
            let lambda = p.lambda.map { self.reader(input($0), args) }, dy = self.reader(input(adjoint), args)
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            return { block in
                let j0 = self.gen.mul(block, self.gen.int(r))
                let rowBase = self.gen.mul(j0, self.gen.int(d))
                let probs = self.gen.gep(t, work, self.gen.offset(self.gen.int(scratch.probs), j0, stride: m))
                let dS = self.gen.gep(t, work, self.gen.offset(self.gen.int(scratch.dScores), j0, stride: m))
                let dF = self.gen.gep(t, work, self.gen.add(self.gen.int(scratch.dValues), rowBase))
                self.attentionRows(p, rows: r, first: j0, prompt: prompt, keys: keys, probs: probs)
                if p.lambda != nil {
                    self.weightedKeys(p, rows: r, weights: probs, keys: keys, into: work,
                                      at: self.gen.add(self.gen.int(scratch.values), rowBase))
                }
                for q in 0..<r {
                    self.gen.loop(count: d) { e, _ in
                        let at = self.gen.add(self.gen.int(q * d), e)
                        let y = dy(self.gen.add(rowBase, at))
                        self.gen.store(lambda.map { self.gen.fmul(y, $0(e)) } ?? y, dF, at, t)
                        return []
                    }
                }
                self.gen.loop(count: m) { i, _ in
                    let key = self.gen.mul(i, self.gen.int(d))
                    for q in 0..<r {
                        let dp = self.gen.sum(count: d, unrolled: true, t) { e in
                            self.gen.fmul(self.gen.load(t, dF, self.gen.add(self.gen.int(q * d), e)), keys(self.gen.add(key, e)))
                        }
                        self.gen.store(dp, dS, self.gen.offset(i, self.gen.int(q), stride: m), t)
                    }
                    return []
                }
                for q in 0..<r {
                    let at = { (i: LLVMValueRef) in self.gen.offset(i, self.gen.int(q), stride: m) }
                    let delta = self.gen.loop(count: m, carrying: [self.gen.fconst(0, t)]) { i, acc in
                        [self.gen.fadd(acc[0], self.gen.fmul(self.gen.load(t, dS, at(i)), self.gen.load(t, probs, at(i))))]
                    }[0]
                    self.gen.loop(count: m) { i, _ in
                        var ds = self.gen.fmul(self.gen.load(t, probs, at(i)), self.gen.fsub(self.gen.load(t, dS, at(i)), delta))
                        if let c = p.scale { ds = self.gen.fmul(ds, self.gen.fconst(c, t)) }
                        self.gen.store(ds, dS, at(i), t)
                        return []
                    }
                }
                self.weightedKeys(p, rows: r, weights: dS, keys: keys, into: out,
                                  at: self.gen.add(self.gen.int(offset[p.prompt] ?? 0), rowBase))
            }
        }
    }

    /// Key-row blocks: dK from the probabilities, dF, the score gradients and P.
    private func attentionGradKeys(_ v: ValueID, _ p: PromptAttentionPlan, offset: [Int: Int]) {
        let (s, m, d) = (p.rows, p.keys, p.width)
        let t = gen.f32
        let rk = rowBlock(m)
        let input = { (i: Int) in self.outerInput(v, i) }
        let scratch = attentionScratch(p)
        kernel(outer: m / rk, workPerIteration: 2 * rk * s * d) { args in
            let prompt = self.reader(input(p.prompt), args)
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            return { block in
                let i0 = self.gen.mul(block, self.gen.int(rk))
                let base = self.gen.add(self.gen.int(offset[p.knowledge] ?? 0), self.gen.mul(i0, self.gen.int(d)))
                // Weight of prompt row j for key i0 + q in a (S, M) scratch matrix.
                let weight = { (matrix: Int) in { (q: Int, j: LLVMValueRef) -> LLVMValueRef in
                    self.gen.load(t, work, self.gen.add(self.gen.int(matrix),
                                                        self.gen.offset(self.gen.add(i0, self.gen.int(q)), j, stride: m)))
                } }
                self.blockedWeightedSum(rows: rk, width: d, runs: [
                    (terms: s, weight: weight(scratch.probs), value: { j, e in
                        self.gen.load(t, work, self.gen.add(self.gen.int(scratch.dValues), self.gen.offset(e, j, stride: d)))
                    }),
                    (terms: s, weight: weight(scratch.dScores), value: { j, e in prompt(self.gen.offset(e, j, stride: d)) }),
                ]) { q, e, x in
                    self.gen.store(x, out, self.gen.add(base, self.gen.offset(e, self.gen.int(q), stride: d)), t)
                }
            }
        }
    }

    /// λ's columns: dλ = Σ_j dy[j] ⊙ F[j].
    private func attentionGradLambda(_ v: ValueID, _ p: PromptAttentionPlan, adjoint: Int, offset: [Int: Int]) {
        let (s, d) = (p.rows, p.width)
        let t = gen.f32
        let input = { (i: Int) in self.outerInput(v, i) }
        let scratch = attentionScratch(p)
        guard let lambdaInput = p.lambda else { return }
        kernel(outer: 1, workPerIteration: s * d) { args in
            let dy = self.reader(input(adjoint), args)
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            let base = self.gen.int(offset[lambdaInput] ?? 0)
            return { _ in
                self.gen.loop(count: d) { e, _ in
                    self.gen.store(self.gen.fconst(0, t), out, self.gen.add(base, e), t)
                    return []
                }
                self.gen.loop(count: s) { j, _ in
                    self.gen.loop(count: d) { e, _ in
                        let at = self.gen.offset(e, j, stride: d)
                        let f = self.gen.load(t, work, self.gen.add(self.gen.int(scratch.values), at))
                        let to = self.gen.add(base, e)
                        self.gen.store(self.gen.fadd(self.gen.load(t, out, to), self.gen.fmul(dy(at), f)), out, to, t)
                        return []
                    }
                    return []
                }
            }
        }
    }
}
