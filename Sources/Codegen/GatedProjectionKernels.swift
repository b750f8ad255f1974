import CLLVM
import IR
import Passes

/// (b) `gated_projection` and its backward, on the register tiles of EPTTiles.swift. Per block
/// of prompt rows: the N gate logits and N·k space coordinates P[j]·[W_g | D_0 | …] as one row
/// tile whose "vectors" are W_g's and each D_i's rows (N and k wide: the weights as stored, no
/// transpose), the gate softmax in scalars, then the output row as a row tile over the
/// up-projections: out[j] = (Σ_i G_i)·P[j] + Σ_i Σ_q (G_i·h_iq)·U_i[q] — the P term is the
/// accumulators' initial value.
extension EntryLowerer {
    /// Per row q of a block, [logits (N)] + [h_0 (k)] + … + [h_{N−1} (k)] as scalars: P[j]·W_g
    /// and P[j]·D_i accumulated over the row in vectors of N and k lanes.
    private func gatedRowProducts(_ p: GatedProjectionPlan, rows: [LLVMValueRef], prompt: LLVMValueRef,
                                  gate: LLVMValueRef, downs: [LLVMValueRef]) -> [[LLVMValueRef]] {
        let (n, k) = (p.spaces, p.spaceWidth)
        let t = gen.f32
        let widths = [n] + Array(repeating: k, count: n)
        let zeros = widths.map { LLVMConstNull(gen.vectorType(t, $0))! }
        let acc = gen.rowTile(terms: p.width, rows: rows.count, initial: Array(Array(repeating: zeros, count: rows.count).joined()),
                              weight: { q, c in self.gen.load(t, prompt, self.gen.add(rows[q], c)) },
                              value: { c, v in
            let (matrix, w) = v == 0 ? (gate, n) : (downs[v - 1], k)
            return self.gen.loadVector(t, w, matrix, self.gen.mul(c, self.gen.int(w)), align: 4)
        })
        return rows.indices.map { q in
            (0..<widths.count).flatMap { v in
                (0..<widths[v]).map { LLVMBuildExtractElement(self.gen.builder, acc[q * widths.count + v], self.gen.int32(Int32($0)), "")! }
            }
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

    /// The block's rows as element offsets of row starts in an (S, D) matrix.
    private func gatedBlock(_ block: LLVMValueRef, _ p: GatedProjectionPlan, _ tiles: EPTTiles) -> (rows: [LLVMValueRef], starts: [LLVMValueRef]) {
        let rows = clampedRows(block, count: tiles.rows, rows: p.rows)
        return (rows, rows.map { gen.mul($0, gen.int(p.width)) })
    }

    /// out[j, e] = Σ_i G[j, i]·(P[j, e] + u_i[e]), blocks of prompt rows in parallel.
    func emitGatedProjection(_ v: ValueID, _ p: GatedProjectionPlan) {
        let (n, k, d) = (p.spaces, p.spaceWidth, p.width)
        let t = gen.f32
        let tiles = EPTTiles(vectorBits: options.vectorWidth)
        let r = tiles.rows
        tiledKernel(blocks: tiles.blocks(p.rows), work: r * d * n * (2 * k + 1)) { args in
            let pointer = { (i: Int) in self.valuePointer(self.outerInput(v, i), args) }
            let (prompt, gate) = (pointer(p.prompt), pointer(p.gateWeight))
            let (downs, ups) = (p.downs.map(pointer), p.ups.map(pointer))
            let out = self.valuePointer(v, args)
            let weights = self.stackBuffer(r * n * k, "gated")
            return { block in
                let (_, starts) = self.gatedBlock(block, p, tiles)
                let products = self.gatedRowProducts(p, rows: starts, prompt: prompt, gate: gate, downs: downs)
                var gSum: [LLVMValueRef] = []
                for (q, x) in products.enumerated() {
                    let g = self.scalarSoftmax(Array(x[0..<n]))
                    gSum.append(g.dropFirst().reduce(g[0]) { self.gen.fadd($0, $1) })
                    for j in 0..<(n * k) {
                        self.gen.store(self.gen.fmul(g[j / k], x[n + j]), weights, self.gen.int(q * n * k + j), t)
                    }
                }
                let runs = (0..<n).map { i -> (weights: [Strip], values: (LLVMValueRef) -> Strip) in
                    ((0..<r).map { Strip(base: weights, start: self.gen.int($0 * n * k + i * k)) },
                     { q in Strip(base: ups[i], start: self.gen.mul(q, self.gen.int(d))) })
                }
                self.weightedRows(tiles, width: d, terms: k, runs: runs, initial: { q, e, mask in
                    self.gen.fmul(self.gen.broadcast(gSum[q], lanes: tiles.lanes),
                                  self.gen.load(Strip(base: prompt, start: starts[q]), e, lanes: tiles.lanes, mask: mask))
                }) { q, e, x, mask in
                    self.gen.store(x, Strip(base: out, start: starts[q]), e, mask: mask)
                }
            }
        }
    }

    /// Scratch of the backward, in f32 elements: per prompt row the values its passes share
    /// (`GatedProjectionPlan.savedPerRow`: G, G·h, dlogits, dh), then the weights transposed,
    /// [W_gᵀ (N rows) | D_0ᵀ (k rows) | …], (N + N·k) × D.
    private func gatedTransposedAt(_ p: GatedProjectionPlan) -> Int {
        p.rows * GatedProjectionPlan.savedPerRow(p.spaces, p.spaceWidth)
    }

    /// The packed gradients of P, W_g, D_i, U_i (in input order) from dy = ∂L/∂out, in three
    /// passes. The weights transposed into scratch (so dP's products read them along D). Prompt
    /// rows: per block the forward's gate G and coordinates h_i again, the dot products of
    /// dy[j] with P[j] and each U_i[q] (dot tiles), dG_i = dy·z_i and dh_i = G_i·dy·U_iᵀ, dlogits
    /// = G ⊙ (dG − G·dG), and dP = (Σ_i G_i)·dy + [dlogits | dh]·[W_gᵀ | D_iᵀ] as a row tile; the
    /// row's G, G·h, dlogits, dh go to scratch. Weight rows: the weight gradients, sums over the
    /// prompt rows (dW_g = Pᵀ·dlogits, dD_i = Pᵀ·dh_i, dU_i = (G_i·h_i)ᵀ·dy), as row tiles.
    func emitGatedProjectionGrad(_ v: ValueID, _ p: GatedProjectionPlan, adjoint: Int, outputs: [Int]) {
        let offset = packedOffsets(v, outputs)
        gatedTransposeWeights(v, p)
        gatedGradRows(v, p, adjoint: adjoint, offset: offset)
        gatedGradWeights(v, p, adjoint: adjoint, offset: offset)
    }

    /// [W_gᵀ | D_0ᵀ | …] into scratch: one matrix per iteration.
    private func gatedTransposeWeights(_ v: ValueID, _ p: GatedProjectionPlan) {
        let (n, k, d) = (p.spaces, p.spaceWidth, p.width)
        let t = gen.f32
        tiledKernel(blocks: 1 + n, work: d * max(n, k)) { args in
            let matrices = ([p.gateWeight] + p.downs).map { self.valuePointer(self.outerInput(v, $0), args) }
            let work = self.scratchPointer(v, args, t)
            return { o in
                for (i, matrix) in matrices.enumerated() {
                    let (width, first) = i == 0 ? (n, 0) : (k, n + (i - 1) * k)
                    self.gen.ifThen(self.gen.icmp(LLVMIntEQ, o, self.gen.int(i))) {
                        let to = self.gen.int(self.gatedTransposedAt(p) + first * d)
                        self.gen.loop(count: d) { c, _ in
                            for q in 0..<width {
                                let x = self.gen.load(t, matrix, self.gen.offset(self.gen.int(q), c, stride: width))
                                self.gen.store(x, work, self.gen.add(to, self.gen.offset(c, self.gen.int(q), stride: d)), t)
                            }
                            return []
                        }
                    }
                }
            }
        }
    }

    /// The backward's pass over blocks of prompt rows: dP, and the rows' G, G·h, dlogits, dh
    /// into scratch.
    private func gatedGradRows(_ v: ValueID, _ p: GatedProjectionPlan, adjoint: Int, offset: [Int: Int]) {
        let (n, k, d) = (p.spaces, p.spaceWidth, p.width)
        let t = gen.f32
        let tiles = EPTTiles(vectorBits: options.vectorWidth)
        let saved = GatedProjectionPlan.savedPerRow(n, k)  // G (n), G·h (n·k), dlogits (n), dh (n·k)
        tiledKernel(blocks: tiles.blocks(p.rows), work: tiles.rows * d * (2 * n + 3 * n * k + 1)) { args in
            let pointer = { (i: Int) in self.valuePointer(self.outerInput(v, i), args) }
            let (prompt, gate, dy) = (pointer(p.prompt), pointer(p.gateWeight), pointer(adjoint))
            let (downs, ups) = (p.downs.map(pointer), p.ups.map(pointer))
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            let transposed = self.gen.gep(t, work, self.gen.int(self.gatedTransposedAt(p)))
            return { block in
                let (rows, starts) = self.gatedBlock(block, p, tiles)
                let products = self.gatedRowProducts(p, rows: starts, prompt: prompt, gate: gate, downs: downs)
                let dyRows = starts.map { Strip(base: dy, start: $0) }
                // dots[q][i·k + q'] = dy[j]·U_i[q'], by dot tiles of `dotColumns` rows of the U_i.
                let upRows = ups.flatMap { u in (0..<k).map { Strip(base: u, start: self.gen.int($0 * d)) } }
                var dots = Array(repeating: [LLVMValueRef](), count: rows.count)
                for first in stride(from: 0, to: upRows.count, by: tiles.dotColumns) {
                    let columns = Array(upRows[first..<min(first + tiles.dotColumns, upRows.count)])
                    let tile = self.gen.dotTile(dyRows, columns, length: d, lanes: tiles.lanes)
                    for q in rows.indices { dots[q] += tile[(q * columns.count)..<((q + 1) * columns.count)] }
                }
                var gSum: [LLVMValueRef] = []
                for q in rows.indices {
                    let dyP = self.gen.dotTile([dyRows[q]], [Strip(base: prompt, start: starts[q])], length: d, lanes: tiles.lanes)[0]
                    let keep = self.gatedRowGradient(p, products[q], dyP: dyP, dots: dots[q])
                    let base = self.gen.mul(rows[q], self.gen.int(saved))
                    for (i, x) in keep.enumerated() { self.gen.store(x, work, self.gen.add(base, self.gen.int(i)), t) }
                    gSum.append(keep[1..<n].reduce(keep[0]) { self.gen.fadd($0, $1) })
                }
                // dP = (Σ_i G_i)·dy + [dlogits | dh]·[W_gᵀ | D_0ᵀ | …]
                let dP = self.gen.int(offset[p.prompt] ?? 0)
                let weights = rows.map { Strip(base: work, start: self.gen.add(self.gen.mul($0, self.gen.int(saved)), self.gen.int(n + n * k))) }
                self.weightedRows(tiles, width: d, terms: n + n * k,
                                  runs: [(weights, { Strip(base: transposed, start: self.gen.mul($0, self.gen.int(d))) })],
                                  initial: { q, e, mask in
                    self.gen.fmul(self.gen.broadcast(gSum[q], lanes: tiles.lanes), self.gen.load(dyRows[q], e, lanes: tiles.lanes, mask: mask))
                }) { q, e, x, mask in
                    self.gen.store(x, Strip(base: out, start: self.gen.add(dP, starts[q])), e, mask: mask)
                }
            }
        }
    }

    /// One row's saved values [G (n), G·h (n·k), dlogits (n), dh (n·k)] from its products
    /// [logits | h_0 | …] and the dot products dy·P (`dyP`) and dy·U_i[q] (`dots`): with
    /// z_i = P[j] + h_i·U_i, dG_i = dy·P[j] + Σ_q h_iq·(dy·U_i[q]) and dh_iq = G_i·(dy·U_i[q]) —
    /// the VJP's sums, reassociated.
    private func gatedRowGradient(_ p: GatedProjectionPlan, _ x: [LLVMValueRef], dyP: LLVMValueRef,
                                  dots: [LLVMValueRef]) -> [LLVMValueRef] {
        let (n, k) = (p.spaces, p.spaceWidth)
        let g = scalarSoftmax(Array(x[0..<n]))
        var dG: [LLVMValueRef] = [], dh: [LLVMValueRef] = []
        for i in 0..<n {
            let ts = Array(dots[(i * k)..<((i + 1) * k)])
            dG.append(zip(x[(n + i * k)..<(n + (i + 1) * k)], ts).reduce(dyP) { gen.fmuladd($1.0, $1.1, $0) })
            dh += ts.map { gen.fmul(g[i], $0) }
        }
        let weighted = (1..<n).reduce(gen.fmul(dG[0], g[0])) { gen.fadd($0, gen.fmul(dG[$1], g[$1])) }
        let dLogits = (0..<n).map { gen.fmul(g[$0], gen.fsub(dG[$0], weighted)) }
        let gh = (0..<(n * k)).map { gen.fmul(g[$0 / k], x[n + $0]) }
        return g + gh + dLogits + dh
    }

    /// The backward's pass over the weights' rows, in groups of EPTTiles.rows: dU_i[q] =
    /// Σ_j (G_i·h_iq)[j]·dy[j] (rows of dU_i), then dW_gᵀ and dD_iᵀ rows = Σ_j dlogits/dh[j]·P[j],
    /// stored transposed lane by lane (W_g and D_i are (D, N) and (D, k)).
    private func gatedGradWeights(_ v: ValueID, _ p: GatedProjectionPlan, adjoint: Int, offset: [Int: Int]) {
        let (n, k, d) = (p.spaces, p.spaceWidth, p.width)
        let t = gen.f32
        let tiles = EPTTiles(vectorBits: options.vectorWidth)
        let saved = GatedProjectionPlan.savedPerRow(n, k)
        let r = tiles.rows
        // Saved column of each gradient row: G·h for dU's n·k rows, then dlogits and dh.
        let upGroups = stride(from: 0, to: n * k, by: r).map { Array($0..<min($0 + r, n * k)) }
        let downGroups = stride(from: 0, to: n + n * k, by: r).map { Array($0..<min($0 + r, n + n * k)) }
        tiledKernel(blocks: upGroups.count + downGroups.count, work: r * p.rows * d) { args in
            let pointer = { (i: Int) in self.valuePointer(self.outerInput(v, i), args) }
            let (prompt, dy) = (pointer(p.prompt), pointer(adjoint))
            let out = self.valuePointer(v, args)
            let work = self.scratchPointer(v, args, t)
            let at = { (i: Int) in self.gen.int(offset[i] ?? 0) }
            let column = { (c: Int) in Strip(base: work, start: self.gen.int(c)) }
            let rowsOf = { (matrix: LLVMValueRef) in { (j: LLVMValueRef) in Strip(base: matrix, start: self.gen.mul(j, self.gen.int(d))) } }
            return { o in
                for (g, group) in upGroups.enumerated() {
                    self.gen.ifThen(self.gen.icmp(LLVMIntEQ, o, self.gen.int(g))) {
                        self.weightedRows(tiles, width: d, terms: p.rows, runs: [(group.map { column(n + $0) }, rowsOf(dy))],
                                          stride: saved) { q, e, x, mask in
                            let (i, row) = (group[q] / k, group[q] % k)
                            self.gen.store(x, Strip(base: out, start: self.gen.add(at(p.ups[i]), self.gen.int(row * d))), e, mask: mask)
                        }
                    }
                }
                for (g, group) in downGroups.enumerated() {
                    self.gen.ifThen(self.gen.icmp(LLVMIntEQ, o, self.gen.int(upGroups.count + g))) {
                        self.weightedRows(tiles, width: d, terms: p.rows, runs: [(group.map { column(n + n * k + $0) }, rowsOf(prompt))],
                                          stride: saved) { q, e, x, mask in
                            let row = group[q]
                            let (matrix, width, index) = row < n ? (p.gateWeight, n, row) : (p.downs[(row - n) / k], k, (row - n) % k)
                            self.storeTransposed(x, out, at: self.gen.add(at(matrix), self.gen.int(index)), column: e,
                                                 stride: width, limit: mask == nil ? nil : d)
                        }
                    }
                }
            }
        }
    }

    /// Lane l of x to out[at + (column + l)·stride], lanes with column + l ≥ limit skipped.
    private func storeTransposed(_ x: LLVMValueRef, _ out: LLVMValueRef, at: LLVMValueRef, column: LLVMValueRef,
                                 stride: Int, limit: Int?) {
        for l in 0..<Int(LLVMGetVectorSize(LLVMTypeOf(x))) {
            let c = gen.add(column, gen.int(l))
            let write = {
                let y = LLVMBuildExtractElement(self.gen.builder, x, self.gen.int32(Int32(l)), "")!
                self.gen.store(y, out, self.gen.add(at, self.gen.mul(c, self.gen.int(stride))), self.gen.f32)
            }
            if let limit { gen.ifThen(gen.icmp(LLVMIntSLT, c, gen.int(limit)), write) } else { write() }
        }
    }
}
