import CLLVM

/// The blocking of the generated f32 GEMM (GemmKernels.swift) at one vector width: an mr × nr
/// register tile of `vectors` full-width accumulators per row, over K blocks of kc.
///
/// Why these sizes: AVX2 has 16 vector registers, so 6 × 2 accumulators + 2 B vectors + one
/// broadcast (15); AVX-512 has 32, so 14 × 2 + 3 (31). Two vectors per row keep the B loads at
/// one per 3–7 FMAs.
///
/// Two ways to pack B. `packOnce` (enough rows of A to reuse it): the whole of op(B) is packed
/// once per call into the calling thread's workspace (`eptc_gemm_workspace`), by a parallel
/// pack kernel, then read by every iteration of the compute kernel. Otherwise (a few rows, as
/// the LM head's 8) each iteration packs the kc × nc block it reads onto its stack
/// (`packFloats`, 64 KiB like the row-epilogue buffers of RowEpilogueKernels.swift).
struct GemmTiling: Hashable, Sendable {
    let lanes: Int
    let mr: Int
    let vectors: Int
    let packOnce: Bool
    /// With `packOnce`, and N wide enough: A too is packed once per call, into mr-row
    /// micro-panels (K-major: a tile's mr values of one k contiguous), so the micro-kernel reads
    /// one contiguous stream instead of mr rows lda apart (for lda a multiple of 512 floats those
    /// rows share L1 sets and evict each other between panels).
    let packA: Bool
    /// K block and N block (nc a multiple of nr).
    let kc: Int, nc: Int
    /// Rows per parallel iteration (a multiple of mr), and columns per parallel iteration (a
    /// multiple of nc): small M splits N instead, so an 8-row LM head still uses every thread.
    let mc: Int, columnGroup: Int

    static let packFloats = 16 << 10
    /// Packing once needs at least this many row tiles per product (each packed panel is then
    /// read that many times), and at most this many bytes of workspace.
    static let packOnceTiles = 4
    static let packOnceBytes = 64 << 20
    /// Packing A costs one copy of each element, which the panels repay when there are enough of
    /// them: each element of A feeds N / lanes multiply-adds.
    static let packAColumns = 256
    /// With B packed once: the K block (mr × kc of A stays in L1 across the panels: 14 × 256
    /// floats = 14 KiB) and the bytes of B's kc × nc block that the row tiles share from L2.
    static let packedKC = 256
    static let packedBlockBytes = 256 << 10

    var nr: Int { lanes * vectors }

    /// Parallel iterations to aim for: enough for the pool, and, packing B per iteration, few
    /// enough that each packs B for many rows (every iteration packs the B blocks it reads).
    static let iterations = 8
    /// With B packed once, iterations cost no packing: more of them even out the threads'
    /// shares (7 iterations on 2 threads idle one an eighth of the time; 14 on 2 do not).
    static let packedIterations = 16

    /// `products` of m × n × k each; `vectorBits` nil: 256 (what every AVX2 host runs).
    init(vectorBits: Int?, m: Int, n: Int, k: Int, products: Int, packedProducts: Int) {
        lanes = max(4, (vectorBits ?? 256) / 32)
        (mr, vectors) = lanes >= 16 ? (14, 2) : (6, 2)
        let nr = lanes * vectors
        let paddedN = (n + nr - 1) / nr * nr
        let bBytes = packedProducts * k * paddedN * 4
        packOnce = m >= Self.packOnceTiles * mr && bBytes <= Self.packOnceBytes
        let aBytes = products * ((m + mr - 1) / mr) * mr * k * 4
        packA = packOnce && n >= Self.packAColumns && bBytes + aBytes <= Self.packOnceBytes
        if packOnce {
            kc = max(1, min(k, Self.packedKC))
            nc = max(nr, min(paddedN, Self.packedBlockBytes / 4 / kc / nr * nr))
        } else {
            kc = max(1, min(k, 256))
            nc = max(nr, min(paddedN, Self.packFloats / kc / nr * nr))
        }
        // At least ~96 rows per group; more when that still leaves `target` groups (a batch of
        // products already gives them: then a whole product per group).
        let target = packOnce ? Self.packedIterations : Self.iterations
        let perGroup = products >= target ? m : (m + target - 1) / target
        mc = max(mr * max(1, 96 / mr), (perGroup + mr - 1) / mr * mr)
        let groups = products * ((m + mc - 1) / mc)
        // Too few row groups (a small M): whole N blocks per group instead.
        let blocks = (n + nc - 1) / nc
        let split = max(1, min(blocks, target / max(groups, 1)))
        columnGroup = (blocks + split - 1) / split * nc
    }
}

/// Vector helpers of the generated GEMM.
extension IRGen {
    func vectorType(_ t: LLVMTypeRef, _ lanes: Int) -> LLVMTypeRef { LLVMVectorType(t, UInt32(lanes)) }

    /// `<lanes x t>` with every lane `x`.
    func broadcast(_ x: LLVMValueRef, lanes: Int) -> LLVMValueRef {
        let v = vectorType(LLVMTypeOf(x), lanes)
        let one = LLVMBuildInsertElement(builder, LLVMGetUndef(v), x, int32(0), "")!
        return LLVMBuildShuffleVector(builder, one, LLVMGetUndef(v), LLVMConstNull(vectorType(i32, lanes)), "")!
    }

    /// The transpose of a square of vectors: `rows[r]`'s lane l becomes lane r of result l
    /// (`rows.count` a power of two equal to the lanes). Each level b (lanes / 2, …, 1) swaps
    /// the b-wide off-diagonal blocks of each 2b-wide square — one two-source shuffle per row —
    /// so after every level each element's row and lane indices have traded all their bits.
    func transposeSquare(_ rows: [LLVMValueRef]) -> [LLVMValueRef] {
        let size = rows.count
        var m = rows
        var b = size / 2
        while b >= 1 {
            var next = m
            for i in 0..<size where i & b == 0 {
                next[i] = shuffle(m[i], m[i + b], (0..<size).map { l in l & b == 0 ? l : size + l - b })
                next[i + b] = shuffle(m[i], m[i + b], (0..<size).map { l in l & b == 0 ? l + b : size + l })
            }
            m = next
            b /= 2
        }
        return m
    }

    /// base[i ..< i + lanes] stored from a vector, `align` bytes aligned.
    func storeVector(_ value: LLVMValueRef, _ base: LLVMValueRef, _ i: LLVMValueRef, align: Int) {
        let t = LLVMGetElementType(LLVMTypeOf(value))!
        let p = bitcast(gep(t, base, i), pointerType(LLVMTypeOf(value)))
        LLVMSetAlignment(LLVMBuildStore(builder, value, p), UInt32(align))
    }

    /// base[i ..< i + lanes] loaded as a vector, `align` bytes aligned.
    func loadVector(_ t: LLVMTypeRef, _ lanes: Int, _ base: LLVMValueRef, _ i: LLVMValueRef, align: Int) -> LLVMValueRef {
        let v = loadVector(t, lanes, base, i)
        LLVMSetAlignment(v, UInt32(align))
        return v
    }

    /// Lanes l with first + l < limit (i64 scalars): the in-bounds lanes of an edge vector.
    func laneMask(first: LLVMValueRef, limit: LLVMValueRef, lanes: Int) -> LLVMValueRef {
        var steps: [LLVMValueRef?] = (0..<lanes).map { int32(Int32($0)) }
        let iota = steps.withUnsafeMutableBufferPointer { LLVMConstVector($0.baseAddress, UInt32(lanes))! }
        let start = broadcast(LLVMBuildTrunc(builder, first, i32, "")!, lanes: lanes)
        let end = broadcast(LLVMBuildTrunc(builder, limit, i32, "")!, lanes: lanes)
        return icmp(LLVMIntSLT, LLVMBuildAdd(builder, start, iota, "")!, end)
    }

    /// `llvm.masked.load`: masked-off lanes read nothing and are 0.
    func maskedLoad(_ t: LLVMTypeRef, _ lanes: Int, _ base: LLVMValueRef, _ i: LLVMValueRef,
                    mask: LLVMValueRef) -> LLVMValueRef {
        let v = vectorType(t, lanes), vp = pointerType(v)
        return call(LLVMCompat.maskedIntrinsic("load", lanes: lanes), v,
                    [bitcast(gep(t, base, i), vp), int32(4), mask, LLVMConstNull(v)],
                    types: [vp, i32, vectorType(i1, lanes), v])
    }

    /// `llvm.masked.store`: masked-off lanes are not written.
    func maskedStore(_ value: LLVMValueRef, _ base: LLVMValueRef, _ i: LLVMValueRef, mask: LLVMValueRef) {
        let v = LLVMTypeOf(value)!, lanes = Int(LLVMGetVectorSize(v))
        let t = LLVMGetElementType(v)!, vp = pointerType(v)
        call(LLVMCompat.maskedIntrinsic("store", lanes: lanes), void, [value, bitcast(gep(t, base, i), vp), int32(4), mask],
             types: [v, vp, i32, vectorType(i1, lanes)])
    }

    /// if cond { then() } else { otherwise() }, for side effects only.
    func ifThenElse(_ cond: LLVMValueRef, _ then: () -> Void, else otherwise: () -> Void) {
        let thenBlock = block("then"), elseBlock = block("else"), join = block("join")
        LLVMBuildCondBr(builder, cond, thenBlock, elseBlock)
        position(at: thenBlock)
        then()
        LLVMBuildBr(builder, join)
        position(at: elseBlock)
        otherwise()
        LLVMBuildBr(builder, join)
        position(at: join)
    }

    /// `cond` statically true or false runs one side without a branch; nil (dynamic) branches.
    func branch(_ cond: LLVMValueRef?, always: Bool, _ then: () -> Void, else otherwise: () -> Void) {
        guard let cond else { return always ? then() : otherwise() }
        ifThenElse(cond, then, else: otherwise)
    }
}

/// One register tile: C[i ..< i+mr, j0 ..< j0+nr] (+)= A[i ..< i+mr, k-block] · packed panel.
struct GemmTile {
    let gen: IRGen
    let tiling: GemmTiling
    /// Element pointers (f32*) of A (as stored, or its packed micro-panels) and of this tile's
    /// packed panel of B.
    let a: LLVMValueRef, panel: LLVMValueRef
    /// Element index of A(row, k0) for each of the tile's rows, and the step to the next k: 1,
    /// or lda for a transposed A.
    let aRow: [LLVMValueRef]
    let aStep: Int

    /// The rows × `vectors` accumulators (rows: `aRow.count`, mr but in the last tile) over
    /// `kcw` steps of k: for each k, the first `vectors` of the panel's row of nr values (all of
    /// them but in a narrow last panel) as loads, and each of A's row values broadcast into one
    /// multiply-add per vector. Nothing else is in the loop, so the accumulators stay in
    /// registers.
    func accumulate(kcw: LLVMValueRef, vectors: Int) -> [LLVMValueRef] {
        let (g, lanes, t) = (gen, tiling.lanes, gen.f32)
        let zero = LLVMConstNull(g.vectorType(t, lanes))!
        return g.rowTile(terms: kcw, rows: aRow.count, initial: Array(repeating: zero, count: aRow.count * vectors),
                         weight: { r, k in g.load(t, a, g.offset(aRow[r], k, stride: aStep)) },
                         value: { k, v in
                             g.loadVector(t, lanes, panel, g.add(g.mul(k, g.int(tiling.nr)), g.int(v * lanes)), align: lanes * 4)
                         })
    }
}
