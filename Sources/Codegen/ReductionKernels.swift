import CLLVM
import IR
import Passes

/// Reductions, softmax, normalizations and the cross-entropy pair. Each works on "lines": an
/// (outer, length, inner) view where the line is `length` elements `inner` apart, and the outer
/// loop over lines is what the thread pool splits. Formulas follow the interpreter
/// (Sources/Runtime/Reductions.swift, Normalization.swift, Losses.swift).
extension IRGen {
    /// Σ term(i) for i in 0..<count. Contiguous lines use 8 independent partial sums (which the
    /// SLP vectorizer turns into one vector accumulator); the order differs from a serial sum by
    /// rounding only.
    func sum(count: Int, unrolled: Bool, _ t: LLVMTypeRef, _ term: (LLVMValueRef) -> LLVMValueRef) -> LLVMValueRef {
        let zero = fconst(0, t)
        guard unrolled, count >= 16 else {
            return loop(count: count, carrying: [zero]) { i, acc in [fadd(acc[0], term(i))] }[0]
        }
        let lanes = 8, main = count / lanes * lanes
        let partial = loop(int(0), int(main), step: lanes, carrying: Array(repeating: zero, count: lanes)) { i, acc in
            (0..<lanes).map { fadd(acc[$0], term(add(i, int($0)))) }
        }
        var total = partial
        while total.count > 1 { total = stride(from: 0, to: total.count, by: 2).map { fadd(total[$0], total[$0 + 1]) } }
        return loop(int(main), int(count), carrying: [total[0]]) { i, acc in [fadd(acc[0], term(i))] }[0]
    }

    /// Several sums over one line in one loop: Σ terms(i)[r] for each r < m, each with `sum`'s 8
    /// partial sums and order (so each equals `sum` of its term bit for bit); `terms` is called
    /// once per i, so work the terms share is done once.
    func sums(count: Int, _ m: Int, _ t: LLVMTypeRef, _ terms: (LLVMValueRef) -> [LLVMValueRef]) -> [LLVMValueRef] {
        let zero = fconst(0, t)
        func serial(_ lo: LLVMValueRef, _ initial: [LLVMValueRef]) -> [LLVMValueRef] {
            loop(lo, int(count), carrying: initial) { i, acc in zip(acc, terms(i)).map { fadd($0, $1) } }
        }
        guard count >= 16 else { return serial(int(0), Array(repeating: zero, count: m)) }
        let lanes = 8, main = count / lanes * lanes
        // acc[r·lanes + l]: lane l of sum r.
        let partial = loop(int(0), int(main), step: lanes, carrying: Array(repeating: zero, count: lanes * m)) { i, acc in
            var next = acc
            for l in 0..<lanes {
                for (r, x) in terms(add(i, int(l))).enumerated() { next[r * lanes + l] = fadd(acc[r * lanes + l], x) }
            }
            return next
        }
        let totals = (0..<m).map { r -> LLVMValueRef in
            var total = Array(partial[(r * lanes)..<((r + 1) * lanes)])
            while total.count > 1 { total = stride(from: 0, to: total.count, by: 2).map { fadd(total[$0], total[$0 + 1]) } }
            return total[0]
        }
        return serial(int(main), totals)
    }

    /// Σ buf[0 ..< count], bit for bit `sum(count:unrolled: true)` of the same terms: its 8
    /// partial sums as one `<8 x t>` accumulator (lane l over the elements ≡ l mod 8), combined
    /// as it combines them, then the tail (`bufferedFold`).
    func bufferedSum(_ buf: LLVMValueRef, count: Int, _ t: LLVMTypeRef) -> LLVMValueRef {
        bufferedFold(buf, count: count, t, from: 0, fadd)
    }

    /// max over buf[0 ..< count], NaN-propagating (`maxStep` per lane: a NaN anywhere wins) —
    /// where a serial select chain would wait on each compare. The maximum does not depend on
    /// the order (only the sign of a zero maximum can, which x − max and exp do not see).
    func bufferedMax(_ buf: LLVMValueRef, count: Int, _ t: LLVMTypeRef) -> LLVMValueRef {
        bufferedFold(buf, count: count, t, from: -.infinity, maxStep)
    }

    /// `step` folded over buf[0 ..< count] from `initial`: for 16 elements or more, 8 partial
    /// results as one `<8 x t>` accumulator (lane l over the elements ≡ l mod 8) combined
    /// pairwise (`combineLanes`), then the tail one by one; shorter lines one by one.
    private func bufferedFold(_ buf: LLVMValueRef, count: Int, _ t: LLVMTypeRef, from initial: Double,
                              _ step: (LLVMValueRef, LLVMValueRef) -> LLVMValueRef) -> LLVMValueRef {
        let lanes = 8, main = count >= 16 ? count / lanes * lanes : 0
        var total = fconst(initial, t)
        if main > 0 {
            let partial = loop(int(0), int(main), step: lanes, carrying: [splat(initial, t, lanes)]) { i, acc in
                [step(acc[0], self.loadVector(t, lanes, buf, i))]
            }[0]
            total = combineLanes(partial, lanes, step)
        }
        return loop(int(main), int(count), carrying: [total]) { i, acc in [step(acc[0], self.load(t, buf, i))] }[0]
    }

    /// NaN-propagating running maximum (as the interpreter's max: NaN sticks, else strictly
    /// greater); lane by lane for vectors.
    func maxStep(_ acc: LLVMValueRef, _ x: LLVMValueRef) -> LLVMValueRef {
        let t = LLVMTypeOf(acc)!
        let nan = LLVMGetTypeKind(t) == LLVMVectorTypeKind
            ? splat(.nan, LLVMGetElementType(t)!, Int(LLVMGetVectorSize(t))) : fconst(.nan, t)
        let anyNaN = fcmp(LLVMRealUNO, acc, x)
        return select(anyNaN, nan, select(fcmp(LLVMRealOGT, x, acc), x, acc))
    }

    /// `<lanes x t>` with every lane `v`.
    func splat(_ v: Double, _ t: LLVMTypeRef, _ lanes: Int) -> LLVMValueRef {
        var elements: [LLVMValueRef?] = Array(repeating: fconst(v, t), count: lanes)
        return elements.withUnsafeMutableBufferPointer { LLVMConstVector($0.baseAddress, UInt32(lanes))! }
    }

    /// base[i ..< i + lanes] as one `<lanes x t>` (element-aligned).
    func loadVector(_ t: LLVMTypeRef, _ lanes: Int, _ base: LLVMValueRef, _ i: LLVMValueRef) -> LLVMValueRef {
        let vector = LLVMVectorType(t, UInt32(lanes))!
        let load = LLVMBuildLoad2(builder, vector, bitcast(gep(t, base, i), pointerType(vector)), "")!
        LLVMSetAlignment(load, t == f64 ? 8 : 4)
        return load
    }

    /// The lanes of `v` combined as `sum` combines its partials: pairwise, adjacent first.
    func combineLanes(_ v: LLVMValueRef, _ lanes: Int, _ f: (LLVMValueRef, LLVMValueRef) -> LLVMValueRef) -> LLVMValueRef {
        var total = (0..<lanes).map { LLVMBuildExtractElement(builder, v, int32(Int32($0)), "")! }
        while total.count > 1 { total = stride(from: 0, to: total.count, by: 2).map { f(total[$0], total[$0 + 1]) } }
        return total[0]
    }
}

/// (outer, length, inner) around an axis.
func split(_ shape: [Int], axis: Int) -> (outer: Int, length: Int, inner: Int) {
    (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
}

extension EntryLowerer {
    /// Calls `line(args, base)` for every line of an (outer, length, inner) view, where `base` is
    /// the offset of the line's first element; lines are the kernel's outer iterations.
    func forEachLine(outer: Int, length: Int, inner: Int,
                     _ prepare: @escaping (LLVMValueRef) -> (_ line: LLVMValueRef, _ base: LLVMValueRef) -> Void) {
        kernel(outer: outer * inner, workPerIteration: length * 4) { args in
            let body = prepare(args)
            return { o in
                if inner == 1 {
                    body(o, self.gen.mul(o, self.gen.int(length)))
                } else {
                    let oo = LLVMBuildSDiv(self.gen.builder, o, self.gen.int(inner), "")!
                    let ii = LLVMBuildSRem(self.gen.builder, o, self.gen.int(inner), "")!
                    body(o, self.gen.add(self.gen.mul(oo, self.gen.int(length * inner)), ii))
                }
            }
        }
    }

    func emitReduce(_ v: ValueID, op: ReduceOp, axes: [Int]) {
        let x = entry.nodes[v].inputs[0]
        let shape = type(x).shape, d = type(x).dtype
        let reduced = Set(axes.compactMap { normalizedAxis($0, rank: shape.count) })
        let strides = rowMajorStrides(shape)
        let kept = shape.indices.filter { !reduced.contains($0) }
        let red = shape.indices.filter { reduced.contains($0) }
        // Iterate output elements (kept axes, row-major); the reduced axes form the line.
        let (keptDims, keptStrides) = coalesce(kept.map { shape[$0] }, [kept.map { strides[$0] }])
        let (redDims, redStrides) = coalesce(red.map { shape[$0] }, [red.map { strides[$0] }])
        let groupSize = red.map { shape[$0] }.reduce(1, *)
        let t = gen.elementType(d)
        let outCount = type(v).elementCount
        // One block of adjacent reduced axes with at least 8 contiguous elements kept after it (bias
        // gradients: Σ over batch and sequence; pooling over the sequence): column reductions.
        if let first = red.first, let last = red.last, last - first + 1 == red.count {
            let columns = shape[(last + 1)...].reduce(1, *)
            if columns >= 8 {
                emitColumnReduce(v, op: op, x: x, outer: shape[..<first].reduce(1, *), rows: groupSize, columns: columns)
                return
            }
        }
        kernel(outer: outCount, workPerIteration: groupSize) { args in
            let xr = self.reader(x, args)
            let out = self.valuePointer(v, args)
            return { o in
                // Input offset of output element o: unflatten o over the kept dims.
                var base = self.gen.int(0), rest = o
                for k in stride(from: keptDims.count - 1, through: 0, by: -1) where keptDims[k] > 1 {
                    let i = LLVMBuildSRem(self.gen.builder, rest, self.gen.int(keptDims[k]), "")!
                    rest = LLVMBuildSDiv(self.gen.builder, rest, self.gen.int(keptDims[k]), "")
                    base = self.gen.offset(base, i, stride: keptStrides[0][k])
                }
                let value = self.reduceLine(op, d, t, xr, base, redDims, redStrides[0], groupSize)
                self.gen.store(value, out, o, t)
            }
        }
    }

    /// A reduction over a block of adjacent axes as column reductions: the input is (outer, rows,
    /// columns) and each kernel iteration owns a chunk of one outer slice's output columns, adding
    /// the rows into it in order. Loads are contiguous (a line-by-line walk would stride by
    /// `columns`), the chunk stays in L1, and each output's sum runs in row order, exactly as the
    /// interpreter adds them.
    private func emitColumnReduce(_ v: ValueID, op: ReduceOp, x: ValueID, outer: Int, rows: Int, columns: Int) {
        let d = type(x).dtype, t = gen.elementType(d)
        let chunk = 256, chunks = (columns + chunk - 1) / chunk
        kernel(outer: outer * chunks, workPerIteration: rows * min(chunk, columns)) { args in
            let xr = self.reader(x, args)
            let out = self.valuePointer(v, args)
            return { it in
                let g = self.gen
                let o = LLVMBuildSDiv(g.builder, it, g.int(chunks), "")!
                let c = LLVMBuildSRem(g.builder, it, g.int(chunks), "")!
                // Output columns [start, end) of slice o, as offsets into the output.
                let slice = g.mul(o, g.int(columns))
                let start = g.add(slice, g.mul(c, g.int(chunk)))
                let end = g.add(slice, g.select(g.icmp(LLVMIntSLT, g.mul(c, g.int(chunk)), g.int(columns - chunk)),
                                                g.add(g.mul(c, g.int(chunk)), g.int(chunk)), g.int(columns)))
                // Input offset of output offset j in row r: j + (o · (rows − 1) + r) · columns.
                let sliceInput = g.mul(o, g.int((rows - 1) * columns))
                let initial: LLVMValueRef
                switch (op, d == .i32) {
                case (.max, true): initial = g.int32(Int32.min)
                case (.max, false): initial = g.fconst(-.infinity, t)
                case (_, true): initial = g.int32(0)
                case (_, false): initial = g.fconst(0, t)
                }
                _ = g.loop(start, end) { j, _ in g.store(initial, out, j, t); return [] }
                _ = g.loop(count: rows) { r, _ in
                    let base = g.add(sliceInput, g.mul(r, g.int(columns)))
                    _ = g.loop(start, end) { j, _ in
                        let acc = g.load(t, out, j), x = xr(g.add(base, j))
                        let next: LLVMValueRef
                        switch (op, d == .i32) {
                        case (.max, true): next = g.select(g.icmp(LLVMIntSGT, x, acc), x, acc)
                        case (.max, false): next = g.maxStep(acc, x)
                        case (_, true): next = LLVMBuildAdd(g.builder, acc, x, "")
                        case (_, false): next = g.fadd(acc, x)
                        }
                        g.store(next, out, j, t)
                        return []
                    }
                    return []
                }
                guard op == .mean else { return }
                _ = g.loop(start, end) { j, _ in
                    let sum = g.load(t, out, j)
                    let mean = d == .i32 ? LLVMBuildSDiv(g.builder, sum, g.int32(Int32(clamping: rows)), "")!
                        : g.fdiv(sum, g.fconst(Double(rows), t))
                    g.store(mean, out, j, t)
                    return []
                }
            }
        }
    }

    private func reduceLine(_ op: ReduceOp, _ d: DType, _ t: LLVMTypeRef, _ xr: (LLVMValueRef) -> LLVMValueRef,
                            _ base: LLVMValueRef, _ dims: [Int], _ strides: [Int], _ groupSize: Int) -> LLVMValueRef {
        let contiguous = dims.count == 1 && strides[0] == 1
        func walk(_ axis: Int, _ off: LLVMValueRef, _ acc: LLVMValueRef, _ f: (LLVMValueRef, LLVMValueRef) -> LLVMValueRef) -> LLVMValueRef {
            if axis == dims.count { return f(acc, xr(off)) }
            return gen.loop(count: dims[axis], carrying: [acc]) { i, a in
                [walk(axis + 1, self.gen.offset(off, i, stride: strides[axis]), a[0], f)]
            }[0]
        }
        if d == .i32 {
            switch op {
            case .max:
                return walk(0, base, gen.int32(Int32.min)) { a, x in self.gen.select(self.gen.icmp(LLVMIntSGT, x, a), x, a) }
            case .sum, .mean:
                let s = walk(0, base, gen.int32(0)) { a, x in LLVMBuildAdd(self.gen.builder, a, x, "") }
                return op == .sum ? s : LLVMBuildSDiv(gen.builder, s, gen.int32(Int32(clamping: groupSize)), "")
            }
        }
        switch op {
        case .max:
            return walk(0, base, gen.fconst(-.infinity, t)) { a, x in self.gen.maxStep(a, x) }
        case .sum, .mean:
            let s = contiguous
                ? gen.sum(count: dims[0], unrolled: true, t) { i in xr(self.gen.add(base, i)) }
                : walk(0, base, gen.fconst(0, t)) { a, x in self.gen.fadd(a, x) }
            return op == .sum ? s : gen.fdiv(s, gen.fconst(Double(groupSize), t))
        }
    }

    /// argmax along an axis: the first index of the largest element (NaN counts as largest).
    func emitArgmax(_ v: ValueID, axis: Int) {
        let x = entry.nodes[v].inputs[0]
        let shape = type(x).shape, d = type(x).dtype
        let a = normalizedAxis(axis, rank: shape.count) ?? 0
        let (outer, length, inner) = split(shape, axis: a)
        let t = gen.elementType(d)
        forEachLine(outer: outer, length: length, inner: inner) { args in
            let xr = self.reader(x, args)
            let out = self.valuePointer(v, args)
            return { o, base in
                let first = xr(base)
                let r = self.gen.loop(self.gen.int(1), self.gen.int(length), carrying: [first, self.gen.int(0)]) { i, acc in
                    let xi = xr(self.gen.offset(base, i, stride: inner))
                    let better = d == .i32 ? self.gen.icmp(LLVMIntSGT, xi, acc[0])
                        : LLVMBuildAnd(self.gen.builder, self.gen.fcmp(LLVMRealORD, acc[0], acc[0]),
                                       self.gen.fcmp(LLVMRealUGT, xi, acc[0]), "")!
                    return [self.gen.select(better, xi, acc[0]), self.gen.select(better, i, acc[1])]
                }
                _ = t
                self.gen.store(LLVMBuildTrunc(self.gen.builder, r[1], self.gen.i32, ""), out, o, self.gen.i32)
            }
        }
    }

    func emitSoftmax(_ v: ValueID, axis: Int, log: Bool) {
        let x = entry.nodes[v].inputs[0]
        let shape = type(x).shape
        let a = normalizedAxis(axis, rank: shape.count) ?? 0
        let (outer, length, inner) = split(shape, axis: a)
        let t = gen.elementType(type(x).dtype)
        forEachLine(outer: outer, length: length, inner: inner) { args in
            let xr = self.reader(x, args)
            let out = self.valuePointer(v, args)
            // log_softmax reads x again after the sum, so `out` can hold the exps only if it is not x.
            let parkExps = !log || self.plan.storage[self.plan.root(of: v)] != self.plan.storage[self.plan.root(of: x)]
            let stored: LLVMValueRef?
            if case .immediate = self.plan.storage[x] { stored = nil } else { stored = self.valuePointer(x, args) }
            return { _, base in
                self.softmaxLine(xr, out, base: base, length: length, inner: inner, t, log: log, parkExps: parkExps,
                                 stored: stored)
            }
        }
    }

    /// One line of softmax / log_softmax: elements base + i·inner of `xr` into `out`. `stored`:
    /// the buffer where x's line lies contiguously (inner 1) from base, for the vector maximum.
    func softmaxLine(_ xr: @escaping (LLVMValueRef) -> LLVMValueRef, _ out: LLVMValueRef, base: LLVMValueRef, length: Int,
                     inner: Int, _ t: LLVMTypeRef, log: Bool, parkExps: Bool, stored: LLVMValueRef? = nil) {
        let at = { (i: LLVMValueRef) in self.gen.offset(base, i, stride: inner) }
        let m: LLVMValueRef
        if let stored, inner == 1 {
            m = gen.bufferedMax(gen.gep(t, stored, base), count: length, t)
        } else {
            m = gen.loop(count: length, carrying: [gen.fconst(-.infinity, t)]) { i, acc in
                [self.gen.maxStep(acc[0], xr(at(i)))]
            }[0]
        }
        let exps = { (i: LLVMValueRef) in self.gen.exp(self.gen.fsub(xr(at(i)), m)) }
        if parkExps {
            // exps are stored first and summed from `out` in a second loop (same values,
            // same order): the exps are most of the work, and only a loop of their own
            // vectorizes (one that also stores through `out` between loads of `x` cannot,
            // as they may alias; an exp inside the 8 partial sums is too deep for SLP).
            gen.loop(count: length) { i, _ in
                self.gen.store(exps(i), out, at(i), t)
                return []
            }
        }
        // Parked exps of a contiguous line: summed as `<8 x t>` vectors, bit for bit `sum`'s order.
        let s = parkExps && inner == 1 ? gen.bufferedSum(gen.gep(t, out, base), count: length, t)
            : gen.sum(count: length, unrolled: inner == 1, t) { i in parkExps ? self.gen.load(t, out, at(i)) : exps(i) }
        if log {
            let logSum = gen.log(s)
            gen.loop(count: length) { i, _ in
                self.gen.store(self.gen.fsub(self.gen.fsub(xr(at(i)), m), logSum), out, at(i), t)
                return []
            }
        } else {
            gen.loop(count: length) { i, _ in
                self.gen.store(self.gen.fdiv(self.gen.load(t, out, at(i)), s), out, at(i), t)
                return []
            }
        }
    }

    func emitRMSNorm(_ v: ValueID, eps: Double) {
        let (x, w) = (entry.nodes[v].inputs[0], entry.nodes[v].inputs[1])
        let dim = type(x).shape.last ?? 1
        let t = gen.elementType(type(x).dtype)
        forEachLine(outer: type(x).elementCount / max(dim, 1), length: dim, inner: 1) { args in
            let xr = self.reader(x, args), wr = self.reader(w, args)
            let out = self.valuePointer(v, args)
            return { _, base in self.rmsNormLine(xr, wr, out, base: base, dim: dim, t, eps: eps) }
        }
    }

    /// One row of rms_norm: x·rsqrt(mean(x²) + eps)·w.
    func rmsNormLine(_ xr: (LLVMValueRef) -> LLVMValueRef, _ wr: (LLVMValueRef) -> LLVMValueRef,
                     _ out: LLVMValueRef, base: LLVMValueRef, dim: Int, _ t: LLVMTypeRef, eps: Double) {
        let ss = gen.sum(count: dim, unrolled: true, t) { i in
            let xi = xr(self.gen.add(base, i))
            return self.gen.fmul(xi, xi)
        }
        let mean = gen.fdiv(ss, gen.fconst(Double(dim), t))
        let scale = gen.fdiv(gen.fconst(1, t), gen.sqrt(gen.fadd(mean, gen.fconst(eps, t))))
        gen.loop(count: dim) { i, _ in
            let at = self.gen.add(base, i)
            self.gen.store(self.gen.fmul(self.gen.fmul(xr(at), scale), wr(i)), out, at, t)
            return []
        }
    }

    func emitLayerNorm(_ v: ValueID, eps: Double) {
        let inputs = entry.nodes[v].inputs
        let (x, w, b) = (inputs[0], inputs[1], inputs[2])
        let dim = type(x).shape.last ?? 1
        let t = gen.elementType(type(x).dtype)
        forEachLine(outer: type(x).elementCount / max(dim, 1), length: dim, inner: 1) { args in
            let xr = self.reader(x, args), wr = self.reader(w, args), br = self.reader(b, args)
            let out = self.valuePointer(v, args)
            return { _, base in self.layerNormLine(xr, wr, br, out, base: base, dim: dim, t, eps: eps) }
        }
    }

    /// One row of layer_norm: (x − mean)·rsqrt(var + eps)·w + b, two-pass variance.
    func layerNormLine(_ xr: (LLVMValueRef) -> LLVMValueRef, _ wr: (LLVMValueRef) -> LLVMValueRef,
                       _ br: (LLVMValueRef) -> LLVMValueRef, _ out: LLVMValueRef, base: LLVMValueRef, dim: Int,
                       _ t: LLVMTypeRef, eps: Double) {
        let n = gen.fconst(Double(dim), t)
        let s = gen.sum(count: dim, unrolled: true, t) { i in xr(self.gen.add(base, i)) }
        let mean = gen.fdiv(s, n)
        let ss = gen.sum(count: dim, unrolled: true, t) { i in
            let c = self.gen.fsub(xr(self.gen.add(base, i)), mean)
            return self.gen.fmul(c, c)
        }
        let invStd = gen.fdiv(gen.fconst(1, t), gen.sqrt(gen.fadd(gen.fdiv(ss, n), gen.fconst(eps, t))))
        gen.loop(count: dim) { i, _ in
            let at = self.gen.add(base, i)
            let y = self.gen.fadd(self.gen.fmul(self.gen.fmul(self.gen.fsub(xr(at), mean), invStd), wr(i)), br(i))
            self.gen.store(y, out, at, t)
            return []
        }
    }

    /// Entry-side check: every label is in [0, C) or equals ignore_index.
    private func validateLabels(_ v: ValueID, labels: ValueID, rows: Int, classes: Int, ignoreIndex: Int) {
        validate(v, count: rows) { args in
            let lr = self.reader(labels, args)
            return { i in
                let l = lr(i)
                let outOfRange = LLVMBuildOr(self.gen.builder, self.gen.icmp(LLVMIntSLT, l, self.gen.int32(0)),
                                             self.gen.icmp(LLVMIntSGE, l, self.gen.int32(Int32(clamping: classes))), "")!
                let ignored = self.gen.icmp(LLVMIntEQ, l, self.gen.int32(Int32(truncatingIfNeeded: ignoreIndex)))
                return LLVMBuildAnd(self.gen.builder, outOfRange, LLVMBuildNot(self.gen.builder, ignored, ""), "")
            }
        }
    }

    /// Floats of a logits row whose exps are parked at a time (`rowLogSumExp`): 4 kB of the
    /// kernel's stack, reused by every row.
    static let parkedExps = 1024

    /// What `rowLogSumExp` needs at full width, made in a kernel's entry block: the logits'
    /// pointer (none for an immediate) and the buffer exps are parked in; nil for short rows.
    private func expParking(_ z: ValueID, _ classes: Int, _ args: LLVMValueRef, _ t: LLVMTypeRef)
        -> (LLVMValueRef?, LLVMValueRef?) {
        if case .immediate = plan.storage[z] { return (nil, nil) }
        guard classes >= 16 else { return (nil, nil) }
        return (valuePointer(z, args), LLVMBuildArrayAlloca(gen.builder, t, gen.int(min(Self.parkedExps, classes)), "exps"))
    }

    /// log-sum-exp pieces of one logits row: (max, log Σ exp(z − max)), at full vector width
    /// when the row is in memory at `zp` and long enough. The max runs over `<8 x t>` vectors of
    /// the row — 8 independent partial maxima, lane l taking the elements ≡ l (mod 8), not a
    /// serial select chain — combined like `sum`'s partials; `maxStep` per lane, so a NaN lane
    /// stays NaN and wins every combine (NaN propagates as in the interpreter) and the max of
    /// the rest does not depend on the order. The exps are computed a chunk of `parkedExps` at
    /// a time into `park` by a loop of their own, which the loop vectorizer widens as it does
    /// softmax's (inside the partial sums an exp is too deep for SLP), then summed from there
    /// as `<8 x t>` vectors in `sum`'s order: lane by lane the same additions, so the same sum.
    private func rowLogSumExp(_ zr: @escaping (LLVMValueRef) -> LLVMValueRef, _ zp: LLVMValueRef?,
                              _ base: LLVMValueRef, _ c: Int, _ t: LLVMTypeRef,
                              park: LLVMValueRef?) -> (LLVMValueRef, LLVMValueRef) {
        let z = { (i: LLVMValueRef) in zr(self.gen.add(base, i)) }
        let expTerm = { (i: LLVMValueRef, m: LLVMValueRef) in self.gen.exp(self.gen.fsub(z(i), m)) }
        guard let park, let zp, c >= 16 else {
            let m = gen.loop(count: c, carrying: [gen.fconst(-.infinity, t)]) { i, acc in [self.gen.maxStep(acc[0], z(i))] }[0]
            return (m, gen.log(gen.sum(count: c, unrolled: true, t) { i in expTerm(i, m) }))
        }
        let lanes = 8, main = c / lanes * lanes, chunk = min(Self.parkedExps, main)
        let m = gen.bufferedMax(gen.gep(t, zp, base), count: c, t)
        let sums = gen.loop(gen.int(0), gen.int(main), step: chunk, carrying: [gen.splat(0, t, lanes)]) { s, acc in
            let n = self.gen.minimum(self.gen.int(chunk), self.gen.sub(self.gen.int(main), s))
            self.gen.loop(self.gen.int(0), n) { j, _ in
                self.gen.store(expTerm(self.gen.add(s, j), m), park, j, t)
                return []
            }
            return self.gen.loop(self.gen.int(0), n, step: lanes, carrying: acc) { j, acc in
                [self.gen.fadd(acc[0], self.gen.loadVector(t, lanes, park, j))]
            }
        }[0]
        let total = gen.loop(gen.int(main), gen.int(c), carrying: [gen.combineLanes(sums, lanes, gen.fadd)]) { i, acc in
            [self.gen.fadd(acc[0], expTerm(i, m))]
        }[0]
        return (m, gen.log(total))
    }

    /// cross_entropy: rows in parallel write log p[label] to scratch; one serial pass sums the
    /// kept rows in row order (like the interpreter) and divides by their count (0 if none).
    func emitCrossEntropy(_ v: ValueID, ignoreIndex: Int) {
        let (z, labels) = (entry.nodes[v].inputs[0], entry.nodes[v].inputs[1])
        let (rows, classes) = (type(z).shape[0], type(z).shape[1])
        let t = gen.elementType(type(z).dtype)
        validateLabels(v, labels: labels, rows: rows, classes: classes, ignoreIndex: ignoreIndex)
        let ignore = gen.int32(Int32(truncatingIfNeeded: ignoreIndex))
        kernel(outer: rows, workPerIteration: classes * 4) { args in
            let zr = self.reader(z, args), lr = self.reader(labels, args)
            let scratch = self.scratchPointer(v, args, t)
            let (zp, park) = self.expParking(z, classes, args, t)
            return { row in
                let label = lr(row)
                let kept = self.gen.icmp(LLVMIntNE, label, ignore)
                self.gen.ifThen(kept) {
                    let base = self.gen.mul(row, self.gen.int(classes))
                    let (m, logSum) = self.rowLogSumExp(zr, zp, base, classes, t, park: park)
                    let zl = zr(self.gen.add(base, LLVMBuildSExt(self.gen.builder, label, self.gen.i64, "")))
                    self.gen.store(self.gen.fsub(self.gen.fsub(zl, m), logSum), scratch, row, t)
                }
            }
        }
        kernel(outer: 1, workPerIteration: 1) { args in
            let lr = self.reader(labels, args)
            let scratch = self.scratchPointer(v, args, t)
            let out = self.valuePointer(v, args)
            return { _ in
                let r = self.gen.loop(count: rows, carrying: [self.gen.fconst(0, t), self.gen.int(0)]) { row, acc in
                    let kept = self.gen.icmp(LLVMIntNE, lr(row), ignore)
                    let total = self.gen.select(kept, self.gen.fsub(acc[0], self.gen.load(t, scratch, row)), acc[0])
                    return [total, self.gen.add(acc[1], LLVMBuildZExt(self.gen.builder, kept, self.gen.i64, ""))]
                }
                let none = self.gen.icmp(LLVMIntEQ, r[1], self.gen.int(0))
                let mean = self.gen.fdiv(r[0], LLVMBuildSIToFP(self.gen.builder, r[1], t, ""))
                self.gen.store(self.gen.select(none, self.gen.fconst(0, t), mean), out, self.gen.int(0), t)
            }
        }
    }

    /// cross_entropy_grad: scale = dloss / count (serial, into scratch), then rows in parallel:
    /// scale · (softmax − onehot) for kept rows, 0 for ignored ones.
    func emitCrossEntropyGrad(_ v: ValueID, ignoreIndex: Int) {
        let inputs = entry.nodes[v].inputs
        let (z, labels, dloss) = (inputs[0], inputs[1], inputs[2])
        let (rows, classes) = (type(z).shape[0], type(z).shape[1])
        let t = gen.elementType(type(z).dtype)
        validateLabels(v, labels: labels, rows: rows, classes: classes, ignoreIndex: ignoreIndex)
        let ignore = gen.int32(Int32(truncatingIfNeeded: ignoreIndex))
        kernel(outer: 1, workPerIteration: 1) { args in
            let lr = self.reader(labels, args), gr = self.reader(dloss, args)
            let scratch = self.scratchPointer(v, args, t)
            return { _ in
                let count = self.gen.loop(count: rows, carrying: [self.gen.int(0)]) { row, acc in
                    [self.gen.add(acc[0], LLVMBuildZExt(self.gen.builder, self.gen.icmp(LLVMIntNE, lr(row), ignore), self.gen.i64, ""))]
                }[0]
                let scale = self.gen.fdiv(gr(self.gen.int(0)), LLVMBuildSIToFP(self.gen.builder, count, t, ""))
                let none = self.gen.icmp(LLVMIntEQ, count, self.gen.int(0))
                self.gen.store(self.gen.select(none, self.gen.fconst(0, t), scale), scratch, self.gen.int(0), t)
            }
        }
        kernel(outer: rows, workPerIteration: classes * 4) { args in
            let zr = self.reader(z, args), lr = self.reader(labels, args)
            let scratch = self.scratchPointer(v, args, t)
            let out = self.valuePointer(v, args)
            let (zp, park) = self.expParking(z, classes, args, t)
            return { row in
                let base = self.gen.mul(row, self.gen.int(classes))
                let label = lr(row)
                let kept = self.gen.icmp(LLVMIntNE, label, ignore)
                let scale = self.gen.load(t, scratch, self.gen.int(0))
                self.gen.ifThen(LLVMBuildNot(self.gen.builder, kept, "")) {
                    self.gen.memset(self.gen.gep(t, out, base), bytes: self.gen.int(classes * self.type(z).dtype.byteSize))
                }
                self.gen.ifThen(kept) {
                    let (m, logSum) = self.rowLogSumExp(zr, zp, base, classes, t, park: park)
                    let label64 = LLVMBuildSExt(self.gen.builder, label, self.gen.i64, "")!
                    self.gen.loop(count: classes) { j, _ in
                        let at = self.gen.add(base, j)
                        let p = self.gen.exp(self.gen.fsub(self.gen.fsub(zr(at), m), logSum))
                        let hot = self.gen.select(self.gen.icmp(LLVMIntEQ, j, label64), self.gen.fconst(1, t), self.gen.fconst(0, t))
                        self.gen.store(self.gen.fmul(scale, self.gen.fsub(p, hot)), out, at, t)
                        return []
                    }
                }
            }
        }
    }
}
