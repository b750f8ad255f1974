import COpenBLAS

/// A linear layer over padded sequences: C (N·S, n) = A (N·S, k) · op(B), where every row of A
/// past its sequence's last set mask position is zero (Passes/Analysis/ZeroRows.swift). Those
/// rows of C are zero too, so they can be filled with zeros instead of computed: the live rows go
/// to `cblas_sgemm` in runs, the rest is zero-filled. `mask` is i32 (N, S).
///
/// Each call packs the whole weight again, so a run is split off only at a gap of `minimumGap`
/// dead rows or more; shorter gaps are computed (zero rows in, zero rows out). Measured with
/// OpenBLAS on two threads (Zen 4, M = 8·168): splitting one GEMM into five calls costs 0.25 ms
/// per extra call at k = 512, n = 2048 and 0.73 ms at k = 2048, n = 512 — the time of about 21
/// and 60 rows of those GEMMs. At gaps of 96 rows in every sequence the GEMMs ran in 0.55 and
/// 0.67 of the full time; at gaps of 32 every other sequence (the bench batch) splitting was
/// slower than the single call.
public enum LiveRowsGemm {
    public static let minimumGap = 64

    /// Calls `body` with each run of live rows [start, end) over the flattened (N·S) rows, in
    /// order: each sequence's rows up to its last set mask position, joined where fewer than
    /// `minimumGap` dead rows lie between. Allocates nothing (it runs inside a train step).
    public static func forEachLiveRun(mask: UnsafePointer<Int32>, batches: Int, rows: Int,
                                      minimumGap: Int = minimumGap, _ body: (Range<Int>) -> Void) {
        var current: Range<Int>?
        for n in 0..<batches {
            var live = rows
            while live > 0, mask[n * rows + live - 1] == 0 { live -= 1 }
            if live == 0 { continue }
            let run = n * rows ..< n * rows + live
            if let last = current, run.lowerBound - last.upperBound < max(minimumGap, 1) {
                current = last.lowerBound ..< run.upperBound
            } else {
                if let last = current { body(last) }
                current = run
            }
        }
        if let last = current { body(last) }
    }
}

/// The C entry point compiled code calls (Codegen/LinearKernels.swift), f32, row-major, A not
/// transposed; `transB` is CblasTrans (112) or CblasNoTrans (111).
@_cdecl("eptc_sgemm_live_rows")
public func eptcSgemmLiveRows(_ transB: Int32, _ batches: Int32, _ rows: Int32, _ n: Int32, _ k: Int32,
                              _ a: UnsafePointer<Float>?, _ lda: Int32, _ b: UnsafePointer<Float>?, _ ldb: Int32,
                              _ c: UnsafeMutablePointer<Float>?, _ ldc: Int32, _ mask: UnsafePointer<Int32>?) {
    guard let a, let b, let c, let mask else { return }
    let total = Int(batches) * Int(rows)
    var next = 0
    func zero(_ range: Range<Int>) {
        for r in range { (c + r * Int(ldc)).update(repeating: 0, count: Int(n)) }
    }
    LiveRowsGemm.forEachLiveRun(mask: mask, batches: Int(batches), rows: Int(rows)) { run in
        zero(next ..< run.lowerBound)
        cblas_sgemm(CblasRowMajor, CblasNoTrans, transB == 112 ? CblasTrans : CblasNoTrans,
                    Int32(run.count), n, k, 1, a + run.lowerBound * Int(lda), lda, b, ldb,
                    0, c + run.lowerBound * Int(ldc), ldc)
        next = run.upperBound
    }
    zero(next ..< total)
}

extension RuntimeSymbols {
    public static var sgemmLiveRows: UInt64 {
        let f: @convention(c) (Int32, Int32, Int32, Int32, Int32, UnsafePointer<Float>?, Int32,
                               UnsafePointer<Float>?, Int32, UnsafeMutablePointer<Float>?, Int32,
                               UnsafePointer<Int32>?) -> Void = eptcSgemmLiveRows
        return UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self)))
    }
}
