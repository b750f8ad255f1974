import CLLVM

/// Register tiles of the named EPT kernels (GatedProjectionKernels.swift,
/// PromptAttentionKernels.swift): the products inside those regions are small — (40 × 512)
/// operands at T5-small shapes — so they run as explicit-vector tiles over the operands as
/// stored, inside the region's own loop nest, rather than as calls of the generated GEMM
/// (GemmKernels.swift), each of which would add a kernel call and a packing pass.
///
/// Two tile shapes:
/// - a **dot tile** (A·Bᵀ, both operands contiguous along k): rows × columns vector
///   accumulators over k, each row's and column's vector loaded once per step, then one
///   horizontal sum per accumulator. Scores P·Kᵀ and dF·Kᵀ, dy·U_iᵀ.
/// - a **row tile** (A·B, B's rows contiguous): rows × vectors accumulators, per term one
///   scalar of A broadcast per row and `vectors` loads of B's row; the epilogue (λ, a residual
///   term) applies to the accumulators before the one store. probs·K, dS·K, Gh·U, Pᵀ·dS, ….
struct EPTTiles {
    let lanes: Int
    /// Rows of the prompt per kernel iteration (and per tile), vectors per row of a row tile,
    /// columns of a dot tile. AVX-512 (32 registers): 4 × 4 row accumulators + 4 loads, 4 × 4 dot
    /// accumulators + 8 loads; AVX2 (16): 4 × 2 + 2, 4 × 2 + 6.
    let rows: Int, vectors: Int, dotColumns: Int

    /// `tall`: 8 rows × 2 at AVX-512 (the same 16 accumulators), so each vector of the other
    /// operand feeds 8 multiply-adds: for products that stream a large operand (K) per block.
    init(vectorBits: Int?, tall: Bool = false) {
        lanes = max(4, (vectorBits ?? 256) / 32)
        (rows, vectors, dotColumns) = lanes >= 16 ? (tall ? (8, 2, 2) : (4, 4, 4)) : (4, 2, 2)
    }

    /// Below this many multiply-adds a tiled kernel runs its blocks on the calling thread: the
    /// whole gated projection (~0.7 M at T5-small shapes, tens of µs) was 1.35× faster so than
    /// split over the pool's 2 threads on the shared test host (tools/bench/ept-fusions.sh).
    static let serialWork = 2 << 20

    /// Blocks of `rows` over `count`.
    func blocks(_ count: Int) -> Int { (count + rows - 1) / rows }
}

/// A run of contiguous f32 elements: base[start ..< start + length].
struct Strip {
    let base: LLVMValueRef
    let start: LLVMValueRef
}

extension IRGen {
    /// a·b + c on vectors (or scalars) of f32.
    func vectorFMA(_ a: LLVMValueRef, _ b: LLVMValueRef, _ c: LLVMValueRef) -> LLVMValueRef {
        let t = LLVMTypeOf(c)!
        let name = LLVMGetTypeKind(t) == LLVMVectorTypeKind ? "llvm.fmuladd.v\(LLVMGetVectorSize(t))f32" : "llvm.fmuladd.f32"
        return call(name, t, [a, b, c])
    }

    /// The sum of a vector's lanes by halving (lanes a power of two): log₂(lanes) shuffles and adds.
    func halvingSum(_ v: LLVMValueRef) -> LLVMValueRef {
        var x = v
        var n = Int(LLVMGetVectorSize(LLVMTypeOf(v)))
        while n > 1 {
            n /= 2
            let half = { (from: Int) -> LLVMValueRef in
                var picks: [LLVMValueRef?] = (0..<n).map { self.int32(Int32(from + $0)) }
                let mask = picks.withUnsafeMutableBufferPointer { LLVMConstVector($0.baseAddress, UInt32(n))! }
                return LLVMBuildShuffleVector(self.builder, x, LLVMGetUndef(LLVMTypeOf(x)), mask, "")!
            }
            x = fadd(half(0), half(n))
        }
        return LLVMBuildExtractElement(builder, x, int32(0), "")!
    }

    /// `lanes` elements of a strip from `offset` on; masked (lanes past the end read 0) when
    /// `mask` is given.
    func load(_ s: Strip, _ offset: LLVMValueRef, lanes: Int, mask: LLVMValueRef?) -> LLVMValueRef {
        let at = add(s.start, offset)
        if let mask { return maskedLoad(f32, lanes, s.base, at, mask: mask) }
        return loadVector(f32, lanes, s.base, at, align: 4)
    }

    /// Stores a vector into a strip from `offset` on; only the mask's lanes when given.
    func store(_ x: LLVMValueRef, _ s: Strip, _ offset: LLVMValueRef, mask: LLVMValueRef?) {
        let at = add(s.start, offset)
        if let mask { maskedStore(x, s.base, at, mask: mask) } else { storeVector(x, s.base, at, align: 4) }
    }

    /// Chunks of `vectors·lanes` columns of `width`: `body(e0, masks)` for each full chunk (in a
    /// loop; every mask nil), then once for the tail with just the vectors it needs, its last
    /// one masked when the tail is not a whole vector.
    func columnChunks(width: Int, lanes: Int, vectors: Int, _ body: (LLVMValueRef, [LLVMValueRef?]) -> Void) {
        let chunk = lanes * vectors
        let full = width / chunk * chunk
        if full > 0 {
            loop(int(0), int(full), step: chunk) { e0, _ in
                body(e0, Array(repeating: nil, count: vectors))
                return []
            }
        }
        let rest = width - full
        guard rest > 0 else { return }
        let count = (rest + lanes - 1) / lanes
        let masks: [LLVMValueRef?] = (0..<count).map { v in
            (v + 1) * lanes <= rest ? nil : laneMask(first: int(full + v * lanes), limit: int(width), lanes: lanes)
        }
        body(int(full), masks)
    }

    /// Σ_k a_q[k]·b_c[k] over k < length for every pair (q, c): entry q·b.count + c. The k
    /// loop steps a vector at a time (its tail masked) with a.count·b.count accumulators.
    func dotTile(_ a: [Strip], _ b: [Strip], length: Int, lanes: Int) -> [LLVMValueRef] {
        let zero = LLVMConstNull(vectorType(f32, lanes))!
        let step = { (k: LLVMValueRef, mask: LLVMValueRef?, acc: [LLVMValueRef]) -> [LLVMValueRef] in
            let av = a.map { self.load($0, k, lanes: lanes, mask: mask) }
            let bv = b.map { self.load($0, k, lanes: lanes, mask: mask) }
            var next = acc
            for q in av.indices {
                for c in bv.indices { next[q * bv.count + c] = self.vectorFMA(av[q], bv[c], acc[q * bv.count + c]) }
            }
            return next
        }
        let main = length / lanes * lanes
        var acc = Array(repeating: zero, count: a.count * b.count)
        if main > 0 { acc = loop(int(0), int(main), step: lanes, carrying: acc) { k, acc in step(k, nil, acc) } }
        if main < length {
            acc = step(int(main), laneMask(first: int(main), limit: int(length), lanes: lanes), acc)
        }
        return laneSums(acc)
    }

    /// The lane sums of several vectors of one width L (a power of two), merged pairwise: two
    /// vectors holding B lanes of partial sums per dot product each become one holding B/2
    /// lanes per product (two shuffles, one add), so n ≤ L sums cost n − 1 merges instead of
    /// log₂L shuffles and adds each; product i ends in lane i. Groups of L past the first.
    func laneSums(_ vectors: [LLVMValueRef]) -> [LLVMValueRef] {
        let lanes = Int(LLVMGetVectorSize(LLVMTypeOf(vectors[0])))
        guard vectors.count > 1 else { return vectors.map { halvingSum($0) } }
        guard vectors.count <= lanes else {
            return stride(from: 0, to: vectors.count, by: lanes).flatMap { laneSums(Array(vectors[$0..<min($0 + lanes, vectors.count)])) }
        }
        var width = 1
        while width < vectors.count { width *= 2 }
        var level = vectors + Array(repeating: LLVMConstNull(LLVMTypeOf(vectors[0]))!, count: width - vectors.count)
        var block = lanes  // lanes per product in each vector of `level`
        while level.count > 1 {
            let half = block / 2, products = lanes / block
            // Index lists over shufflevector(x, y): for every product block of x then of y, its
            // first (lo) or second (hi) half.
            let picks = { (offset: Int) -> [Int] in
                (0..<2).flatMap { side in (0..<products).flatMap { p in (0..<half).map { side * lanes + p * block + offset + $0 } } }
            }
            let (lo, hi) = (picks(0), picks(half))
            level = stride(from: 0, to: level.count, by: 2).map { i in
                self.fadd(self.shuffle(level[i], level[i + 1], lo), self.shuffle(level[i], level[i + 1], hi))
            }
            block = half
        }
        // `block` lanes per product remain when there were fewer than L vectors.
        let merged = level[0]
        return (0..<vectors.count).map { i in
            let parts = (0..<block).map { LLVMBuildExtractElement(self.builder, merged, self.int32(Int32(i * block + $0)), "")! }
            return parts.dropFirst().reduce(parts[0]) { self.fadd($0, $1) }
        }
    }

    /// shufflevector(x, y, picks).
    func shuffle(_ x: LLVMValueRef, _ y: LLVMValueRef, _ picks: [Int]) -> LLVMValueRef {
        var mask: [LLVMValueRef?] = picks.map { int32(Int32($0)) }
        let m = mask.withUnsafeMutableBufferPointer { LLVMConstVector($0.baseAddress, UInt32(picks.count))! }
        return LLVMBuildShuffleVector(builder, x, y, m, "")!
    }

    /// initial[q·V + v] + Σ_{t < terms} weight(q, t)·value(t, v) for `rows` rows q and V =
    /// initial.count / rows vectors v (each of its own width, as `value` loads it): per term,
    /// one scalar per row broadcast and V vector loads, in term order. The register tile of
    /// every generated product: the GEMM's micro-kernel (GemmMicroKernel.swift), attention's
    /// scores, EPT's tiles.
    func rowTile(terms: Int, rows: Int, initial: [LLVMValueRef], weight: @escaping (Int, LLVMValueRef) -> LLVMValueRef,
                 value: @escaping (LLVMValueRef, Int) -> LLVMValueRef) -> [LLVMValueRef] {
        loop(count: terms, carrying: initial) { t, acc in
            self.rowTileStep(t, acc, rows: rows, weight: weight, value: value)
        }
    }

    /// `rowTile` over a number of terms known only at run time (a K block's width).
    func rowTile(terms: LLVMValueRef, rows: Int, initial: [LLVMValueRef],
                 weight: @escaping (Int, LLVMValueRef) -> LLVMValueRef,
                 value: @escaping (LLVMValueRef, Int) -> LLVMValueRef) -> [LLVMValueRef] {
        loop(int(0), terms, carrying: initial) { t, acc in
            self.rowTileStep(t, acc, rows: rows, weight: weight, value: value)
        }
    }

    private func rowTileStep(_ t: LLVMValueRef, _ acc: [LLVMValueRef], rows: Int,
                             weight: (Int, LLVMValueRef) -> LLVMValueRef,
                             value: (LLVMValueRef, Int) -> LLVMValueRef) -> [LLVMValueRef] {
        let vectors = acc.count / rows
        let values = (0..<vectors).map { value(t, $0) }
        var next = acc
        for q in 0..<rows {
            let w = weight(q, t)
            var splats: [Int: LLVMValueRef] = [:]
            for v in 0..<vectors {
                let width = Int(LLVMGetVectorSize(LLVMTypeOf(values[v])))
                let x = splats[width] ?? broadcast(w, lanes: width)
                splats[width] = x
                next[q * vectors + v] = vectorFMA(x, values[v], acc[q * vectors + v])
            }
        }
        return next
    }
}

extension EntryLowerer {
    /// The element indices of rows first ..< first + count of a matrix with `rows` rows, each
    /// clamped to the last row: a block past the end recomputes that row and stores the same
    /// values to it, so no tile needs a guard.
    func clampedRows(_ block: LLVMValueRef, count: Int, rows: Int) -> [LLVMValueRef] {
        let first = gen.mul(block, gen.int(count))
        return (0..<count).map { q in
            rows % count == 0 ? gen.add(first, gen.int(q)) : gen.minimum(gen.add(first, gen.int(q)), gen.int(rows - 1))
        }
    }

    /// out[q][e] = Σ_{i < terms} weights[q][i·stride]·values(i)[e] (e < D; each run's sums
    /// added to the last's, in order, onto `initial(q, e, mask)` or 0), as row tiles over chunks of columns; `finish(q, e, x,
    /// mask)` stores row q's accumulator for columns e ..< e + lanes, applying any epilogue first.
    func weightedRows(_ tiles: EPTTiles, width d: Int, terms: Int, runs: [(weights: [Strip], values: (LLVMValueRef) -> Strip)],
                              stride: Int = 1, initial: ((Int, LLVMValueRef, LLVMValueRef?) -> LLVMValueRef)? = nil,
                              finish: @escaping (Int, LLVMValueRef, LLVMValueRef, LLVMValueRef?) -> Void) {
        let lanes = tiles.lanes
        let rows = runs[0].weights.count
        gen.columnChunks(width: d, lanes: lanes, vectors: tiles.vectors) { e0, masks in
            let zero = LLVMConstNull(self.gen.vectorType(self.gen.f32, lanes))!
            var acc = (0..<(rows * masks.count)).map { x in
                initial.map { $0(x / masks.count, self.gen.add(e0, self.gen.int(x % masks.count * lanes)), masks[x % masks.count]) } ?? zero
            }
            for run in runs {
                acc = self.gen.rowTile(terms: terms, rows: rows, initial: acc, weight: { q, i in
                    self.gen.load(self.gen.f32, run.weights[q].base, self.gen.offset(run.weights[q].start, i, stride: stride))
                }, value: { i, v in
                    self.gen.load(run.values(i), self.gen.add(e0, self.gen.int(v * lanes)), lanes: lanes, mask: masks[v])
                })
            }
            for q in 0..<rows {
                for v in masks.indices {
                    finish(q, self.gen.add(e0, self.gen.int(v * lanes)), acc[q * masks.count + v], masks[v])
                }
            }
        }
    }

    /// A kernel over `blocks` blocks of `work` multiply-adds each: the blocks are its
    /// iterations, in parallel — or, when all of them are less than `EPTTiles.serialWork`, one
    /// iteration that runs them in order (no dispatch to the pool; `CodegenOptions.eptSerialWork`).
    func tiledKernel(blocks: Int, work: Int, _ prepare: (LLVMValueRef) -> (LLVMValueRef) -> Void) {
        let serial = blocks * work < options.eptSerialWork
        kernel(outer: serial ? min(blocks, 1) : blocks, workPerIteration: serial ? blocks * work : work) { args in
            let body = prepare(args)
            return { o in
                if serial {
                    self.gen.loop(count: blocks) { b, _ in body(b); return [] }
                } else {
                    body(o)
                }
            }
        }
    }

    /// Whether row q of the block is its own row, not a clamped copy of the last (nil: always):
    /// a step that works in place on a row (softmax) must run once per row.
    func ownRow(_ block: LLVMValueRef, _ q: Int, count: Int, rows: Int) -> LLVMValueRef? {
        rows % count == 0 ? nil : gen.icmp(LLVMIntSLT, gen.add(gen.mul(block, gen.int(count)), gen.int(q)), gen.int(rows))
    }

    /// An f32 stack buffer of `count` elements, 64-byte aligned (emitted in a kernel's entry).
    func stackBuffer(_ count: Int, _ name: String) -> LLVMValueRef {
        let buffer = LLVMBuildArrayAlloca(gen.builder, gen.f32, gen.int(count), name)!
        LLVMSetAlignment(buffer, 64)
        return buffer
    }
}
