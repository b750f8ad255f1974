import CLLVM
import IR
import Passes

/// The backbone's attention region (Passes/Fusion/AttentionFusion.swift) and its backward, one
/// kernel iteration per (sequence, head) block, with explicit vectors at the target's width
/// (GemmMicroKernel.swift's helpers).
///
/// Forward, per block: Kᵀ packed into the block's scratch (d × K̄, zero past K), then per tile of
/// R query rows: the R × K̄ scores as a register tile (R rows × 2 vectors of keys, d multiply-adds
/// each), scale, bias, softmax and dropout per row in the tile's buffer, and the R output rows as
/// Σ_j p_j·V[j] with R × (a few vectors) accumulators. The (Q, K) probabilities of a block never
/// leave the tile's buffer.
///
/// Backward, per block: recomputes the probabilities (flash-style: the forward keeps nothing),
/// dP̃ = dY·Vᵀ with the same tile, then per row dP = dropout(dP̃) (the same mask),
/// dS = c·P ⊙ (dP − Σ dP ⊙ P); the block's P̃ = dropout(P) and dS (Q × K̄ each) stay in scratch
/// for dQ = dS·K, dK = dSᵀ·Q and dV = P̃ᵀ·dY, each a register-blocked weighted sum of rows.
///
/// Sums run in their own order (k in order per element, as the generated GEMM), so results agree
/// with the interpreter to rounding, not bit for bit.
extension EntryLowerer {
    /// The block's sizes and vector shape at the target's width.
    private struct AttentionShape {
        let plan: AttentionPlan
        let lanes: Int
        /// Query rows per register tile: 12 with 32 vector registers (12 × 2 accumulators), 6 with
        /// 16 — the generated GEMM's tile shapes (GemmMicroKernel.swift), a little shorter.
        let rows: Int
        /// Accumulators a weighted sum may keep (the rest of the registers hold loads).
        let accumulators: Int
        var kp: Int { plan.paddedKeys }
        var nr: Int { 2 * lanes }

        init(_ plan: AttentionPlan, vectorBits: Int?) {
            self.plan = plan
            lanes = max(4, (vectorBits ?? 256) / 32)
            rows = min(AttentionPlan.maxRowTile, lanes >= 16 ? 12 : 6)
            accumulators = lanes >= 16 ? 24 : 12
        }
    }

    /// dst[c·K̄ + j] = src[base + j·rowStride + c] for j < K, c < w; 0 for K ≤ j < K̄: a (K, w)
    /// block transposed.
    private func packTransposed(_ s: AttentionShape, _ src: LLVMValueRef, base: LLVMValueRef, width w: Int,
                                rowStride: Int, into dst: LLVMValueRef) {
        let (t, g, k, kp) = (gen.f32, gen, s.plan.keys, s.kp)
        g.loop(count: k) { j, _ in
            let row = g.offset(base, j, stride: rowStride)
            g.loop(count: w) { c, _ in
                g.store(g.load(t, src, g.add(row, c)), dst, g.offset(j, c, stride: kp), t)
                return []
            }
            return []
        }
        guard kp > k else { return }
        g.loop(count: w) { c, _ in
            g.loop(g.int(k), g.int(kp)) { j, _ in
                g.store(g.fconst(0, t), dst, g.offset(j, c, stride: kp), t)
                return []
            }
            return []
        }
    }

    /// out[r·K̄ + j] = Σ_c a[aRow[r] + c]·packed[c·K̄ + j] for the tile's rows r and every j < K̄:
    /// per 2 vectors of columns (and one more where K̄ leaves one), R × 2 accumulators over w
    /// steps, then stored.
    private func scoreTile(_ s: AttentionShape, a: LLVMValueRef, aRow: [LLVMValueRef], width w: Int,
                           packed: LLVMValueRef, out: LLVMValueRef, outRow: [LLVMValueRef]) {
        let g = gen
        let full = s.kp / s.nr * s.nr
        g.loop(g.int(0), g.int(full), step: s.nr) { j, _ in
            self.scoreColumns(s, vectors: 2, a: a, aRow: aRow, width: w, packed: packed, out: out, outRow: outRow, j: j)
            return []
        }
        if full < s.kp {
            scoreColumns(s, vectors: (s.kp - full) / s.lanes, a: a, aRow: aRow, width: w, packed: packed, out: out,
                         outRow: outRow, j: g.int(full))
        }
    }

    /// `scoreTile`'s columns j ..< j + vectors·lanes.
    private func scoreColumns(_ s: AttentionShape, vectors n: Int, a: LLVMValueRef, aRow: [LLVMValueRef], width w: Int,
                              packed: LLVMValueRef, out: LLVMValueRef, outRow: [LLVMValueRef], j: LLVMValueRef) {
        let (g, t, lanes) = (gen, gen.f32, s.lanes)
        let zero = LLVMConstNull(g.vectorType(t, lanes))!
        let acc = g.rowTile(terms: w, rows: aRow.count, initial: Array(repeating: zero, count: n * aRow.count),
                            weight: { r, c in g.load(t, a, g.add(aRow[r], c)) },
                            value: { c, u in g.loadVector(t, lanes, packed, g.add(g.offset(j, c, stride: s.kp), g.int(u * lanes))) })
        for r in outRow.indices {
            for u in 0..<n { g.storeVector(acc[n * r + u], out, g.add(outRow[r], g.add(j, g.int(u * lanes))), align: 4) }
        }
    }

    /// out[outRow[r] + e] = Σ_{t < terms} weight(r, t)·value[valueBase + t·valueStride + e] for the tile's
    /// rows r and e < E: chunks of vectors whose R × chunk accumulators fit the registers, the
    /// last vector masked when E is not a multiple of the width; rows with `valid[r]` false are
    /// computed but not stored.
    private func weightedRows(_ s: AttentionShape, terms: Int, weight: (Int, LLVMValueRef) -> LLVMValueRef,
                              value: LLVMValueRef, valueBase: LLVMValueRef, valueStride: Int, width e: Int,
                              out: LLVMValueRef, outRow: [LLVMValueRef], valid: [LLVMValueRef?]) {
        let (g, t, lanes) = (gen, gen.f32, s.lanes)
        let vt = g.vectorType(t, lanes)
        let fma = "llvm.fmuladd.v\(lanes)f32"
        let vectors = (e + lanes - 1) / lanes
        // Chunks of equal size (4 vectors by 3: 2 + 2, not 3 + 1, whose last chunk is all broadcasts).
        let most = max(1, s.accumulators / outRow.count)
        let chunk = (vectors + (vectors + most - 1) / most - 1) / ((vectors + most - 1) / most)
        let tailMask: LLVMValueRef? = e % lanes == 0 ? nil
            : g.laneMask(first: g.int((vectors - 1) * lanes), limit: g.int(e), lanes: lanes)
        let mask = { (u: Int) in u == vectors - 1 ? tailMask : nil }
        for first in stride(from: 0, to: vectors, by: chunk) {
            let us = Array(first..<min(first + chunk, vectors))
            let zero = LLVMConstNull(vt)!
            let acc = g.loop(count: terms, carrying: Array(repeating: zero, count: us.count * outRow.count)) { term, acc in
                let row = g.offset(valueBase, term, stride: valueStride)
                let xs = us.map { u in
                    let at = g.add(row, g.int(u * lanes))
                    return mask(u).map { g.maskedLoad(t, lanes, value, at, mask: $0) } ?? g.loadVector(t, lanes, value, at)
                }
                var next = acc
                for r in outRow.indices {
                    let w = g.broadcast(weight(r, term), lanes: lanes)
                    for (k, x) in xs.enumerated() { next[r * us.count + k] = g.call(fma, vt, [w, x, acc[r * us.count + k]]) }
                }
                return next
            }
            for r in outRow.indices {
                let store = {
                    for (k, u) in us.enumerated() {
                        let at = g.add(outRow[r], g.int(u * lanes))
                        if let m = mask(u) { g.maskedStore(acc[r * us.count + k], out, at, mask: m) } else {
                            g.storeVector(acc[r * us.count + k], out, at, align: 4)
                        }
                    }
                }
                if let ok = valid[r] { g.ifThen(ok, store) } else { store() }
            }
        }
    }
}

extension EntryLowerer {
    /// What both directions read, resolved once per kernel call.
    private struct AttentionInputs {
        let q: LLVMValueRef, k: LLVMValueRef, v: LLVMValueRef
        /// Where q's, k's and v's (block, row) sit (`attentionLayout`).
        let layouts: (q: MatrixBatchLayout, k: MatrixBatchLayout, v: MatrixBatchLayout)
        /// The plan's biases (one, or the two parts of one), in its order.
        let biases: [LLVMValueRef]
        let key: LLVMValueRef?
        let scratch: LLVMValueRef
    }

    /// How a kernel finds row r of block b (= n·H + h) of a rank-4 (N, H, R, C) input or result:
    /// contiguous, or — a head split read in place, or a head merge the forward writes in place
    /// (Passes HeadTransposeViews.swift) — inside the (N, R, H, C) bytes of the linear layer
    /// next to it, rows H·C apart. Either way at `offset(b) + r·rowStride`.
    func attentionLayout(_ v: ValueID, headMajor: Bool) -> MatrixBatchLayout {
        let shape = type(v).shape
        return headMajor ? .headMajor(shape) : .contiguous(rows: shape[2], columns: shape[3])
    }

    /// `attentionLayout` of an input: head-major where the plan reads a head split in place.
    func inputLayout(_ v: ValueID) -> MatrixBatchLayout { attentionLayout(v, headMajor: plan.headTransposes[v] == .operand) }

    /// Element index of row `row` of block `block` under `layout`.
    private func rowStart(_ layout: MatrixBatchLayout, block: LLVMValueRef, row: LLVMValueRef) -> LLVMValueRef {
        gen.add(layout.offset(gen, block), gen.mul(row, gen.int(layout.rowStride)))
    }

    private func attentionInputs(_ node: ValueID, _ p: AttentionPlan, _ args: LLVMValueRef,
                                 backward: Bool) -> AttentionInputs {
        let input = { (i: Int) in self.outerInput(node, i) }
        // One block's scratch, in the running thread's workspace: every block a thread runs
        // reuses the same (cache-hot) bytes.
        let bytes = 4 * p.scratchFloats(backward: backward)
        let space = gen.call("eptc_gemm_workspace", gen.i8Ptr, [gen.int(bytes)], types: [gen.i64])
        let layout = { (i: Int) in self.inputLayout(input(i)) }
        return AttentionInputs(
            q: valuePointer(input(p.q), args), k: valuePointer(input(p.k), args), v: valuePointer(input(p.v), args),
            layouts: (layout(p.q), layout(p.k), layout(p.v)),
            biases: p.bias.map { valuePointer(input($0), args) },
            key: p.seed.map { gen.dropoutKey(seed: reader(input($0), args)(gen.int(0))) },
            scratch: gen.bitcast(space, gen.pointerType(gen.f32)))
    }

    /// Rows of a tile: the first R rows from `first`, clamped to `count − 1` (a clamped row
    /// recomputes the last one and is not stored), and whether each is a real row.
    private func tileRows(_ first: LLVMValueRef, _ r: Int, count: Int) -> (rows: [LLVMValueRef], valid: [LLVMValueRef?]) {
        let g = gen
        let rows = (0..<r).map { $0 == 0 ? first : g.minimum(g.add(first, g.int($0)), g.int(count - 1)) }
        let valid = (0..<r).map { $0 == 0 ? nil : g.icmp(LLVMIntSLT, g.add(first, g.int($0)), g.int(count)) }
        return (rows, valid)
    }

    /// Row `row` of block `block`'s scores, in `buffer[base ..< base + K]`, made probabilities in
    /// place: scale and bias (broadcast) with the row maximum as explicit vectors, then exp, sum
    /// and division as loops over the buffer alone (which the loop vectorizer widens: a loop that
    /// also read the bias could alias the buffer and stayed scalar), then dropout when `dropped`.
    private func probabilityRow(_ s: AttentionShape, _ x: AttentionInputs, buffer: LLVMValueRef, base: LLVMValueRef,
                                block: LLVMValueRef, row: LLVMValueRef, dropped: Bool) {
        let p = s.plan, g = gen, t = gen.f32, lanes = s.lanes
        let n = LLVMBuildSDiv(g.builder, block, g.int(p.heads), "")!, h = LLVMBuildSRem(g.builder, block, g.int(p.heads), "")!
        // Each bias's row (n, h, row) with its broadcast axes at 0.
        let biasRows = p.biasShapes.map { b -> LLVMValueRef in
            var at = b[0] > 1 ? n : g.int(0)
            at = g.add(g.mul(at, g.int(b[1])), b[1] > 1 ? h : g.int(0))
            at = g.add(g.mul(at, g.int(b[2])), b[2] > 1 ? row : g.int(0))
            return g.mul(at, g.int(b[3]))
        }
        let m = rowVectors(s, initial: g.splat(-.infinity, t, lanes)) { j, mask, acc in
            var v = g.loadVector(t, lanes, buffer, g.add(base, j))
            v = self.scaled(v, p, lanes: lanes)
            let parts = zip(x.biases, zip(biasRows, p.biasShapes)).map { bias, at -> LLVMValueRef in
                let (row, shape) = at
                if shape[3] == 1 { return g.broadcast(g.load(t, bias, row), lanes: lanes) }
                return mask.map { g.maskedLoad(t, lanes, bias, g.add(row, j), mask: $0) } ?? g.loadVector(t, lanes, bias, g.add(row, j))
            }
            // The graph's order: the parts summed first, then added to the scores.
            if var bias = parts.first {
                for part in parts.dropFirst() { bias = g.fadd(bias, part) }
                v = g.fadd(v, bias)
            }
            if let mask { v = g.select(mask, v, g.splat(-.infinity, t, lanes)) }
            g.storeVector(v, buffer, g.add(base, j), align: 4)
            return g.maxStep(acc, v)
        }
        let rowMax = g.combineLanes(m, lanes, g.maxStep)
        g.loop(count: p.keys) { j, _ in
            let at = g.add(base, j)
            g.store(g.exp(g.fsub(g.load(t, buffer, at), rowMax)), buffer, at, t)
            return []
        }
        let total = g.sum(count: p.keys, unrolled: true, t) { j in g.load(t, buffer, g.add(base, j)) }
        g.loop(count: p.keys) { j, _ in
            let at = g.add(base, j)
            g.store(g.fdiv(g.load(t, buffer, at), total), buffer, at, t)
            return []
        }
        guard dropped, let key = x.key else { return }
        dropRow(p, key: key, buffer: buffer, base: base, block: block, row: row)
    }

    /// v·c or v / c, as the graph scales its scores (and so their gradient).
    private func scaled(_ v: LLVMValueRef, _ p: AttentionPlan, lanes: Int) -> LLVMValueRef {
        guard let c = p.scale else { return v }
        let cv = gen.splat(c, gen.f32, lanes)
        return p.divides ? gen.fdiv(v, cv) : gen.fmul(v, cv)
    }

    /// `body(j, mask, acc)` over the vectors of a row of K: the full ones, then the last with its
    /// in-bounds lanes (`mask`) when K is not a multiple of the width; a vector accumulator
    /// carried through.
    private func rowVectors(_ s: AttentionShape, initial: LLVMValueRef,
                            _ body: (LLVMValueRef, LLVMValueRef?, LLVMValueRef) -> LLVMValueRef) -> LLVMValueRef {
        let g = gen, k = s.plan.keys, full = k / s.lanes * s.lanes
        var acc = g.loop(g.int(0), g.int(full), step: s.lanes, carrying: [initial]) { j, acc in [body(j, nil, acc[0])] }[0]
        if full < k { acc = body(g.int(full), g.laneMask(first: g.int(full), limit: g.int(k), lanes: s.lanes), acc) }
        return acc
    }

    /// buffer[base + j] = dropout(buffer[base + j]) with the mask of element (block, row, j).
    private func dropRow(_ p: AttentionPlan, key: LLVMValueRef, buffer: LLVMValueRef, base: LLVMValueRef,
                         block: LLVMValueRef, row: LLVMValueRef) {
        let (g, t) = (gen, gen.f32)
        let flatRow = g.mul(g.offset(row, block, stride: p.queries), g.int(p.keys))
        g.loop(count: p.keys) { j, _ in
            let at = g.add(base, j)
            g.store(g.dropout(g.load(t, buffer, at), key: key, index: g.add(flatRow, j), rate: p.rate, .f32), buffer, at, t)
            return []
        }
    }

    /// Where row `row` of block `block` starts in the kept probabilities: (N·H, Q, K), unpadded.
    private func keptRow(_ p: AttentionPlan, block: LLVMValueRef, row: LLVMValueRef) -> LLVMValueRef {
        gen.mul(gen.offset(row, block, stride: p.queries), gen.int(p.keys))
    }

    /// to[toBase + j] = from[fromBase + j] for j < K, as vectors (the last one masked).
    private func copyRow(_ s: AttentionShape, from: LLVMValueRef, _ fromBase: LLVMValueRef, to: LLVMValueRef,
                         _ toBase: LLVMValueRef) {
        let (g, t, lanes) = (gen, gen.f32, s.lanes)
        _ = rowVectors(s, initial: g.splat(0, t, lanes)) { j, mask, acc in
            let (src, dst) = (g.add(fromBase, j), g.add(toBase, j))
            if let mask {
                g.maskedStore(g.maskedLoad(t, lanes, from, src, mask: mask), to, dst, mask: mask)
            } else {
                g.storeVector(g.loadVector(t, lanes, from, src, align: 4), to, dst, align: 4)
            }
            return acc
        }
    }

    func emitAttention(_ node: ValueID, _ p: AttentionPlan) {
        let s = AttentionShape(p, vectorBits: options.vectorWidth)
        let r = min(s.rows, p.queries)
        let (d, e, kp) = (p.width, p.valueWidth, s.kp)
        let keeps = plan.storedProbabilities.values.contains(node)
        let outLayout = attentionLayout(node, headMajor: writesHeadMajor(node))
        kernel(outer: p.blocks, workPerIteration: 2 * p.queries * p.keys * (d + e)) { args in
            let x = self.attentionInputs(node, p, args, backward: false)
            let out = self.valuePointer(node, args)
            // The probabilities a backward kernel reads back (StoredProbabilities), before dropout.
            let kept = keeps ? self.scratchPointer(node, args, self.gen.f32) : nil
            return { block in
                let g = self.gen
                let kT = x.scratch
                let tile = g.gep(g.f32, kT, g.int(d * kp))
                self.packTransposed(s, x.k, base: x.layouts.k.offset(g, block), width: d, rowStride: x.layouts.k.rowStride,
                                    into: kT)
                g.loop(g.int(0), g.int(p.queries), step: r) { i0, _ in
                    let (rows, valid) = self.tileRows(i0, r, count: p.queries)
                    self.scoreTile(s, a: x.q, aRow: rows.map { self.rowStart(x.layouts.q, block: block, row: $0) }, width: d,
                                   packed: kT, out: tile, outRow: (0..<r).map { g.int($0 * kp) })
                    g.loop(g.int(0), g.minimum(g.int(r), g.sub(g.int(p.queries), i0))) { q, _ in
                        let (base, row) = (g.mul(q, g.int(kp)), g.add(i0, q))
                        self.probabilityRow(s, x, buffer: tile, base: base, block: block, row: row, dropped: kept == nil)
                        if let kept {
                            self.copyRow(s, from: tile, base, to: kept, self.keptRow(p, block: block, row: row))
                            if let key = x.key { self.dropRow(p, key: key, buffer: tile, base: base, block: block, row: row) }
                        }
                        return []
                    }
                    self.weightedRows(s, terms: p.keys, weight: { q, j in g.load(g.f32, tile, g.add(g.int(q * kp), j)) },
                                      value: x.v, valueBase: x.layouts.v.offset(g, block), valueStride: x.layouts.v.rowStride,
                                      width: e, out: out, outRow: rows.map { self.rowStart(outLayout, block: block, row: $0) },
                                      valid: valid)
                    return []
                }
            }
        }
    }
}

extension EntryLowerer {
    /// The packed gradients of q, k and v (RegionVJP's order: input order) from dy.
    func emitAttentionGrad(_ node: ValueID, _ p: AttentionPlan, adjoint: Int, outputs: [Int]) {
        let s = AttentionShape(p, vectorBits: options.vectorWidth)
        let offset = packedOffsets(node, outputs)
        let (d, e, kp) = (p.width, p.valueWidth, s.kp)
        kernel(outer: p.blocks, workPerIteration: 2 * p.queries * p.keys * (3 * d + 2 * e)) { args in
            let x = self.attentionInputs(node, p, args, backward: true)
            let dy = self.valuePointer(self.outerInput(node, adjoint), args)
            let dyLayout = self.inputLayout(self.outerInput(node, adjoint))
            let out = self.valuePointer(node, args)
            let kept = self.plan.storedProbabilities[node].map { self.scratchPointer($0, args, self.gen.f32) }
            return { block in
                let g = self.gen
                let kT = x.scratch
                let vT = g.gep(g.f32, kT, g.int(d * kp))
                let probs = g.gep(g.f32, vT, g.int(e * kp))
                let dS = g.gep(g.f32, probs, g.int(p.queries * kp))
                if kept == nil {
                    self.packTransposed(s, x.k, base: x.layouts.k.offset(g, block), width: d,
                                        rowStride: x.layouts.k.rowStride, into: kT)
                }
                self.packTransposed(s, x.v, base: x.layouts.v.offset(g, block), width: e, rowStride: x.layouts.v.rowStride,
                                    into: vT)
                self.attentionGradRows(s, x, block: block, dy: dy, dyLayout: dyLayout, kT: kT, vT: vT, probs: probs, dS: dS,
                                       kept: kept, out: out, dqAt: offset[p.q])
                self.attentionGradKeys(s, x, block: block, dy: dy, dyLayout: dyLayout, probs: probs, dS: dS, out: out,
                                       dkAt: offset[p.k], dvAt: offset[p.v])
            }
        }
    }

    /// Query-row tiles: probabilities into `probs` (recomputed, or copied from the forward's `kept`
    /// rows; then dropped: P̃), score gradients into `dS`, and dQ = dS·K into the output.
    private func attentionGradRows(_ s: AttentionShape, _ x: AttentionInputs, block: LLVMValueRef, dy: LLVMValueRef,
                                   dyLayout: MatrixBatchLayout, kT: LLVMValueRef, vT: LLVMValueRef, probs: LLVMValueRef,
                                   dS: LLVMValueRef, kept: LLVMValueRef?, out: LLVMValueRef, dqAt: Int?) {
        let p = s.plan, g = gen, t = gen.f32
        let (d, e, kp) = (p.width, p.valueWidth, s.kp)
        let r = min(s.rows, p.queries)
        let rowBase = g.mul(block, g.int(p.queries))
        g.loop(g.int(0), g.int(p.queries), step: r) { i0, _ in
            let (rows, valid) = self.tileRows(i0, r, count: p.queries)
            let at = rows.map { g.mul($0, g.int(kp)) }
            if kept == nil {
                self.scoreTile(s, a: x.q, aRow: rows.map { self.rowStart(x.layouts.q, block: block, row: $0) }, width: d,
                               packed: kT, out: probs, outRow: at)
            }
            self.scoreTile(s, a: dy, aRow: rows.map { self.rowStart(dyLayout, block: block, row: $0) }, width: e,
                           packed: vT, out: dS, outRow: at)
            g.loop(g.int(0), g.minimum(g.int(r), g.sub(g.int(p.queries), i0))) { q, _ in
                let row = g.add(i0, q)
                let base = g.mul(row, g.int(kp))
                if let kept {
                    self.copyRow(s, from: kept, self.keptRow(p, block: block, row: row), to: probs, base)
                } else {
                    self.probabilityRow(s, x, buffer: probs, base: base, block: block, row: row, dropped: false)
                }
                if let key = x.key { self.dropRow(p, key: key, buffer: dS, base: base, block: block, row: row) }
                // dS = c·P ⊙ (dP − Σ dP ⊙ P), softmax's VJP, then P̃ = dropout(P) for dV. Lanes past K
                // hold leftovers that nothing reads.
                let lanes = s.lanes
                let partial = self.rowVectors(s, initial: g.splat(0, t, lanes)) { j, mask, acc in
                    let at = g.add(base, j)
                    var v = g.fmul(g.loadVector(t, lanes, dS, at), g.loadVector(t, lanes, probs, at))
                    if let mask { v = g.select(mask, v, g.splat(0, t, lanes)) }
                    return g.fadd(acc, v)
                }
                let delta = g.broadcast(g.combineLanes(partial, lanes, g.fadd), lanes: lanes)
                g.loop(g.int(0), g.int(kp), step: lanes) { j, _ in
                    let at = g.add(base, j)
                    let ds = g.fmul(g.loadVector(t, lanes, probs, at), g.fsub(g.loadVector(t, lanes, dS, at), delta))
                    g.storeVector(self.scaled(ds, p, lanes: lanes), dS, at, align: 4)
                    return []
                }
                if let key = x.key { self.dropRow(p, key: key, buffer: probs, base: base, block: block, row: row) }
                return []
            }
            if let dqAt {
                self.weightedRows(s, terms: p.keys, weight: { q, j in g.load(t, dS, g.add(at[q], j)) },
                                  value: x.k, valueBase: x.layouts.k.offset(g, block), valueStride: x.layouts.k.rowStride,
                                  width: d, out: out,
                                  outRow: rows.map { g.add(g.int(dqAt), g.mul(g.add(rowBase, $0), g.int(d))) }, valid: valid)
            }
            return []
        }
    }

    /// Key-row tiles: dK = dSᵀ·Q and dV = P̃ᵀ·dY, summed over every query row in registers.
    private func attentionGradKeys(_ s: AttentionShape, _ x: AttentionInputs, block: LLVMValueRef, dy: LLVMValueRef,
                                   dyLayout: MatrixBatchLayout,
                                   probs: LLVMValueRef, dS: LLVMValueRef, out: LLVMValueRef, dkAt: Int?, dvAt: Int?) {
        let p = s.plan, g = gen, t = gen.f32
        let (d, e, kp) = (p.width, p.valueWidth, s.kp)
        let r = min(s.rows, p.keys)
        let keyBase = g.mul(block, g.int(p.keys))
        g.loop(g.int(0), g.int(p.keys), step: r) { j0, _ in
            let (cols, valid) = self.tileRows(j0, r, count: p.keys)
            let weight = { (m: LLVMValueRef) in { (q: Int, i: LLVMValueRef) in g.load(t, m, g.add(g.mul(i, g.int(kp)), cols[q])) } }
            if let dkAt {
                self.weightedRows(s, terms: p.queries, weight: weight(dS), value: x.q,
                                  valueBase: x.layouts.q.offset(g, block), valueStride: x.layouts.q.rowStride, width: d,
                                  out: out,
                                  outRow: cols.map { g.add(g.int(dkAt), g.mul(g.add(keyBase, $0), g.int(d))) }, valid: valid)
            }
            if let dvAt {
                self.weightedRows(s, terms: p.queries, weight: weight(probs), value: dy,
                                  valueBase: dyLayout.offset(g, block), valueStride: dyLayout.rowStride, width: e, out: out,
                                  outRow: cols.map { g.add(g.int(dvAt), g.mul(g.add(keyBase, $0), g.int(e))) }, valid: valid)
            }
            return []
        }
    }
}
