import CLLVM
import IR
import Passes

/// (b) `gated_projection` and its backward: everything per prompt row, the N gate logits and
/// the N·k down-projected values in registers (N = 4, k = 4 by default: 20 accumulators).
extension EntryLowerer {
    /// The prompt row's N gate logits and N·k space coordinates, P[j]·W_g and P[j]·D_i, from one
    /// pass over the row: [logits (N)] + [h_0 (k)] + … + [h_{N−1} (k)].
    private func gatedRowProducts(_ p: GatedProjectionPlan, row: LLVMValueRef, prompt: (LLVMValueRef) -> LLVMValueRef,
                                  gate: (LLVMValueRef) -> LLVMValueRef,
                                  downs: [(LLVMValueRef) -> LLVMValueRef]) -> [LLVMValueRef] {
        let (n, k) = (p.spaces, p.spaceWidth)
        let zero = gen.fconst(0, gen.f32)
        return gen.loop(count: p.width, carrying: Array(repeating: zero, count: n + n * k)) { c, acc in
            let x = prompt(self.gen.add(row, c))
            var next = acc
            for m in 0..<n { next[m] = self.gen.fmuladd(x, gate(self.gen.offset(self.gen.int(m), c, stride: n)), acc[m]) }
            for i in 0..<n {
                for q in 0..<k {
                    next[n + i * k + q] = self.gen.fmuladd(x, downs[i](self.gen.offset(self.gen.int(q), c, stride: k)),
                                                          acc[n + i * k + q])
                }
            }
            return next
        }
    }

    /// softmax of a few scalars: exp(x − max) / Σ, the sum in order (as softmaxLine).
    private func scalarSoftmax(_ x: [LLVMValueRef]) -> [LLVMValueRef] {
        let t = gen.f32
        let m = x.dropFirst().reduce(gen.maxStep(gen.fconst(-.infinity, t), x[0])) { gen.maxStep($0, $1) }
        let e = x.map { gen.exp(gen.fsub($0, m)) }
        let s = e.dropFirst().reduce(gen.fadd(gen.fconst(0, t), e[0])) { gen.fadd($0, $1) }
        return e.map { gen.fdiv($0, s) }
    }

    /// u_i[e] = Σ_q h_i[q]·U_i[q, e], as the matmul accumulates it.
    private func spaceUpdate(_ h: ArraySlice<LLVMValueRef>, _ up: (LLVMValueRef) -> LLVMValueRef, e: LLVMValueRef,
                             width: Int) -> LLVMValueRef {
        h.enumerated().reduce(gen.fconst(0, gen.f32)) { u, qh in
            gen.fmuladd(qh.element, up(gen.offset(e, gen.int(qh.offset), stride: width)), u)
        }
    }

    /// out[j, e] = Σ_i G[j, i]·(P[j, e] + u_i[e]), prompt rows in parallel.
    func emitGatedProjection(_ v: ValueID, _ p: GatedProjectionPlan) {
        let (n, k, d) = (p.spaces, p.spaceWidth, p.width)
        let t = gen.f32
        let input = { (i: Int) in self.outerInput(v, i) }
        kernel(outer: p.rows, workPerIteration: d * n * (2 * k + 1)) { args in
            let prompt = self.reader(input(p.prompt), args), gate = self.reader(input(p.gateWeight), args)
            let downs = p.downs.map { self.reader(input($0), args) }, ups = p.ups.map { self.reader(input($0), args) }
            let out = self.valuePointer(v, args)
            return { j in
                let row = self.gen.mul(j, self.gen.int(d))
                let products = self.gatedRowProducts(p, row: row, prompt: prompt, gate: gate, downs: downs)
                let g = self.scalarSoftmax(Array(products[0..<n]))
                self.gen.loop(count: d) { e, _ in
                    let x = prompt(self.gen.add(row, e))
                    var sum: LLVMValueRef?
                    for i in 0..<n {
                        let h = products[(n + i * k)..<(n + (i + 1) * k)]
                        let term = self.gen.fmul(g[i], self.gen.fadd(x, self.spaceUpdate(h, ups[i], e: e, width: d)))
                        sum = sum.map { self.gen.fadd($0, term) } ?? term
                    }
                    self.gen.store(sum!, out, self.gen.add(row, e), t)
                    return []
                }
            }
        }
    }

    /// The packed gradients of P, W_g, D_i, U_i (in input order) from dy = ∂L/∂out. One kernel,
    /// prompt rows in order (the weight gradients sum over them): per row the forward's gate and
    /// coordinates again, then one pass over the row's columns for dG, dh, dU and the direct part
    /// of dP, and one more for dW_g, dD and the rest of dP.
    func emitGatedProjectionGrad(_ v: ValueID, _ p: GatedProjectionPlan, adjoint: Int, outputs: [Int]) {
        let (n, k, d) = (p.spaces, p.spaceWidth, p.width)
        let t = gen.f32
        let input = { (i: Int) in self.outerInput(v, i) }
        var offset: [Int: Int] = [:]
        var total = 0
        for i in outputs {
            offset[i] = total
            total += type(input(i)).elementCount
        }
        let at = { (i: Int) in self.gen.int(offset[i] ?? 0) }
        kernel(outer: 1, workPerIteration: total) { args in
            let prompt = self.reader(input(p.prompt), args), gate = self.reader(input(p.gateWeight), args)
            let downs = p.downs.map { self.reader(input($0), args) }, ups = p.ups.map { self.reader(input($0), args) }
            let dy = self.reader(input(adjoint), args)
            let out = self.valuePointer(v, args)
            let load = { (i: LLVMValueRef) in self.gen.load(t, out, i) }
            let accumulate = { (i: LLVMValueRef, x: LLVMValueRef) in self.gen.store(self.gen.fadd(load(i), x), out, i, t) }
            return { _ in
                self.gen.loop(count: total) { i, _ in
                    self.gen.store(self.gen.fconst(0, t), out, i, t)
                    return []
                }
                self.gen.loop(count: p.rows) { j, _ in
                    let row = self.gen.mul(j, self.gen.int(d))
                    let products = self.gatedRowProducts(p, row: row, prompt: prompt, gate: gate, downs: downs)
                    let g = self.scalarSoftmax(Array(products[0..<n]))
                    let h = { (i: Int) in products[(n + i * k)..<(n + (i + 1) * k)] }
                    let zero = self.gen.fconst(0, t)
                    // Columns e: dG_i += dy·z_i, dz_i = G_i·dy, dU_i[q, e] += h_i[q]·dz_i, dh_i[q] += dz_i·U_i[q, e],
                    // dP[j, e] = Σ_i dz_i.
                    let sums = self.gen.loop(count: d, carrying: Array(repeating: zero, count: n + n * k)) { e, acc in
                        let y = dy(self.gen.add(row, e)), x = prompt(self.gen.add(row, e))
                        var next = acc
                        var direct: LLVMValueRef?
                        for i in 0..<n {
                            let z = self.gen.fadd(x, self.spaceUpdate(h(i), ups[i], e: e, width: d))
                            next[i] = self.gen.fmuladd(y, z, acc[i])
                            let dz = self.gen.fmul(g[i], y)
                            direct = direct.map { self.gen.fadd($0, dz) } ?? dz
                            for (q, hq) in h(i).enumerated() {
                                let u = self.gen.offset(e, self.gen.int(q), stride: d)
                                accumulate(self.gen.add(at(p.ups[i]), u), self.gen.fmul(hq, dz))
                                next[n + i * k + q] = self.gen.fmuladd(dz, ups[i](u), acc[n + i * k + q])
                            }
                        }
                        self.gen.store(direct!, out, self.gen.add(self.gen.add(at(p.prompt), row), e), t)
                        return next
                    }
                    // dlogits = G ⊙ (dG − Σ G·dG).
                    let weighted = (1..<n).reduce(self.gen.fmul(sums[0], g[0])) { self.gen.fadd($0, self.gen.fmul(sums[$1], g[$1])) }
                    let dLogits = (0..<n).map { self.gen.fmul(g[$0], self.gen.fsub(sums[$0], weighted)) }
                    // Rows c of the weights: dW_g[c] += P[j, c]·dlogits, dD_i[c] += P[j, c]·dh_i,
                    // dP[j, c] += dlogits·W_g[c] + Σ_i dh_i·D_i[c].
                    self.gen.loop(count: d) { c, _ in
                        let x = prompt(self.gen.add(row, c))
                        var back = self.gen.fconst(0, t)
                        for m in 0..<n {
                            let w = self.gen.offset(self.gen.int(m), c, stride: n)
                            accumulate(self.gen.add(at(p.gateWeight), w), self.gen.fmul(x, dLogits[m]))
                            back = self.gen.fmuladd(dLogits[m], gate(w), back)
                        }
                        for i in 0..<n {
                            for q in 0..<k {
                                let w = self.gen.offset(self.gen.int(q), c, stride: k)
                                let dh = sums[n + i * k + q]
                                accumulate(self.gen.add(at(p.downs[i]), w), self.gen.fmul(x, dh))
                                back = self.gen.fmuladd(dh, downs[i](w), back)
                            }
                        }
                        accumulate(self.gen.add(self.gen.add(at(p.prompt), row), c), back)
                        return []
                    }
                    return []
                }
            }
        }
    }
}
