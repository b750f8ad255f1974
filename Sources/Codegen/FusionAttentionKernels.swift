import CLLVM
import IR
import Passes

/// (c) `fusion_attention` and its backward: softmax(c·P·Kᵀ)·K ⊙ λ one prompt row at a time.
extension EntryLowerer {
    /// Row j's probabilities into `probs[0..<M]`: c·P[j]·K[i] for every key i, then softmax in
    /// place (softmaxLine).
    private func attentionRow(_ p: FusionAttentionPlan, row: LLVMValueRef, prompt: @escaping (LLVMValueRef) -> LLVMValueRef,
                              keys: @escaping (LLVMValueRef) -> LLVMValueRef, probs: LLVMValueRef) {
        let (m, d) = (p.keys, p.width)
        let t = gen.f32
        gen.loop(count: m) { i, _ in
            let key = self.gen.mul(i, self.gen.int(d))
            var dot = self.gen.sum(count: d, unrolled: true, t) { e in
                self.gen.fmul(prompt(self.gen.add(row, e)), keys(self.gen.add(key, e)))
            }
            if let c = p.scale { dot = self.gen.fmul(dot, self.gen.fconst(c, t)) }
            self.gen.store(dot, probs, i, t)
            return []
        }
        softmaxLine({ i in self.gen.load(t, probs, i) }, probs, base: gen.int(0), length: m, inner: 1, t,
                    log: false, parkExps: true)
    }

    /// dst[e] = Σ_i w[i]·K[i, e] (dst zeroed first), as the matmul accumulates it.
    private func weightedKeys(_ p: FusionAttentionPlan, weights: LLVMValueRef, keys: (LLVMValueRef) -> LLVMValueRef,
                              into dst: LLVMValueRef, at base: LLVMValueRef) {
        let t = gen.f32
        gen.loop(count: p.width) { e, _ in
            self.gen.store(self.gen.fconst(0, t), dst, self.gen.add(base, e), t)
            return []
        }
        gen.loop(count: p.keys) { i, _ in
            let w = self.gen.load(t, weights, i)
            let key = self.gen.mul(i, self.gen.int(p.width))
            self.gen.loop(count: p.width) { e, _ in
                let at = self.gen.add(base, e)
                self.gen.store(self.gen.fmuladd(w, keys(self.gen.add(key, e)), self.gen.load(t, dst, at)), dst, at, t)
                return []
            }
            return []
        }
    }

    /// Flash-style: per prompt row, its M scores live in a stack row, never in a (S, M) matrix.
    func emitFusionAttention(_ v: ValueID, _ p: FusionAttentionPlan) {
        let t = gen.f32
        let input = { (i: Int) in self.outerInput(v, i) }
        kernel(outer: p.rows, workPerIteration: 2 * p.keys * p.width) { args in
            let prompt = self.reader(input(p.prompt), args), keys = self.reader(input(p.knowledge), args)
            let lambda = p.lambda.map { self.reader(input($0), args) }
            let out = self.valuePointer(v, args)
            let probs = LLVMBuildArrayAlloca(self.gen.builder, t, self.gen.int(p.keys), "scores")!
            return { j in
                let row = self.gen.mul(j, self.gen.int(p.width))
                self.attentionRow(p, row: row, prompt: prompt, keys: keys, probs: probs)
                self.weightedKeys(p, weights: probs, keys: keys, into: out, at: row)
                if let lambda {
                    self.gen.loop(count: p.width) { e, _ in
                        let at = self.gen.add(row, e)
                        self.gen.store(self.gen.fmul(self.gen.load(t, out, at), lambda(e)), out, at, t)
                        return []
                    }
                }
            }
        }
    }

    /// Scratch of the backward kernel, in f32 elements: probabilities and score gradients (S, M)
    /// each, then F (S, D).
    private func attentionScratch(_ p: FusionAttentionPlan) -> (probs: Int, dScores: Int, values: Int) {
        (0, p.rows * p.keys, 2 * p.rows * p.keys)
    }

    /// The packed gradients of P, K, λ (in input order) from dy, in three parallel passes:
    /// prompt rows (probabilities, score gradients, dP, F — per row, as the forward), key rows
    /// (dK[i] = Σ_j p[j, i]·dF[j] + Σ_j dS[j, i]·P[j], dF = dy ⊙ λ), columns (dλ = Σ_j dy ⊙ F).
    func emitFusionAttentionGrad(_ v: ValueID, _ p: FusionAttentionPlan, adjoint: Int, outputs: [Int]) {
        let (s, m, d) = (p.rows, p.keys, p.width)
        let t = gen.f32
        let input = { (i: Int) in self.outerInput(v, i) }
        var offset: [Int: Int] = [:]
        var total = 0
        for i in outputs {
            offset[i] = total
            total += type(input(i)).elementCount
        }
        let scratch = attentionScratch(p)
        let dF = { (dy: (LLVMValueRef) -> LLVMValueRef, lambda: ((LLVMValueRef) -> LLVMValueRef)?, j: LLVMValueRef,
                    e: LLVMValueRef) -> LLVMValueRef in
            let y = dy(self.gen.offset(e, j, stride: d))
            return lambda.map { self.gen.fmul(y, $0(e)) } ?? y
        }
        // Rows: p, F, dp_i = dF·K[i], δ = Σ p·dp, dS = c·p ⊙ (dp − δ), dP[j] = Σ_i dS_i·K[i].
        kernel(outer: s, workPerIteration: 4 * m * d) { args in
            let prompt = self.reader(input(p.prompt), args), keys = self.reader(input(p.knowledge), args)
            let lambda = p.lambda.map { self.reader(input($0), args) }, dy = self.reader(input(adjoint), args)
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            return { j in
                let row = self.gen.mul(j, self.gen.int(d))
                let probs = self.gen.gep(t, work, self.gen.offset(self.gen.int(scratch.probs), j, stride: m))
                let dS = self.gen.gep(t, work, self.gen.offset(self.gen.int(scratch.dScores), j, stride: m))
                self.attentionRow(p, row: row, prompt: prompt, keys: keys, probs: probs)
                if p.lambda != nil {
                    self.weightedKeys(p, weights: probs, keys: keys, into: work,
                                      at: self.gen.offset(self.gen.int(scratch.values), j, stride: d))
                }
                let delta = self.gen.loop(count: m, carrying: [self.gen.fconst(0, t)]) { i, acc in
                    let key = self.gen.mul(i, self.gen.int(d))
                    let dp = self.gen.sum(count: d, unrolled: true, t) { e in
                        self.gen.fmul(dF(dy, lambda, j, e), keys(self.gen.add(key, e)))
                    }
                    self.gen.store(dp, dS, i, t)
                    return [self.gen.fadd(acc[0], self.gen.fmul(dp, self.gen.load(t, probs, i)))]
                }[0]
                self.gen.loop(count: m) { i, _ in
                    var ds = self.gen.fmul(self.gen.load(t, probs, i), self.gen.fsub(self.gen.load(t, dS, i), delta))
                    if let c = p.scale { ds = self.gen.fmul(ds, self.gen.fconst(c, t)) }
                    self.gen.store(ds, dS, i, t)
                    return []
                }
                self.weightedKeys(p, weights: dS, keys: keys, into: out,
                                  at: self.gen.add(self.gen.int(offset[p.prompt] ?? 0), row))
            }
        }
        // Key rows: dK[i, e] = Σ_j p[j, i]·dF[j, e], then + Σ_j dS[j, i]·P[j, e].
        kernel(outer: m, workPerIteration: 2 * s * d) { args in
            let prompt = self.reader(input(p.prompt), args)
            let lambda = p.lambda.map { self.reader(input($0), args) }, dy = self.reader(input(adjoint), args)
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            return { i in
                let base = self.gen.offset(self.gen.int(offset[p.knowledge] ?? 0), i, stride: d)
                self.gen.loop(count: d) { e, _ in
                    self.gen.store(self.gen.fconst(0, t), out, self.gen.add(base, e), t)
                    return []
                }
                for (weights, source) in [(scratch.probs, 0), (scratch.dScores, 1)] {
                    self.gen.loop(count: s) { j, _ in
                        let w = self.gen.load(t, work, self.gen.add(self.gen.int(weights), self.gen.offset(i, j, stride: m)))
                        self.gen.loop(count: d) { e, _ in
                            let x = source == 0 ? dF(dy, lambda, j, e) : prompt(self.gen.offset(e, j, stride: d))
                            let at = self.gen.add(base, e)
                            self.gen.store(self.gen.fmuladd(w, x, self.gen.load(t, out, at)), out, at, t)
                            return []
                        }
                        return []
                    }
                }
            }
        }
        guard let lambdaInput = p.lambda else { return }
        // Columns: dλ[e] = Σ_j dy[j, e]·F[j, e].
        kernel(outer: 1, workPerIteration: s * d) { args in
            let dy = self.reader(input(adjoint), args)
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            let base = self.gen.int(offset[lambdaInput] ?? 0)
            return { _ in
                self.gen.loop(count: d) { e, _ in
                    let sum = self.gen.loop(count: s, carrying: [self.gen.fconst(0, t)]) { j, acc in
                        let at = self.gen.offset(e, j, stride: d)
                        let f = self.gen.load(t, work, self.gen.add(self.gen.int(scratch.values), at))
                        return [self.gen.fadd(acc[0], self.gen.fmul(dy(at), f))]
                    }[0]
                    self.gen.store(sum, out, self.gen.add(base, e), t)
                    return []
                }
            }
        }
    }
}
