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

    /// The packed gradients of P, W_g, D_i, U_i (in input order) from dy = ∂L/∂out, in two
    /// parallel passes. Prompt rows: per row the forward's gate G and coordinates h_i again, the
    /// dot products of dy[j] with P[j] and each U_i[q] (so dG_i = dy·z_i and dh_i = G_i·dy·U_iᵀ),
    /// the direct part of dP (Σ_i G_i·dy), dlogits = G ⊙ (dG − G·dG), one more pass for the rest
    /// of dP (dlogits·W_gᵀ + Σ_i dh_i·D_iᵀ); the row's G, G·h, dlogits, dh go to scratch. Columns of the weights: the
    /// weight gradients, sums over the prompt rows of outer products (dW_g = Pᵀ·dlogits,
    /// dD_i = Pᵀ·dh_i, dU_i = (G_i·h_i)ᵀ·dy), in registers, written once.
    func emitGatedProjectionGrad(_ v: ValueID, _ p: GatedProjectionPlan, adjoint: Int, outputs: [Int]) {
        let offset = packedOffsets(v, outputs)
        gatedGradRows(v, p, adjoint: adjoint, offset: offset)
        gatedGradColumns(v, p, adjoint: adjoint, offset: offset)
    }

    /// The backward's pass over prompt rows: dP and the row's G, G·h, dlogits, dh into scratch.
    private func gatedGradRows(_ v: ValueID, _ p: GatedProjectionPlan, adjoint: Int, offset: [Int: Int]) {
        let (n, k, d) = (p.spaces, p.spaceWidth, p.width)
        let t = gen.f32
        let input = { (i: Int) in self.outerInput(v, i) }
        let at = { (i: Int) in self.gen.int(offset[i] ?? 0) }
        let saved = GatedProjectionPlan.savedPerRow(n, k)  // G (n), G·h (n·k), dlogits (n), dh (n·k)
        kernel(outer: p.rows, workPerIteration: d * n * (3 * k + 2)) { args in
            let prompt = self.reader(input(p.prompt), args), gate = self.reader(input(p.gateWeight), args)
            let downs = p.downs.map { self.reader(input($0), args) }, ups = p.ups.map { self.reader(input($0), args) }
            let dy = self.reader(input(adjoint), args)
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            return { j in
                let row = self.gen.mul(j, self.gen.int(d))
                let products = self.gatedRowProducts(p, row: row, prompt: prompt, gate: gate, downs: downs)
                let g = self.scalarSoftmax(Array(products[0..<n]))
                let h = { (i: Int) in products[(n + i * k)..<(n + (i + 1) * k)] }
                // Every row reduction as a dot product of dy[j] (vectorized sums): with
                // t_iq = dy·U_i[q] and z_i = P[j] + h_i·U_i, dG_i = dy·P[j] + Σ_q h_iq·t_iq and
                // dh_iq = G_i·t_iq — the VJP's sums, reassociated.
                let dot = { (other: @escaping (LLVMValueRef) -> LLVMValueRef) in
                    self.gen.sum(count: d, unrolled: true, t) { e in self.gen.fmul(dy(self.gen.add(row, e)), other(e)) }
                }
                let dyP = dot { prompt(self.gen.add(row, $0)) }
                var dG: [LLVMValueRef] = [], dh: [LLVMValueRef] = []
                for i in 0..<n {
                    let ts = (0..<k).map { q in dot { ups[i](self.gen.offset($0, self.gen.int(q), stride: d)) } }
                    dG.append(zip(h(i), ts).reduce(dyP) { self.gen.fmuladd($1.0, $1.1, $0) })
                    dh += ts.map { self.gen.fmul(g[i], $0) }
                }
                // The direct part of dP: Σ_i G_i·dy.
                let gSum = g.dropFirst().reduce(g[0]) { self.gen.fadd($0, $1) }
                self.gen.loop(count: d) { e, _ in
                    self.gen.store(self.gen.fmul(gSum, dy(self.gen.add(row, e))), out,
                                   self.gen.add(self.gen.add(at(p.prompt), row), e), t)
                    return []
                }
                let weighted = (1..<n).reduce(self.gen.fmul(dG[0], g[0])) { self.gen.fadd($0, self.gen.fmul(dG[$1], g[$1])) }
                let dLogits = (0..<n).map { self.gen.fmul(g[$0], self.gen.fsub(dG[$0], weighted)) }
                let gh = (0..<(n * k)).map { self.gen.fmul(g[$0 / k], products[n + $0]) }
                let keep = g + gh + dLogits + dh
                let base = self.gen.mul(j, self.gen.int(saved))
                for (q, x) in keep.enumerated() { self.gen.store(x, work, self.gen.add(base, self.gen.int(q)), t) }
                self.gen.loop(count: d) { c, _ in
                    // dlogits·W_g[c] and each dh_i·D_i[c] as short independent chains, then a tree.
                    let dot = { (w: [LLVMValueRef], x: (Int) -> LLVMValueRef) in
                        w.indices.dropFirst().reduce(self.gen.fmul(w[0], x(0))) { self.gen.fmuladd(w[$1], x($1), $0) }
                    }
                    var parts = [dot(dLogits) { gate(self.gen.offset(self.gen.int($0), c, stride: n)) }]
                    for i in 0..<n {
                        parts.append(dot(Array(dh[(i * k)..<((i + 1) * k)])) { downs[i](self.gen.offset(self.gen.int($0), c, stride: k)) })
                    }
                    while parts.count > 1 {
                        parts = stride(from: 0, to: parts.count, by: 2).map {
                            $0 + 1 < parts.count ? self.gen.fadd(parts[$0], parts[$0 + 1]) : parts[$0]
                        }
                    }
                    let back = parts[0]
                    let to = self.gen.add(self.gen.add(at(p.prompt), row), c)
                    self.gen.store(self.gen.fadd(self.gen.load(t, out, to), back), out, to, t)
                    return []
                }
            }
        }
    }

    /// The backward's pass over weight columns: dW_g, dD_i, dU_i from the rows' scratch.
    private func gatedGradColumns(_ v: ValueID, _ p: GatedProjectionPlan, adjoint: Int, offset: [Int: Int]) {
        let (n, k, d) = (p.spaces, p.spaceWidth, p.width)
        let t = gen.f32
        let input = { (i: Int) in self.outerInput(v, i) }
        let at = { (i: Int) in self.gen.int(offset[i] ?? 0) }
        let saved = GatedProjectionPlan.savedPerRow(n, k)  // G (n), G·h (n·k), dlogits (n), dh (n·k)
        // Columns c: dW_g[c] = Σ_j P[j, c]·dlogits_j, dD_i[c] = Σ_j P[j, c]·dh_ij,
        // dU_i[:, c] = Σ_j (G_ij·h_ij)·dy[j, c], rows in order, every sum in a register.
        kernel(outer: d, workPerIteration: p.rows * n * (2 * k + 1)) { args in
            let prompt = self.reader(input(p.prompt), args), dy = self.reader(input(adjoint), args)
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            return { c in
                let zero = self.gen.fconst(0, t)
                let sums = self.gen.loop(count: p.rows, carrying: Array(repeating: zero, count: n + 2 * n * k)) { j, acc in
                    let base = self.gen.mul(j, self.gen.int(saved))
                    let value = { (q: Int) in self.gen.load(t, work, self.gen.add(base, self.gen.int(q))) }
                    let x = prompt(self.gen.offset(c, j, stride: d)), y = dy(self.gen.offset(c, j, stride: d))
                    var next = acc
                    for m in 0..<n { next[m] = self.gen.fmuladd(x, value(n + n * k + m), acc[m]) }
                    for q in 0..<(n * k) {
                        next[n + q] = self.gen.fmuladd(x, value(2 * n + n * k + q), acc[n + q])
                        next[n + n * k + q] = self.gen.fmuladd(value(n + q), y, acc[n + n * k + q])
                    }
                    return next
                }
                for m in 0..<n {
                    self.gen.store(sums[m], out, self.gen.add(at(p.gateWeight), self.gen.offset(self.gen.int(m), c, stride: n)), t)
                }
                for i in 0..<n {
                    for q in 0..<k {
                        self.gen.store(sums[n + i * k + q], out,
                                       self.gen.add(at(p.downs[i]), self.gen.offset(self.gen.int(q), c, stride: k)), t)
                        self.gen.store(sums[n + n * k + i * k + q], out,
                                       self.gen.add(at(p.ups[i]), self.gen.offset(c, self.gen.int(q), stride: d)), t)
                    }
                }
            }
        }
    }
}
