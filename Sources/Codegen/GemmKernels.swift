import CLLVM
import IR
import Passes

/// The generated f32 GEMM: C = op(A)·op(B) as one outlined kernel with explicit vectors at the
/// target's width (GemmMicroKernel.swift), the alternative to `cblas_sgemm` that
/// `GemmPolicy` picks per shape.
///
/// A kernel iteration owns a block of C: up to mc rows × `columnGroup` columns of one product
/// (rows of a folded batch count as one product, `MatmulShape.foldsBatchIntoRows`), so threads
/// never write the same element and each sums its elements in the same order whatever the split.
/// Inside it, BLIS's loops: per nc columns, per kc of K, B's block is packed onto the stack into
/// nr-wide panels (zero-padded past N, so every tile computes full vectors), then each mr-row
/// tile times each panel is `GemmTile.accumulate` and a store.
///
/// Edges: rows past M (only in the last row group) read a clamped row and are not stored;
/// columns past N are masked (`llvm.masked.load/store`) in the one partial panel; K needs none.
/// Sums: for each element, k in order within a K block, the blocks added in order — not the
/// interpreter's (BLAS's) order, so results agree to rounding, as BLAS's own kernels do.
extension EntryLowerer {
    /// What a kernel iteration's code needs besides its indices.
    private struct GemmPlan {
        let s: MatmulShape
        let tiling: GemmTiling
        /// Rows of one product: m, or batches·m when the batch folds into rows.
        let m: Int
        let a: LLVMValueRef, b: LLVMValueRef, c: LLVMValueRef, pack: LLVMValueRef
        var n: Int { s.n }
        var k: Int { s.k }
        var kBlocks: Int { (s.k + tiling.kc - 1) / tiling.kc }
        /// Whether some tile has rows past M (then rows are clamped and stores guarded).
        var rowTail: Bool { m % tiling.mr != 0 }
        /// Whether some panel has columns past N (then it is masked).
        var columnTail: Bool { s.n % tiling.nr != 0 }
    }

    func emitGeneratedGemm(_ v: ValueID, _ a: ValueID, _ b: ValueID, _ s: MatmulShape) {
        let fold = s.foldsBatchIntoRows
        let m = fold ? s.batches * s.m : s.m
        let products = fold ? 1 : s.batches
        let tiling = GemmTiling(vectorBits: options.vectorWidth, m: m, n: s.n, k: s.k, products: products)
        let rowGroups = (m + tiling.mc - 1) / tiling.mc
        let columnGroups = (s.n + tiling.columnGroup - 1) / tiling.columnGroup
        let perProduct = rowGroups * columnGroups
        let work = min(tiling.mc, m) * min(tiling.columnGroup, s.n) * s.k
        kernel(outer: products * perProduct, workPerIteration: work) { args in
            let pack = LLVMBuildArrayAlloca(self.gen.builder, self.gen.f32, self.gen.int(tiling.kc * tiling.nc), "packed")!
            LLVMSetAlignment(pack, 64)
            let plan = GemmPlan(s: s, tiling: tiling, m: m, a: self.valuePointer(a, args), b: self.valuePointer(b, args),
                                c: self.valuePointer(v, args), pack: pack)
            return { o in
                let g = self.gen
                let product = LLVMBuildSDiv(g.builder, o, g.int(perProduct), "")!
                let rest = LLVMBuildSRem(g.builder, o, g.int(perProduct), "")!
                let rowStart = g.mul(LLVMBuildSDiv(g.builder, rest, g.int(columnGroups), "")!, g.int(tiling.mc))
                let columnStart = g.mul(LLVMBuildSRem(g.builder, rest, g.int(columnGroups), "")!, g.int(tiling.columnGroup))
                self.gemmBlock(plan, product: product, rows: (rowStart, g.minimum(g.add(rowStart, g.int(tiling.mc)), g.int(m))),
                               columns: (columnStart, g.minimum(g.add(columnStart, g.int(tiling.columnGroup)), g.int(s.n))))
            }
        }
    }

    /// One iteration's block of C: rows.0 ..< rows.1, columns.0 ..< columns.1 of `product`.
    private func gemmBlock(_ p: GemmPlan, product: LLVMValueRef, rows: (LLVMValueRef, LLVMValueRef),
                           columns: (LLVMValueRef, LLVMValueRef)) {
        let g = gen, t = p.tiling
        let aBase = g.mul(product, g.int(p.m * p.k))
        let bBase = p.s.bShared ? g.int(0) : g.mul(product, g.int(p.k * p.n))
        let cBase = g.mul(product, g.int(p.m * p.n))
        g.loop(columns.0, columns.1, step: t.nc) { jc, _ in
            let ncw = g.minimum(g.int(t.nc), g.sub(columns.1, jc))
            let panels = LLVMBuildSDiv(g.builder, g.add(ncw, g.int(t.nr - 1)), g.int(t.nr), "")!
            g.loop(count: p.kBlocks) { block, _ in
                let k0 = g.mul(block, g.int(t.kc))
                let kcw = g.minimum(g.int(t.kc), g.sub(g.int(p.k), k0))
                self.packB(p, bBase: bBase, j0: jc, panels: panels, k0: k0, kcw: kcw)
                g.loop(rows.0, rows.1, step: t.mr) { i, _ in
                    g.loop(g.int(0), panels) { q, _ in
                        let j0 = g.add(jc, g.mul(q, g.int(t.nr)))
                        let panel = g.gep(g.f32, p.pack, g.mul(q, g.int(t.kc * t.nr)))
                        let tile = self.gemmTile(p, aBase: aBase, i: i, rowEnd: rows.1, k0: k0, panel: panel)
                        let acc = tile.accumulate(kcw: kcw)
                        let first: LLVMValueRef? = p.kBlocks == 1 ? nil : g.icmp(LLVMIntEQ, block, g.int(0))
                        self.storeTile(p, acc, cBase: cBase, i: i, rowEnd: rows.1, j0: j0, first: first)
                        return []
                    }
                    return []
                }
                return []
            }
            return []
        }
    }

    /// The tile at rows i ..< i+mr: A's row starts at k0 (rows past the group's end clamped to its
    /// last row; their results are never stored).
    private func gemmTile(_ p: GemmPlan, aBase: LLVMValueRef, i: LLVMValueRef, rowEnd: LLVMValueRef,
                          k0: LLVMValueRef, panel: LLVMValueRef) -> GemmTile {
        let g = gen
        let last = g.sub(rowEnd, g.int(1))
        let lda = p.s.lda
        let rows = (0..<p.tiling.mr).map { r in
            p.rowTail ? g.minimum(g.add(i, g.int(r)), last) : g.add(i, g.int(r))
        }
        // A(row, k) as stored: a[row·lda + k], or transposed a[k·lda + row].
        let starts = rows.map { row in
            p.s.ta ? g.add(aBase, g.add(g.mul(k0, g.int(lda)), row)) : g.add(aBase, g.add(g.mul(row, g.int(lda)), k0))
        }
        return GemmTile(gen: g, tiling: p.tiling, a: p.a, c: p.c, panel: panel, aRow: starts, aStep: p.s.ta ? lda : 1)
    }

    /// Packs B[k0 ..< k0+kcw, j0 ..< j0 + panels·nr] into nr-wide panels: panel q holds row k's
    /// nr values at q·kc·nr + k·nr; columns past N are 0.
    private func packB(_ p: GemmPlan, bBase: LLVMValueRef, j0: LLVMValueRef, panels: LLVMValueRef,
                       k0: LLVMValueRef, kcw: LLVMValueRef) {
        let g = gen, t = p.tiling, lanes = t.lanes
        let n = g.int(p.n)
        g.loop(g.int(0), panels) { q, _ in
            let first = g.add(j0, g.mul(q, g.int(t.nr)))
            let destination = g.mul(q, g.int(t.kc * t.nr))
            if p.s.tb {
                // B stored (N, K): column j of op(B) is row j of b, contiguous in k.
                g.loop(count: t.nr) { j, _ in
                    let column = g.add(first, j)
                    let copy: () -> Void = {
                        let source = g.add(bBase, g.add(g.mul(column, g.int(p.s.ldb)), k0))
                        g.loop(g.int(0), kcw) { k, _ in
                            g.store(g.load(g.f32, p.b, g.add(source, k)), p.pack,
                                    g.add(destination, g.add(g.mul(k, g.int(t.nr)), j)), g.f32)
                            return []
                        }
                    }
                    let zero: () -> Void = {
                        g.loop(g.int(0), kcw) { k, _ in
                            g.store(g.fconst(0, g.f32), p.pack, g.add(destination, g.add(g.mul(k, g.int(t.nr)), j)), g.f32)
                            return []
                        }
                    }
                    g.branch(p.columnTail ? g.icmp(LLVMIntSLT, column, n) : nil, always: true, copy, else: zero)
                    return []
                }
            } else {
                // B stored (K, N): row k's nr values are contiguous; the partial panel is masked.
                let rowsLoop: ([LLVMValueRef]?) -> Void = { masks in
                    g.loop(g.int(0), kcw) { k, _ in
                        let source = g.add(bBase, g.add(g.mul(g.add(k0, k), g.int(p.s.ldb)), first))
                        for v in 0..<t.vectors {
                            let at = g.add(source, g.int(v * lanes))
                            let x = masks.map { g.maskedLoad(g.f32, lanes, p.b, at, mask: $0[v]) }
                                ?? g.loadVector(g.f32, lanes, p.b, at, align: 4)
                            g.storeVector(x, p.pack, g.add(destination, g.add(g.mul(k, g.int(t.nr)), g.int(v * lanes))),
                                          align: lanes * 4)
                        }
                        return []
                    }
                }
                let full = g.icmp(LLVMIntSLE, g.add(first, g.int(t.nr)), n)
                g.branch(p.columnTail ? full : nil, always: true, { rowsLoop(nil) }, else: {
                    rowsLoop((0..<t.vectors).map { g.laneMask(first: g.add(first, g.int($0 * lanes)), limit: n, lanes: lanes) })
                })
            }
            return []
        }
    }

    /// Writes the tile's accumulators to C (adding C's value after the first K block): plain
    /// vector stores for a full panel, masked ones past N; rows past the group's end skipped.
    private func storeTile(_ p: GemmPlan, _ acc: [LLVMValueRef], cBase: LLVMValueRef, i: LLVMValueRef,
                           rowEnd: LLVMValueRef, j0: LLVMValueRef, first: LLVMValueRef?) {
        let g = gen, t = p.tiling, lanes = t.lanes
        let n = g.int(p.n)
        let write = { (masks: [LLVMValueRef]?, add: Bool) in
            for r in 0..<t.mr {
                let row = g.add(i, g.int(r))
                let body = {
                    let base = g.add(cBase, g.add(g.mul(row, n), j0))
                    for v in 0..<t.vectors {
                        let at = g.add(base, g.int(v * lanes))
                        var x = acc[r * t.vectors + v]
                        if let masks {
                            if add { x = g.fadd(g.maskedLoad(g.f32, lanes, p.c, at, mask: masks[v]), x) }
                            g.maskedStore(x, p.c, at, mask: masks[v])
                        } else {
                            if add { x = g.fadd(g.loadVector(g.f32, lanes, p.c, at, align: 4), x) }
                            g.storeVector(x, p.c, at, align: 4)
                        }
                    }
                }
                if p.rowTail { g.ifThen(g.icmp(LLVMIntSLT, row, rowEnd), body) } else { body() }
            }
        }
        let both = { (masks: [LLVMValueRef]?) in
            g.branch(first, always: true, { write(masks, false) }, else: { write(masks, true) })
        }
        let full = g.icmp(LLVMIntSLE, g.add(j0, g.int(t.nr)), n)
        g.branch(p.columnTail ? full : nil, always: true, { both(nil) }, else: {
            both((0..<t.vectors).map { g.laneMask(first: g.add(j0, g.int($0 * lanes)), limit: n, lanes: lanes) })
        })
    }
}
