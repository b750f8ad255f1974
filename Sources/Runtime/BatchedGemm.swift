import COpenBLAS

/// Many small independent GEMMs — attention's per-(sequence, head) products, 64 of 228×64×228 in a
/// T5-small step at batch 8 — as one parallel loop on eptc's pool, each product single-threaded in
/// OpenBLAS. Issued one by one with OpenBLAS's own threads, every product pays a wake-up and a
/// barrier of its threads; on a shared machine those waits dominated the step (T5-small PT train
/// step, load 4: 4.26 s with 2 BLAS threads, 2.30 s with 1). Here the batch is split across the
/// pool's threads instead, with OpenBLAS set to one thread for the duration, so the two thread
/// sets still never compute at the same time (ThreadPool's policy).
///
/// Each product runs exactly the single-threaded OpenBLAS kernel, so results do not depend on
/// how the batch is split.
public enum BatchedGemm {
    /// One batched call, as compiled code passes it (row-major, CBLAS transpose codes).
    public struct Call {
        public var double: Bool
        public var transA: Int32, transB: Int32
        public var m: Int32, n: Int32, k: Int32
        public var a: UnsafeRawPointer, lda: Int32, strideA: Int64
        public var b: UnsafeRawPointer, ldb: Int32, strideB: Int64
        public var c: UnsafeMutableRawPointer, ldc: Int32, strideC: Int64
        /// f32 products on oneDNN instead of OpenBLAS (DNNLGemm.swift).
        public var dnnl = false
        /// Product i's operands start at (i / heads)·outer + (i % heads)·stride: a batch over
        /// (sequence, head) whose matrices sit in (N, S, H, D) bytes, rows H·D apart (a head split
        /// planned as a view, Passes HeadTransposeViews.swift). heads 1: i·outer.
        public var heads: Int64 = 1
        public var outerA: Int64 = 0, outerB: Int64 = 0, outerC: Int64 = 0

        /// Element offsets of product i's a, b and c.
        func offsets(_ i: Int64) -> (a: Int, b: Int, c: Int) {
            let (outer, head) = heads == 1 ? (i, 0) : (i / heads, i % heads)
            return (Int(outer * outerA + head * strideA), Int(outer * outerB + head * strideB),
                    Int(outer * outerC + head * strideC))
        }
    }

    /// Products `start..<end` of `call` (strides in elements).
    static func run(_ call: Call, _ start: Int64, _ end: Int64) {
        let order = CBLAS_ORDER(rawValue: 101), ta = CBLAS_TRANSPOSE(rawValue: UInt32(call.transA))
        let tb = CBLAS_TRANSPOSE(rawValue: UInt32(call.transB))
        for i in start..<end {
            let at = call.offsets(i)
            if call.double {
                let a = call.a.assumingMemoryBound(to: Double.self) + at.a
                let b = call.b.assumingMemoryBound(to: Double.self) + at.b
                let c = call.c.assumingMemoryBound(to: Double.self) + at.c
                cblas_dgemm(order, ta, tb, call.m, call.n, call.k, 1, a, call.lda, b, call.ldb, 0, c, call.ldc)
            } else {
                let a = call.a.assumingMemoryBound(to: Float.self) + at.a
                let b = call.b.assumingMemoryBound(to: Float.self) + at.b
                let c = call.c.assumingMemoryBound(to: Float.self) + at.c
                if call.dnnl {
                    DNNL.sgemm(threads: 1, call.transA == 112, call.transB == 112, call.m, call.n, call.k,
                               a, call.lda, b, call.ldb, c, call.ldc)
                    continue
                }
                cblas_sgemm(order, ta, tb, call.m, call.n, call.k, 1, a, call.lda, b, call.ldb, 0, c, call.ldc)
            }
        }
    }

    /// All `count` products: split across the pool when it has more than one thread.
    public static func run(_ call: Call, count: Int64) {
        var call = call
        let threads = openblas_get_num_threads()
        guard ThreadPool.shared.threadCount > 1, count > 1 else {
            run(call, 0, count)
            return
        }
        openblas_set_num_threads(1)
        withUnsafeMutablePointer(to: &call) { pointer in
            ThreadPool.shared.parallelFor(count: count, grain: 1, context: UnsafeMutableRawPointer(pointer)) { context, start, end in
                guard let context else { return }
                BatchedGemm.run(context.assumingMemoryBound(to: BatchedGemm.Call.self).pointee, start, end)
            }
        }
        openblas_set_num_threads(threads)
    }
}

/// The C entry point compiled code calls for a batch of small GEMMs (see `BatchedGemm`); the
/// `stride` of each operand is its per-head step, `outer` its per-(count / heads) step.
@_cdecl("eptc_gemm_batch")
public func eptcGemmBatch(_ double: Int32, _ transA: Int32, _ transB: Int32, _ m: Int32, _ n: Int32, _ k: Int32,
                          _ a: UnsafeRawPointer?, _ lda: Int32, _ strideA: Int64,
                          _ b: UnsafeRawPointer?, _ ldb: Int32, _ strideB: Int64,
                          _ c: UnsafeMutableRawPointer?, _ ldc: Int32, _ strideC: Int64, _ count: Int64,
                          _ heads: Int64, _ outerA: Int64, _ outerB: Int64, _ outerC: Int64) {
    guard let a, let b, let c, heads > 0 else { return }
    var call = BatchedGemm.Call(double: double != 0, transA: transA, transB: transB, m: m, n: n, k: k,
                                a: a, lda: lda, strideA: strideA, b: b, ldb: ldb, strideB: strideB,
                                c: c, ldc: ldc, strideC: strideC)
    (call.heads, call.outerA, call.outerB, call.outerC) = (heads, outerA, outerB, outerC)
    BatchedGemm.run(call, count: count)
}

extension RuntimeSymbols {
    public static var gemmBatch: UInt64 {
        let f: @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, UnsafeRawPointer?, Int32, Int64,
                               UnsafeRawPointer?, Int32, Int64, UnsafeMutableRawPointer?, Int32, Int64, Int64,
                               Int64, Int64, Int64, Int64) -> Void
            = eptcGemmBatch
        return UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self)))
    }
}
