import CLLVM
import IR
import Passes

/// (a) `lowrank_embedding_add` and its backward (Passes/Fusion/EPTPatterns.swift): the encoder
/// input written in one pass over its rows, and the prompt's and the low-rank update's
/// gradients summed over the batch in one pass over the input's gradient.
extension EntryLowerer {
    /// out[b, t] = P*[t] (t < S), else table[ids[b, t − S]] + c·X[r0 + t − S]; then dropout.
    /// One row of D per iteration, rows in parallel; ids checked first, as gather checks them.
    func emitLowRankEmbedding(_ v: ValueID, _ p: LowRankEmbeddingPlan) {
        let (s, l, d) = (p.promptRows, p.length, p.width)
        let rows = s + l
        let t = gen.f32
        let input = { (i: Int) in self.outerInput(v, i) }
        validateIds(v, ids: input(p.ids), rows: p.vocabulary)
        kernel(outer: p.batch * rows, workPerIteration: d) { args in
            let prompt = self.reader(input(p.prompt), args), table = self.reader(input(p.table), args)
            let ids = self.reader(input(p.ids), args), source = self.reader(input(p.source), args)
            let out = self.valuePointer(v, args)
            let key = p.seed.map { self.gen.dropoutKey(seed: self.reader(input($0), args)(self.gen.int(0))) }
            return { r in
                let b = LLVMBuildSDiv(self.gen.builder, r, self.gen.int(rows), "")!
                let row = LLVMBuildSRem(self.gen.builder, r, self.gen.int(rows), "")!
                let base = self.gen.mul(r, self.gen.int(d))
                let write = { (e: LLVMValueRef, x: LLVMValueRef) in
                    let flat = self.gen.add(base, e)
                    let y = key.map { self.gen.dropout(x, key: $0, index: flat, rate: p.rate, .f32) } ?? x
                    self.gen.store(y, out, flat, t)
                }
                let isPrompt = self.gen.icmp(LLVMIntSLT, row, self.gen.int(s))
                self.gen.ifThen(isPrompt) {
                    let from = self.gen.mul(row, self.gen.int(d))
                    self.gen.loop(count: d) { e, _ in
                        write(e, prompt(self.gen.add(from, e)))
                        return []
                    }
                }
                self.gen.ifThen(self.gen.icmp(LLVMIntSGE, row, self.gen.int(s))) {
                    let position = self.gen.sub(row, self.gen.int(s))
                    let id = LLVMBuildSExt(self.gen.builder, ids(self.gen.offset(position, b, stride: l)), self.gen.i64, "")!
                    let tableRow = self.gen.mul(id, self.gen.int(d))
                    let sourceRow = self.gen.mul(self.gen.add(position, self.gen.int(p.firstRow)), self.gen.int(d))
                    self.gen.loop(count: d) { e, _ in
                        var update = source(self.gen.add(sourceRow, e))
                        if let c = p.scale { update = self.gen.fmul(update, self.gen.fconst(c, t)) }
                        write(e, self.gen.fadd(table(self.gen.add(tableRow, e)), update))
                        return []
                    }
                }
            }
        }
    }

    /// The packed gradients [dP* | dX] (in input order): row o < S of dP* is Σ_b drop(g)[b, o];
    /// row r of dX is c·Σ_b drop(g)[b, S + r − r0] inside the L rows the forward read, else 0.
    /// One output row per iteration, in parallel; the batch sum runs over whole rows, so each
    /// step is a vector add.
    func emitLowRankEmbeddingGrad(_ v: ValueID, _ p: LowRankEmbeddingPlan, adjoint: Int, outputs: [Int]) {
        let (s, l, d) = (p.promptRows, p.length, p.width)
        let rows = s + l
        let t = gen.f32
        let input = { (i: Int) in self.outerInput(v, i) }
        let sourceRows = type(input(p.source)).shape[0]
        var offset: [Int: Int] = [:]
        var next = 0
        for k in outputs {
            offset[k] = next
            next += type(input(k)).elementCount
        }
        let (promptAt, sourceAt) = (offset[p.prompt] ?? 0, offset[p.source] ?? 0)
        kernel(outer: s + sourceRows, workPerIteration: p.batch * d) { args in
            let g = self.reader(input(adjoint), args)
            let out = self.valuePointer(v, args)
            let key = p.seed.map { self.gen.dropoutKey(seed: self.reader(input($0), args)(self.gen.int(0))) }
            // dst[e] = (Σ_b drop(g[b, row, e]))·scale, b in order.
            let rowSum = { (dst: LLVMValueRef, row: LLVMValueRef, scale: Double?) in
                let term = { (b: LLVMValueRef, e: LLVMValueRef) -> LLVMValueRef in
                    let flat = self.gen.add(self.gen.mul(self.gen.add(self.gen.mul(b, self.gen.int(rows)), row),
                                                         self.gen.int(d)), e)
                    let x = g(flat)
                    return key.map { self.gen.dropout(x, key: $0, index: flat, rate: p.rate, .f32) } ?? x
                }
                self.gen.loop(count: d) { e, _ in
                    self.gen.store(term(self.gen.int(0), e), out, self.gen.add(dst, e), t)
                    return []
                }
                self.gen.loop(self.gen.int(1), self.gen.int(p.batch)) { b, _ in
                    self.gen.loop(count: d) { e, _ in
                        let at = self.gen.add(dst, e)
                        self.gen.store(self.gen.fadd(self.gen.load(t, out, at), term(b, e)), out, at, t)
                        return []
                    }
                    return []
                }
                if let c = scale {
                    self.gen.loop(count: d) { e, _ in
                        let at = self.gen.add(dst, e)
                        self.gen.store(self.gen.fmul(self.gen.load(t, out, at), self.gen.fconst(c, t)), out, at, t)
                        return []
                    }
                }
            }
            return { o in
                self.gen.ifThen(self.gen.icmp(LLVMIntSLT, o, self.gen.int(s))) {
                    rowSum(self.gen.offset(self.gen.int(promptAt), o, stride: d), o, nil)
                }
                self.gen.ifThen(self.gen.icmp(LLVMIntSGE, o, self.gen.int(s))) {
                    let r = self.gen.sub(o, self.gen.int(s))
                    let dst = self.gen.offset(self.gen.int(sourceAt), r, stride: d)
                    let first = self.gen.icmp(LLVMIntSGE, r, self.gen.int(p.firstRow))
                    let last = self.gen.icmp(LLVMIntSLT, r, self.gen.int(p.firstRow + l))
                    let inside = LLVMBuildAnd(self.gen.builder, first, last, "")!
                    self.gen.ifThen(inside) {
                        rowSum(dst, self.gen.add(self.gen.sub(r, self.gen.int(p.firstRow)), self.gen.int(s)), p.scale)
                    }
                    self.gen.ifThen(LLVMBuildNot(self.gen.builder, inside, "")!) {
                        self.gen.loop(count: d) { e, _ in
                            self.gen.store(self.gen.fconst(0, t), out, self.gen.add(dst, e), t)
                            return []
                        }
                    }
                }
            }
        }
    }
}
