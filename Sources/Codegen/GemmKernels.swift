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
/// Edges: the last row tile of a product (in the last row group) has only M mod mr rows;
/// columns past N are masked (`llvm.masked.load/store`) in the one partial panel; K needs none.
/// Sums: for each element, k in order within a K block, the blocks added in order — not the
/// interpreter's (BLAS's) order, so results agree to rounding, as BLAS's own kernels do.
extension EntryLowerer {
    /// What a kernel iteration's code needs besides its indices.
    private struct GemmPlan {
        let s: MatmulShape
        /// Where each product's A, B and C sit (contiguous, or a head split / merge in place).
        let layout: MatmulLayout
        let tiling: GemmTiling
        /// Rows of one product: m, or batches·m when the batch folds into rows.
        let m: Int
        let a: LLVMValueRef, b: LLVMValueRef, c: LLVMValueRef
        /// B's packed panels: the workspace (packed once) or the iteration's stack block.
        let pack: LLVMValueRef
        /// A packed once into mr-row micro-panels (`GemmTiling.packA`), else nil: read in place.
        var packedA: LLVMValueRef? = nil
        /// A `gemm_epilogue` region's epilogue (GemmEpilogueKernels.swift), in one of its two
        /// forms: per flattened row, `(column, accumulator, mask)` → the vector to store after the
        /// last K block; or `(flattened row, j0, width)` rewriting a stored row segment then.
        var vectorEpilogue: ((LLVMValueRef) -> (LLVMValueRef, LLVMValueRef, LLVMValueRef?) -> LLVMValueRef)? = nil
        var rowEpilogue: ((LLVMValueRef, LLVMValueRef, LLVMValueRef) -> Void)? = nil
        var n: Int { s.n }
        var k: Int { s.k }
        var lda: Int { layout.a.rowStride }
        var ldb: Int { layout.b.rowStride }
        var ldc: Int { layout.c.rowStride }
        var kBlocks: Int { (s.k + tiling.kc - 1) / tiling.kc }
        /// nr-wide panels across N (the last one zero-padded).
        var panels: Int { (s.n + tiling.nr - 1) / tiling.nr }
        /// mr-row tiles down one product's M (the last one partial).
        var tiles: Int { (m + tiling.mr - 1) / tiling.mr }
        /// Whether the last row tile has fewer than mr rows (M mod mr, then a copy of its own).
        var rowTail: Bool { m % tiling.mr != 0 }
        /// Whether some panel has columns past N (then it is masked).
        var columnTail: Bool { s.n % tiling.nr != 0 }
    }

    /// The workspace of `GemmTiling.packOnce`, in floats: B's panels of every product, then
    /// (with `packA`) A's micro-panels of every product.
    private struct GemmWorkspaceLayout {
        let bFloats: Int, aFloats: Int
        init(_ s: MatmulShape, _ t: GemmTiling, m: Int, products: Int, packedProducts: Int) {
            bFloats = packedProducts * ((s.n + t.nr - 1) / t.nr) * s.k * t.nr
            aFloats = t.packA ? products * ((m + t.mr - 1) / t.mr) * s.k * t.mr : 0
        }
    }

    func emitGeneratedGemm(_ v: ValueID, _ a: ValueID, _ b: ValueID, _ s: MatmulShape, layout: MatmulLayout,
                           epilogue: GemmEpilogue? = nil) {
        // The epilogue addresses the output as contiguous rows (a gemm_epilogue region's result
        // is never a head merge's bytes: HeadTransposeViews.swift wants a plain matmul).
        precondition(epilogue == nil || layout.c.isContiguous, "a GEMM epilogue on a head-major result")
        let fold = s.foldsBatchIntoRows && layout.isContiguous
        let m = fold ? s.batches * s.m : s.m
        let products = fold ? 1 : s.batches
        let packedProducts = s.bShared ? 1 : products
        let tiling = GemmTiling(vectorBits: options.vectorWidth, m: m, n: s.n, k: s.k, products: products,
                                packedProducts: packedProducts)
        let rowGroups = (m + tiling.mc - 1) / tiling.mc
        let columnGroups = (s.n + tiling.columnGroup - 1) / tiling.columnGroup
        let perProduct = rowGroups * columnGroups
        let work = min(tiling.mc, m) * min(tiling.columnGroup, s.n) * s.k
        let workspaceLayout = GemmWorkspaceLayout(s, tiling, m: m, products: products, packedProducts: packedProducts)
        var workspace: LLVMValueRef?
        if tiling.packOnce {
            let bytes = 4 * (workspaceLayout.bFloats + workspaceLayout.aFloats)
            let space = gen.call("eptc_gemm_workspace", gen.i8Ptr, [gen.int(bytes)], types: [gen.i64])
            workspace = space
            emitPackB(b, s, layout: layout, tiling, m: m, products: packedProducts, workspace: space)
            if tiling.packA {
                emitPackA(a, s, layout: layout, tiling, m: m, products: products, at: workspaceLayout.bFloats,
                          workspace: space)
            }
        }
        kernel(outer: products * perProduct, workPerIteration: work, workspace: workspace) { args in
            let g = self.gen
            var plan: GemmPlan
            let (pa, pb, pc) = (self.valuePointer(a, args), self.valuePointer(b, args), self.valuePointer(v, args))
            if tiling.packOnce {
                let space = g.bitcast(self.workspacePointer(args), g.pointerType(g.f32))
                plan = GemmPlan(s: s, layout: layout, tiling: tiling, m: m, a: pa, b: pb, c: pc, pack: space)
                if tiling.packA { plan.packedA = g.gep(g.f32, space, g.int(workspaceLayout.bFloats)) }
            } else {
                let pack = LLVMBuildArrayAlloca(g.builder, g.f32, g.int(tiling.kc * tiling.nc), "packed")!
                LLVMSetAlignment(pack, 64)
                plan = GemmPlan(s: s, layout: layout, tiling: tiling, m: m, a: pa, b: pb, c: pc, pack: pack)
            }
            switch epilogue {
            case .vectors(let e): plan.vectorEpilogue = e(args, tiling.lanes)
            case .rows(let e): plan.rowEpilogue = e(args)
            case nil: break
            }
            return { o in
                let product = LLVMBuildSDiv(g.builder, o, g.int(perProduct), "")!
                let rest = LLVMBuildSRem(g.builder, o, g.int(perProduct), "")!
                let rowStart = g.mul(LLVMBuildSDiv(g.builder, rest, g.int(columnGroups), "")!, g.int(tiling.mc))
                let columnStart = g.mul(LLVMBuildSRem(g.builder, rest, g.int(columnGroups), "")!, g.int(tiling.columnGroup))
                self.gemmBlock(plan, product: product, rows: (rowStart, g.minimum(g.add(rowStart, g.int(tiling.mc)), g.int(m))),
                               columns: (columnStart, g.minimum(g.add(columnStart, g.int(tiling.columnGroup)), g.int(s.n))))
            }
        }
    }

    /// The B pack kernel of `GemmTiling.packOnce`: one iteration per (product, panel) packs the
    /// panel's K × nr values, K block by K block: `packedPanel` says where. A K block's panels
    /// are contiguous, so the kc × nc block the row tiles share is one run of memory (panels
    /// K·nr apart would map onto the same L2 sets for K a multiple of 512).
    private func emitPackB(_ b: ValueID, _ s: MatmulShape, layout: MatmulLayout, _ tiling: GemmTiling, m: Int,
                           products: Int, workspace: LLVMValueRef) {
        let panels = (s.n + tiling.nr - 1) / tiling.nr
        kernel(outer: products * panels, workPerIteration: s.k * tiling.nr, workspace: workspace) { args in
            let g = self.gen, null = LLVMConstPointerNull(g.pointerType(g.f32))!
            let plan = GemmPlan(s: s, layout: layout, tiling: tiling, m: m, a: null, b: self.valuePointer(b, args), c: null,
                                pack: g.bitcast(self.workspacePointer(args), g.pointerType(g.f32)))
            return { o in
                let product = LLVMBuildSDiv(g.builder, o, g.int(panels), "")!
                let q = LLVMBuildSRem(g.builder, o, g.int(panels), "")!
                g.loop(count: plan.kBlocks) { block, _ in
                    let k0 = g.mul(block, g.int(tiling.kc))
                    let kcw = g.minimum(g.int(tiling.kc), g.sub(g.int(s.k), k0))
                    self.packPanel(plan, bBase: layout.b.offset(g, product), first: g.mul(q, g.int(tiling.nr)),
                                   destination: self.packedPanel(plan, product: product, panel: q, k0: k0, kcw: kcw),
                                   k0: k0, kcw: kcw)
                    return []
                }
            }
        }
    }

    /// Where B packed once holds (product, panel)'s rows k0 ..< k0+kcw (one K block): products
    /// K · panels · nr apart, K blocks kc · panels · nr apart, a block's panels kcw · nr apart.
    private func packedPanel(_ p: GemmPlan, product: LLVMValueRef, panel: LLVMValueRef, k0: LLVMValueRef,
                             kcw: LLVMValueRef) -> LLVMValueRef {
        let g = gen, nr = p.tiling.nr
        let start = g.add(g.mul(product, g.int(p.k * p.panels * nr)), g.mul(k0, g.int(p.panels * nr)))
        return g.add(start, g.mul(g.mul(panel, kcw), g.int(nr)))
    }

    /// The A pack kernel of `GemmTiling.packA`: one iteration per (product, mr-row tile) packs
    /// the tile's mr × K values at `at` + (product · tiles + tile) · K · mr of the workspace.
    private func emitPackA(_ a: ValueID, _ s: MatmulShape, layout: MatmulLayout, _ tiling: GemmTiling, m: Int,
                           products: Int, at: Int, workspace: LLVMValueRef) {
        let tiles = (m + tiling.mr - 1) / tiling.mr
        kernel(outer: products * tiles, workPerIteration: s.k * tiling.mr, workspace: workspace) { args in
            let g = self.gen, null = LLVMConstPointerNull(g.pointerType(g.f32))!
            let space = g.bitcast(self.workspacePointer(args), g.pointerType(g.f32))
            let plan = GemmPlan(s: s, layout: layout, tiling: tiling, m: m, a: self.valuePointer(a, args), b: null, c: null,
                                pack: space)
            return { o in
                let product = LLVMBuildSDiv(g.builder, o, g.int(tiles), "")!
                let i = g.mul(LLVMBuildSRem(g.builder, o, g.int(tiles), "")!, g.int(tiling.mr))
                let into = g.gep(g.f32, space, g.add(g.int(at), g.mul(o, g.int(s.k * tiling.mr))))
                self.packTileA(plan, aBase: layout.a.offset(g, product), i: i, rowEnd: g.int(m), k0: g.int(0),
                               kcw: g.int(s.k), into: into)
            }
        }
    }

    /// One iteration's block of C: rows.0 ..< rows.1, columns.0 ..< columns.1 of `product`.
    /// Loops: per nc columns, per K block (B's kc × nc block shared from L2 by the row tiles), per
    /// mr-row tile (its A, mr × kc, kept in L1 across the panels), per nr-wide panel.
    private func gemmBlock(_ p: GemmPlan, product: LLVMValueRef, rows: (LLVMValueRef, LLVMValueRef),
                           columns: (LLVMValueRef, LLVMValueRef)) {
        let g = gen, t = p.tiling
        let (aBase, bBase, cBase) = (p.layout.a.offset(g, product), p.layout.b.offset(g, product),
                                     p.layout.c.offset(g, product))
        g.loop(columns.0, columns.1, step: t.nc) { jc, _ in
            let ncw = g.minimum(g.int(t.nc), g.sub(columns.1, jc))
            let panels = LLVMBuildSDiv(g.builder, g.add(ncw, g.int(t.nr - 1)), g.int(t.nr), "")!
            g.loop(count: p.kBlocks) { block, _ in
                let k0 = g.mul(block, g.int(t.kc))
                let kcw = g.minimum(g.int(t.kc), g.sub(g.int(p.k), k0))
                // Panel q of this block: in the workspace (packed once) or packed here.
                let panelAt: (LLVMValueRef) -> LLVMValueRef
                if t.packOnce {
                    let packedProduct = p.s.bShared ? g.int(0) : product
                    let firstPanel = LLVMBuildSDiv(g.builder, jc, g.int(t.nr), "")!
                    panelAt = { q in self.packedPanel(p, product: packedProduct, panel: g.add(firstPanel, q), k0: k0, kcw: kcw) }
                } else {
                    g.loop(g.int(0), panels) { q, _ in
                        self.packPanel(p, bBase: bBase, first: g.add(jc, g.mul(q, g.int(t.nr))),
                                       destination: g.mul(q, g.int(t.kc * t.nr)), k0: k0, kcw: kcw)
                        return []
                    }
                    panelAt = { q in g.mul(q, g.int(t.kc * t.nr)) }
                }
                // The row tiles: full ones, then (only where M has a tail, and only in the last
                // row group, as groups are whole tiles) one of M mod mr rows, a copy of its own.
                // Why not one loop whose last tile clamps its rows: clamped rows are mr separate
                // addresses of A, more than x86's integer registers hold beside the loop's own,
                // and LLVM then spilled and rotated the accumulators at every k step of every
                // tile (half the rate on attention's products); a tile's rows i + r share one
                // address register at constant offsets, and the short tile computes no rows
                // past M.
                let kBlock = GemmKBlock(block: block, k0: k0, kcw: kcw, jc: jc, panels: panels, panelAt: panelAt)
                let tileRow = { (i: LLVMValueRef, tileRows: Int) in
                    self.gemmTileRow(p, kBlock, product: product, aBase: aBase, cBase: cBase, i: i, rows: tileRows)
                }
                let fullEnd = !p.rowTail ? rows.1
                    : g.add(rows.0, g.mul(LLVMBuildSDiv(g.builder, g.sub(rows.1, rows.0), g.int(t.mr), "")!, g.int(t.mr)))
                g.loop(rows.0, fullEnd, step: t.mr) { i, _ in tileRow(i, t.mr); return [] }
                if p.rowTail { g.ifThen(g.icmp(LLVMIntSLT, fullEnd, rows.1)) { tileRow(fullEnd, p.m % t.mr) } }
                return []
            }
            return []
        }
    }

    /// Where one K block of one nc-wide column block stands: its index, first k and width, the
    /// block's first column, its panel count, and where panel q of it is packed.
    private struct GemmKBlock {
        let block: LLVMValueRef, k0: LLVMValueRef, kcw: LLVMValueRef
        let jc: LLVMValueRef, panels: LLVMValueRef
        let panelAt: (LLVMValueRef) -> LLVMValueRef
    }

    /// The tile at rows i ..< i+rows times each panel of the K block: accumulated, stored, and
    /// (after the last K block) rewritten by the row epilogue while still in L1.
    private func gemmTileRow(_ p: GemmPlan, _ kb: GemmKBlock, product: LLVMValueRef, aBase: LLVMValueRef,
                             cBase: LLVMValueRef, i: LLVMValueRef, rows: Int) {
        let g = gen, t = p.tiling
        g.loop(g.int(0), kb.panels) { q, _ in
            let j0 = g.add(kb.jc, g.mul(q, g.int(t.nr)))
            let panel = g.gep(g.f32, p.pack, kb.panelAt(q))
            let first: LLVMValueRef? = p.kBlocks == 1 ? nil : g.icmp(LLVMIntEQ, kb.block, g.int(0))
            let last: LLVMValueRef? = p.kBlocks == 1 ? nil : g.icmp(LLVMIntEQ, kb.block, g.int(p.kBlocks - 1))
            let compute = { (vectors: Int) in
                let tile = self.gemmTile(p, product: product, aBase: aBase, i: i, rows: rows, k0: kb.k0, panel: panel)
                let acc = tile.accumulate(kcw: kb.kcw, vectors: vectors)
                self.storeTile(p, acc, rows: rows, vectors: vectors, product: product, cBase: cBase, i: i, j0: j0,
                               first: first, last: last)
            }
            // The last panel, when N leaves it at most one vector of columns, computes that
            // vector alone (the panel's others are all past N): attention's scores (N 228 = 7·32
            // + 4) do 7.5 panels' work instead of 8, MiniLM's (N 104) 3.5 instead of 4.
            if p.columnTail && p.n % t.nr <= t.lanes {
                g.ifThenElse(g.icmp(LLVMIntSLE, g.sub(g.int(p.n), j0), g.int(t.lanes)), { compute(1) },
                             else: { compute(t.vectors) })
            } else {
                compute(t.vectors)
            }
            if let epilogue = p.rowEpilogue {
                g.ifThen(g.icmp(LLVMIntEQ, kb.block, g.int(p.kBlocks - 1))) {
                    let width = g.minimum(g.int(t.nr), g.sub(g.int(p.n), j0))
                    g.loop(i, g.add(i, g.int(rows))) { row, _ in
                        epilogue(g.add(g.mul(product, g.int(p.m)), row), j0, width)
                        return []
                    }
                }
            }
            return []
        }
    }

    /// The tile at rows i ..< i+rows (rows ≤ mr) from k0: A's micro-panel when packed (mr wide
    /// whatever the rows), else A's rows in place.
    private func gemmTile(_ p: GemmPlan, product: LLVMValueRef, aBase: LLVMValueRef, i: LLVMValueRef,
                          rows: Int, k0: LLVMValueRef, panel: LLVMValueRef) -> GemmTile {
        let g = gen, mr = p.tiling.mr
        if let packedA = p.packedA {
            let tile = g.add(g.mul(product, g.int(p.tiles)), LLVMBuildSDiv(g.builder, i, g.int(mr), "")!)
            let start = g.mul(g.add(g.mul(tile, g.int(p.k)), k0), g.int(mr))
            return GemmTile(gen: g, tiling: p.tiling, a: packedA, panel: panel,
                            aRow: (0..<rows).map { g.add(start, g.int($0)) }, aStep: mr)
        }
        let lda = p.lda
        // A(row, k) as stored: a[row·lda + k], or transposed a[k·lda + row].
        let starts = (0..<rows).map { g.add(i, g.int($0)) }.map { row in
            p.s.ta ? g.add(aBase, g.add(g.mul(k0, g.int(lda)), row)) : g.add(aBase, g.add(g.mul(row, g.int(lda)), k0))
        }
        return GemmTile(gen: g, tiling: p.tiling, a: p.a, panel: panel, aRow: starts, aStep: p.s.ta ? lda : 1)
    }

    /// Packs the tile's A (rows i ..< i+mr, k0 ..< k0+kcw) into `packedA`, k-major: A(i+r, k0+k)
    /// at k·mr + r. Why: the micro-kernel then reads one contiguous stream, where rows of A in
    /// place sit lda apart, which for lda a multiple of 512 floats maps all mr rows onto the same
    /// L1 sets and evicts them between panels. Rows past the group's end are clamped to its last
    /// row (the last tile reads only its M mod mr rows; the micro-panel stays mr wide).
    private func packTileA(_ p: GemmPlan, aBase: LLVMValueRef, i: LLVMValueRef, rowEnd: LLVMValueRef,
                           k0: LLVMValueRef, kcw: LLVMValueRef, into packedA: LLVMValueRef) {
        let g = gen, mr = p.tiling.mr, lda = p.lda
        let last = g.sub(rowEnd, g.int(1))
        let rows = (0..<mr).map { r in p.rowTail ? g.minimum(g.add(i, g.int(r)), last) : g.add(i, g.int(r)) }
        if p.s.ta {
            // A stored (K, M): the tile's mr values of one k are contiguous.
            g.loop(g.int(0), kcw) { k, _ in
                let source = g.add(aBase, g.mul(g.add(k0, k), g.int(lda)))
                for r in 0..<mr {
                    g.store(g.load(g.f32, p.a, g.add(source, rows[r])), packedA, g.add(g.mul(k, g.int(mr)), g.int(r)), g.f32)
                }
                return []
            }
        } else {
            // A stored (M, K): one contiguous run of kcw per row.
            for r in 0..<mr {
                let source = g.add(aBase, g.add(g.mul(rows[r], g.int(lda)), k0))
                g.loop(g.int(0), kcw) { k, _ in
                    g.store(g.load(g.f32, p.a, g.add(source, k)), packedA, g.add(g.mul(k, g.int(mr)), g.int(r)), g.f32)
                    return []
                }
            }
        }
    }

    /// Packs B[k0 ..< k0+kcw, first ..< first+nr] as one nr-wide panel: row k's nr values at
    /// destination + k·nr; columns past N are 0.
    private func packPanel(_ p: GemmPlan, bBase: LLVMValueRef, first: LLVMValueRef, destination: LLVMValueRef,
                           k0: LLVMValueRef, kcw: LLVMValueRef) {
        if p.s.tb {
            return packTransposedPanel(p, bBase: bBase, first: first, destination: destination, k0: k0, kcw: kcw)
        }
        let g = gen, t = p.tiling, lanes = t.lanes
        let n = g.int(p.n)
        // B stored (K, N): row k's nr values are contiguous; the partial panel is masked.
        let rowsLoop: ([LLVMValueRef]?) -> Void = { masks in
            g.loop(g.int(0), kcw) { k, _ in
                let source = g.add(bBase, g.add(g.mul(g.add(k0, k), g.int(p.ldb)), first))
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

    /// `packPanel` for B stored (N, K): column j of op(B) is row j of b, contiguous in k. Per
    /// `lanes` consecutive k, each of the panel's columns gives one vector load along K and a
    /// transpose in registers (`transposeSquare`) turns each group of `lanes` columns into one
    /// vector per k (one scalar load per element, inserted lane by lane, was ~5% of attention's
    /// scores product). The k past the last whole group take nr scalar loads each. Columns past
    /// N read the last column and are zeroed.
    private func packTransposedPanel(_ p: GemmPlan, bBase: LLVMValueRef, first: LLVMValueRef,
                                     destination: LLVMValueRef, k0: LLVMValueRef, kcw: LLVMValueRef) {
        let g = gen, t = p.tiling, lanes = t.lanes
        let n = g.int(p.n)
        let vt = g.vectorType(g.f32, lanes)
        let columns = (0..<t.nr).map { j -> LLVMValueRef in
            let column = g.add(first, g.int(j))
            return g.add(bBase, g.mul(p.columnTail ? g.minimum(column, g.int(p.n - 1)) : column, g.int(p.ldb)))
        }
        let inside: [LLVMValueRef]? = p.columnTail
            ? (0..<t.vectors).map { g.laneMask(first: g.add(first, g.int($0 * lanes)), limit: n, lanes: lanes) } : nil
        let zero = LLVMConstNull(vt)!
        let store = { (x: LLVMValueRef, k: LLVMValueRef, v: Int) in
            let value = inside.map { LLVMBuildSelect(g.builder, $0[v], x, zero, "")! } ?? x
            g.storeVector(value, p.pack, g.add(destination, g.add(g.mul(k, g.int(t.nr)), g.int(v * lanes))),
                          align: lanes * 4)
        }
        let groups = LLVMBuildSDiv(g.builder, kcw, g.int(lanes), "")!
        g.loop(g.int(0), groups) { group, _ in
            let k = g.mul(group, g.int(lanes))
            let kk = g.add(k0, k)
            for v in 0..<t.vectors {
                let rows = (0..<lanes).map { l in g.loadVector(g.f32, lanes, p.b, g.add(columns[v * lanes + l], kk), align: 4) }
                for (step, x) in g.transposeSquare(rows).enumerated() { store(x, g.add(k, g.int(step)), v) }
            }
            return []
        }
        g.loop(g.mul(groups, g.int(lanes)), kcw) { k, _ in
            let kk = g.add(k0, k)
            for v in 0..<t.vectors {
                var x = LLVMGetUndef(vt)!
                for l in 0..<lanes {
                    let e = g.load(g.f32, p.b, g.add(columns[v * lanes + l], kk))
                    x = LLVMBuildInsertElement(g.builder, x, e, g.int32(Int32(l)), "")!
                }
                store(x, k, v)
            }
            return []
        }
    }

    /// Writes the tile's accumulators to C (adding C's value after the first K block; after the
    /// last, through the vector epilogue if there is one): plain vector stores for a full panel,
    /// masked ones past N. `acc` holds `rows` rows (mr, or M mod mr in the last tile) of
    /// `vectors` each (the tiling's, or 1 in a narrow last panel). `first` / `last` nil:
    /// statically true (one K block).
    private func storeTile(_ p: GemmPlan, _ acc: [LLVMValueRef], rows: Int, vectors: Int, product: LLVMValueRef,
                           cBase: LLVMValueRef, i: LLVMValueRef, j0: LLVMValueRef,
                           first: LLVMValueRef?, last: LLVMValueRef?) {
        let g = gen, t = p.tiling, lanes = t.lanes
        let n = g.int(p.n)
        let write = { (masks: [LLVMValueRef]?, add: Bool, final: Bool) in
            for r in 0..<rows {
                let row = g.add(i, g.int(r))
                let base = g.add(cBase, g.add(g.mul(row, g.int(p.ldc)), j0))
                // The epilogue addresses the output as (rows of every product, N).
                let epilogue = final ? p.vectorEpilogue?(g.add(g.mul(product, g.int(p.m)), row)) : nil
                for v in 0..<vectors {
                    let at = g.add(base, g.int(v * lanes))
                    var x = acc[r * vectors + v]
                    if add {
                        let c = masks.map { g.maskedLoad(g.f32, lanes, p.c, at, mask: $0[v]) }
                            ?? g.loadVector(g.f32, lanes, p.c, at, align: 4)
                        x = g.fadd(c, x)
                    }
                    if let epilogue { x = epilogue(g.add(j0, g.int(v * lanes)), x, masks?[v]) }
                    if let masks { g.maskedStore(x, p.c, at, mask: masks[v]) } else { g.storeVector(x, p.c, at, align: 4) }
                }
            }
        }
        let both = { (masks: [LLVMValueRef]?) in
            if p.vectorEpilogue == nil || p.kBlocks == 1 {
                g.branch(first, always: true, { write(masks, false, true) }, else: { write(masks, true, false) })
            } else {
                g.branch(first, always: true, { write(masks, false, false) }, else: {
                    g.branch(last, always: true, { write(masks, true, true) }, else: { write(masks, true, false) })
                })
            }
        }
        let full = g.icmp(LLVMIntSLE, g.add(j0, g.int(t.nr)), n)
        g.branch(p.columnTail ? full : nil, always: true, { both(nil) }, else: {
            both((0..<vectors).map { g.laneMask(first: g.add(j0, g.int($0 * lanes)), limit: n, lanes: lanes) })
        })
    }
}
