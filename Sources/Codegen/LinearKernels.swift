import CLLVM
import IR
import Passes

/// A matmul's products: `batches` of (M×K)·(K×N), and whether one b serves the whole batch.
struct MatmulShape: Hashable {
    var batches: Int, m: Int, n: Int, k: Int
    var lda: Int, ldb: Int       // row lengths of a and b as stored
    var bShared: Bool
    var ta: Bool, tb: Bool

    init(a sa: [Int], b sb: [Int], transposeA ta: Bool, transposeB tb: Bool) {
        let (ra, ca) = (sa[sa.count - 2], sa[sa.count - 1])
        let (rb, cb) = (sb[sb.count - 2], sb[sb.count - 1])
        (batches, m, n, k) = (sa.dropLast(2).reduce(1, *), ta ? ca : ra, tb ? rb : cb, ta ? ra : ca)
        (lda, ldb, bShared, self.ta, self.tb) = (ca, cb, sb.count == 2, ta, tb)
    }

    /// A shared b with an untransposed a: the batch's rows are contiguous, so the whole batch is
    /// one GEMM of `batches·m` rows (a linear layer over (B, L, K) activations is one GEMM of B·L
    /// rows, which reads the weight once).
    var foldsBatchIntoRows: Bool { bShared && !ta && batches > 1 }

    /// Whether a BLAS GEMM of this shape skips a's padded rows: a is (N, S, K), folded into N·S
    /// rows, and zero past each sequence's mask (`ZeroRows` on axes 0 and 1).
    static func skipsPaddedRows(_ s: MatmulShape, aRank: Int, _ fact: ZeroRows?) -> Bool {
        guard let fact, s.foldsBatchIntoRows, !s.ta, aRank == 3 else { return false }
        return fact.batchAxis == 0 && fact.sequenceAxis == 1
    }

    /// "(8·168)×512×2048 Bᵀ" for a folded batch (one GEMM, M = 8·168), "8×(128×128×64 Bᵀ)" for
    /// a batch of products, "64×5×64" for one.
    var label: String {
        let suffix = (ta ? " Aᵀ" : "") + (tb ? " Bᵀ" : "")
        if foldsBatchIntoRows { return "(\(batches)·\(m))×\(n)×\(k)" + suffix }
        let mnk = "\(m)×\(n)×\(k)" + suffix
        return batches > 1 ? "\(batches)×(\(mnk))" : mnk
    }
}

/// matmul (above a size threshold BLAS or the generated GEMM, `GemmPolicy`; loops below), gather
/// and scatter_add.
extension EntryLowerer {
    func emitMatmul(_ v: ValueID, transposeA ta: Bool, transposeB tb: Bool) {
        emitProduct(v, entry.nodes[v].inputs[0], entry.nodes[v].inputs[1], transposeA: ta, transposeB: tb)
    }

    /// v's buffer = op(a)·op(b), by the code the shape gets: the generated GEMM, BLAS (or
    /// oneDNN) calls, or loops below the GEMM threshold.
    func emitProduct(_ v: ValueID, _ a: ValueID, _ b: ValueID, transposeA ta: Bool, transposeB tb: Bool) {
        let s = MatmulShape(a: type(a).shape, b: type(b).shape, transposeA: ta, transposeB: tb)
        let layout = matmulLayout(v, a, b, s)
        if s.m * s.n * s.k >= options.gemmThreshold {
            let decision = options.gemmDecision(s, type(v).dtype)
            if decision.generated {
                emitGeneratedGemm(v, a, b, s, layout: layout)
            } else {
                emitGemmCalls(v, a, b, ta, tb, s, layout, dnnl: decision.dnnl)
            }
        } else {
            emitSmallMatmul(v, a, b, ta, tb, s, layout)
        }
    }


    /// One `cblas_?gemm` per batch, from the entry (BLAS brings its own threads). A shared b with an
    /// untransposed a folds the batch into M: one call for the whole batch (`foldsBatchIntoRows`).
    /// A batch of small products is one `eptc_gemm_batch` call instead. With `dnnl` (f32 only) the
    /// same calls go to oneDNN: `eptc_dnnl_sgemm_call` / `eptc_dnnl_gemm_batch` (Runtime DNNLGemm.swift).
    private func emitGemmCalls(_ v: ValueID, _ a: ValueID, _ b: ValueID, _ ta: Bool, _ tb: Bool, _ s: MatmulShape,
                               _ layout: MatmulLayout, dnnl: Bool) {
        let args = entryArgs!
        let d = type(v).dtype
        let t = gen.elementType(d)
        let (pa, pb, pc) = (valuePointer(a, args), valuePointer(b, args), valuePointer(v, args))
        let fold = s.foldsBatchIntoRows && layout.isContiguous
        let calls = fold ? 1 : s.batches
        let m = fold ? s.m * s.batches : s.m
        let (lda, ldb, ldc) = (layout.a.rowStride, layout.b.rowStride, layout.c.rowStride)
        let i = { (x: Int) in self.gen.int32(Int32(clamping: x)) }
        if calls > 1, s.m * s.n * s.k <= options.batchedProductLimit {
            let heads = layout.heads
            let (sa, sb, sc) = (layout.a.steps(heads: heads), layout.b.steps(heads: heads), layout.c.steps(heads: heads))
            let kind = dnnl ? [] : [i(d == .f64 ? 1 : 0)]
            gen.call(dnnl ? "eptc_dnnl_gemm_batch" : "eptc_gemm_batch", gen.void, kind + [
                i(ta ? 112 : 111), i(tb ? 112 : 111), i(s.m), i(s.n), i(s.k),
                gen.bitcast(pa, gen.i8Ptr), i(lda), gen.int(sa.head),
                gen.bitcast(pb, gen.i8Ptr), i(ldb), gen.int(sb.head),
                gen.bitcast(pc, gen.i8Ptr), i(ldc), gen.int(sc.head), gen.int(calls),
                gen.int(heads), gen.int(sa.outer), gen.int(sb.outer), gen.int(sc.outer),
            ], types: (dnnl ? [] : [gen.i32]) + [gen.i32, gen.i32, gen.i32, gen.i32, gen.i32, gen.i8Ptr, gen.i32, gen.i64,
                                                  gen.i8Ptr, gen.i32, gen.i64, gen.i8Ptr, gen.i32, gen.i64, gen.i64,
                                                  gen.i64, gen.i64, gen.i64, gen.i64])
            return
        }
        if fold, !dnnl, d == .f32, let mask = paddedRowsMask(a, s) {
            // Rows past each sequence's mask are zero in a, so in c: computed only where live.
            let p32 = gen.pointerType(gen.i32)
            gen.call("eptc_sgemm_live_rows", gen.void, [
                i(tb ? 112 : 111), i(s.batches), i(s.m), i(s.n), i(s.k), pa, i(lda), pb, i(ldb), pc, i(ldc),
                gen.bitcast(valuePointer(mask, args), p32),
            ], types: [gen.i32, gen.i32, gen.i32, gen.i32, gen.i32, gen.pointerType(t), gen.i32, gen.pointerType(t),
                       gen.i32, gen.pointerType(t), gen.i32, p32])
            return
        }
        let name = dnnl ? "eptc_dnnl_sgemm_call" : d == .f64 ? "cblas_dgemm" : "cblas_sgemm"
        let tp = gen.pointerType(t)
        let types = dnnl ? [gen.i32, gen.i32, gen.i32, gen.i32, gen.i32, tp, gen.i32, tp, gen.i32, tp, gen.i32]
            : [gen.i32, gen.i32, gen.i32, gen.i32, gen.i32, gen.i32, t, tp, gen.i32, tp, gen.i32, t, tp, gen.i32]
        gen.loop(count: calls) { batch, _ in
            let (offA, offB, offC) = (layout.a.offset(self.gen, batch), layout.b.offset(self.gen, batch),
                                      layout.c.offset(self.gen, batch))
            let (pa, pb, pc) = (self.gen.gep(t, pa, offA), self.gen.gep(t, pb, offB), self.gen.gep(t, pc, offC))
            // oneDNN's entry takes no order, alpha or beta (row-major, 1, 0).
            let args = dnnl ? [i(ta ? 112 : 111), i(tb ? 112 : 111), i(m), i(s.n), i(s.k), pa, i(lda), pb, i(ldb), pc, i(ldc)]
                : [i(101), i(ta ? 112 : 111), i(tb ? 112 : 111),          // CblasRowMajor, (No)Trans
                   i(m), i(s.n), i(s.k), self.gen.fconst(1, t), pa, i(lda), pb, i(ldb), self.gen.fconst(0, t), pc, i(ldc)]
            self.gen.call(name, self.gen.void, args, types: types)
            return []
        }
    }

    /// The mask whose padded rows `a` has as zeros (Passes/Analysis/ZeroRows.swift), when the
    /// product folds a's (N, S) rows into one GEMM: then only the live rows need computing.
    func paddedRowsMask(_ a: ValueID, _ s: MatmulShape) -> ValueID? {
        MatmulShape.skipsPaddedRows(s, aRank: type(a).rank, zeroRows[a]) ? zeroRows[a]?.mask : nil
    }

    /// Small products as loops, one output row per outer iteration: for untransposed b,
    /// c[i, :] += a[i, k]·b[k, :] (the inner loop over j vectorizes); for transposed b, dot
    /// products over contiguous rows of b.
    private func emitSmallMatmul(_ v: ValueID, _ a: ValueID, _ b: ValueID, _ ta: Bool, _ tb: Bool, _ s: MatmulShape,
                                 _ layout: MatmulLayout) {
        let t = gen.elementType(type(v).dtype)
        let (lda, ldb, ldc) = (layout.a.rowStride, layout.b.rowStride, layout.c.rowStride)
        kernel(outer: s.batches * s.m, workPerIteration: s.n * s.k) { args in
            let (ar, br) = (self.reader(a, args), self.reader(b, args))
            let out = self.valuePointer(v, args)
            return { row in
                let batch = LLVMBuildSDiv(self.gen.builder, row, self.gen.int(s.m), "")!
                let i = LLVMBuildSRem(self.gen.builder, row, self.gen.int(s.m), "")!
                let aBase = layout.a.offset(self.gen, batch)
                let bBase = layout.b.offset(self.gen, batch)
                let cBase = self.gen.add(layout.c.offset(self.gen, batch), self.gen.mul(i, self.gen.int(ldc)))
                // a(i, k) as stored: a[i·lda + k] or, transposed, a[k·lda + i].
                let aAt = { (k: LLVMValueRef) -> LLVMValueRef in
                    ta ? self.gen.add(aBase, self.gen.add(self.gen.mul(k, self.gen.int(lda)), i))
                       : self.gen.add(aBase, self.gen.add(self.gen.mul(i, self.gen.int(lda)), k))
                }
                if tb {
                    self.gen.loop(count: s.n) { j, _ in
                        let bRow = self.gen.add(bBase, self.gen.mul(j, self.gen.int(ldb)))
                        let dot = self.gen.sum(count: s.k, unrolled: !ta, t) { k in
                            self.gen.fmul(ar(aAt(k)), br(self.gen.add(bRow, k)))
                        }
                        self.gen.store(dot, out, self.gen.add(cBase, j), t)
                        return []
                    }
                } else {
                    self.gen.memset(self.gen.gep(t, out, cBase), bytes: self.gen.int(s.n * self.type(v).dtype.byteSize))
                    self.gen.loop(count: s.k) { k, _ in
                        let aik = ar(aAt(k))
                        let bRow = self.gen.add(bBase, self.gen.mul(k, self.gen.int(ldb)))
                        self.gen.loop(count: s.n) { j, _ in
                            let at = self.gen.add(cBase, j)
                            let c = self.gen.call("llvm.fmuladd.\(self.gen.suffix(t))", t,
                                                  [aik, br(self.gen.add(bRow, j)), self.gen.load(t, out, at)])
                            self.gen.store(c, out, at, t)
                            return []
                        }
                        return []
                    }
                }
            }
        }
    }

    /// Entry-side check that every id is a row of a table with `rows` rows.
    func validateIds(_ v: ValueID, ids: ValueID, rows: Int) {
        validate(v, count: type(ids).elementCount) { args in
            let ir = self.reader(ids, args)
            return { i in
                let id = ir(i)
                return LLVMBuildOr(self.gen.builder, self.gen.icmp(LLVMIntSLT, id, self.gen.int32(0)),
                                   self.gen.icmp(LLVMIntSGE, id, self.gen.int32(Int32(clamping: rows))), "")
            }
        }
    }

    /// gather: out[i, :] = table[ids[i], :]; rows in parallel.
    func emitGather(_ v: ValueID) {
        let (table, ids) = (entry.nodes[v].inputs[0], entry.nodes[v].inputs[1])
        let rows = type(table).shape[0]
        let rowSize = type(table).shape.dropFirst().reduce(1, *)
        let t = gen.elementType(type(v).dtype)
        validateIds(v, ids: ids, rows: rows)
        kernel(outer: type(ids).elementCount, workPerIteration: rowSize) { args in
            let tr = self.reader(table, args), ir = self.reader(ids, args)
            let out = self.valuePointer(v, args)
            return { i in
                let id = LLVMBuildSExt(self.gen.builder, ir(i), self.gen.i64, "")!
                let src = self.gen.mul(id, self.gen.int(rowSize)), dst = self.gen.mul(i, self.gen.int(rowSize))
                self.gen.loop(count: rowSize) { e, _ in
                    self.gen.store(tr(self.gen.add(src, e)), out, self.gen.add(dst, e), t)
                    return []
                }
            }
        }
    }

    /// scatter_add: zero, then rows added in position order (as the interpreter sums them); the
    /// columns are split into blocks across threads, so no two threads touch one element.
    func emitScatterAdd(_ v: ValueID) {
        let (ids, updates) = (entry.nodes[v].inputs[0], entry.nodes[v].inputs[1])
        let rows = type(v).shape[0]
        let count = type(ids).elementCount
        let rowSize = type(v).shape.dropFirst().reduce(1, *)
        let d = type(v).dtype
        let t = gen.elementType(d)
        validateIds(v, ids: ids, rows: rows)
        let block = 256
        let blocks = (rowSize + block - 1) / block
        kernel(outer: blocks, workPerIteration: count * min(block, rowSize) + rows) { args in
            let ur = self.reader(updates, args), ir = self.reader(ids, args)
            let out = self.valuePointer(v, args)
            return { blockIndex in
                let lo = self.gen.mul(blockIndex, self.gen.int(block))
                let hi = self.gen.minimum(self.gen.add(lo, self.gen.int(block)), self.gen.int(rowSize))
                self.gen.loop(count: rows) { r, _ in
                    let base = self.gen.mul(r, self.gen.int(rowSize))
                    self.gen.loop(lo, hi) { e, _ in
                        self.gen.store(self.gen.constant(0, d), out, self.gen.add(base, e), t)
                        return []
                    }
                    return []
                }
                self.gen.loop(count: count) { i, _ in
                    let id = LLVMBuildSExt(self.gen.builder, ir(i), self.gen.i64, "")!
                    let dst = self.gen.mul(id, self.gen.int(rowSize)), src = self.gen.mul(i, self.gen.int(rowSize))
                    self.gen.loop(lo, hi) { e, _ in
                        let at = self.gen.add(dst, e)
                        let sum = d == .i32 ? LLVMBuildAdd(self.gen.builder, self.gen.load(t, out, at), ur(self.gen.add(src, e)), "")!
                            : self.gen.fadd(self.gen.load(t, out, at), ur(self.gen.add(src, e)))
                        self.gen.store(sum, out, at, t)
                        return []
                    }
                    return []
                }
            }
        }
    }
}
