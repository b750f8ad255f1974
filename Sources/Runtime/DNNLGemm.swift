import CDNNL
import COpenBLAS

/// oneDNN (`dnnl_sgemm`) as an optional provider of the f32 GEMMs that stay library calls, beside
/// OpenBLAS: dlopened on first use (Sources/CDNNL/include/eptc_dnnl.h), so a machine without
/// libdnnl.so.2 only lacks the provider. Whether it runs a shape is `GemmPolicy`'s business
/// (Codegen GemmChoice.swift); compiled code calls `eptc_dnnl_sgemm` / `eptc_dnnl_gemm_batch`,
/// which fall back to OpenBLAS when no library is loaded (a program compiled elsewhere).
///
/// Threads: oneDNN (Debian's build) runs on OpenMP; each call is given eptc's BLAS thread count
/// (`BLASSetup.threadCount`), one inside a batch split across eptc's pool, as OpenBLAS is.
public enum DNNL {
    /// The library's default soname (Debian libdnnl2).
    public static let defaultLibrary = "libdnnl.so.2"

    /// Loads `path` (the default soname when nil) if no library is loaded yet. The error names why
    /// (dlerror's text, a missing symbol); nothing stays loaded then.
    @discardableResult
    public static func load(_ path: String? = nil) -> Result<String, DNNLUnavailable> {
        var error = [CChar](repeating: 0, count: 512)
        if eptc_dnnl_load(path ?? defaultLibrary, &error, error.count) != 0 {
            return .failure(DNNLUnavailable(path: path ?? defaultLibrary, reason: String(cString: error)))
        }
        return .success(version)
    }

    public static var isLoaded: Bool { eptc_dnnl_loaded() != 0 }

    /// "2.6.3 (omp)", or "" when none is loaded.
    public static var version: String {
        var text = [CChar](repeating: 0, count: 64)
        eptc_dnnl_version(&text, text.count)
        return String(cString: text)
    }

    /// Row-major C = op(A)·op(B) on `threads` threads; OpenBLAS when no library is loaded or oneDNN
    /// refuses the call (it checks its arguments).
    static func sgemm(threads: Int32, _ ta: Bool, _ tb: Bool, _ m: Int32, _ n: Int32, _ k: Int32,
                      _ a: UnsafePointer<Float>, _ lda: Int32, _ b: UnsafePointer<Float>, _ ldb: Int32,
                      _ c: UnsafeMutablePointer<Float>, _ ldc: Int32) {
        let status = eptc_dnnl_sgemm(threads, CChar(UInt8(ascii: ta ? "T" : "N")), CChar(UInt8(ascii: tb ? "T" : "N")),
                                     Int64(m), Int64(n), Int64(k), a, Int64(lda), b, Int64(ldb), c, Int64(ldc))
        guard status != 0 else { return }
        cblas_sgemm(CBLAS_ORDER(rawValue: 101), CBLAS_TRANSPOSE(rawValue: ta ? 112 : 111),
                    CBLAS_TRANSPOSE(rawValue: tb ? 112 : 111), m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
    }
}

/// Why oneDNN is not available: the path tried and the loader's reason.
public struct DNNLUnavailable: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "oneDNN (\(path)) is not available: \(reason)" }
}

/// The C entry point compiled code calls for one f32 GEMM on oneDNN (row-major, CBLAS transpose
/// codes 111/112 as `cblas_sgemm` takes them), from the entry's thread.
@_cdecl("eptc_dnnl_sgemm_call")
public func eptcDNNLSgemmCall(_ transA: Int32, _ transB: Int32, _ m: Int32, _ n: Int32, _ k: Int32,
                              _ a: UnsafePointer<Float>?, _ lda: Int32, _ b: UnsafePointer<Float>?, _ ldb: Int32,
                              _ c: UnsafeMutablePointer<Float>?, _ ldc: Int32) {
    guard let a, let b, let c else { return }
    DNNL.sgemm(threads: Int32(BLASSetup.threadCount), transA == 112, transB == 112, m, n, k, a, lda, b, ldb, c, ldc)
}

/// The batched form (`eptc_gemm_batch`'s arguments, f32 only): the batch split across eptc's pool,
/// each product on one oneDNN thread.
@_cdecl("eptc_dnnl_gemm_batch")
public func eptcDNNLGemmBatch(_ transA: Int32, _ transB: Int32, _ m: Int32, _ n: Int32, _ k: Int32,
                              _ a: UnsafeRawPointer?, _ lda: Int32, _ strideA: Int64,
                              _ b: UnsafeRawPointer?, _ ldb: Int32, _ strideB: Int64,
                              _ c: UnsafeMutableRawPointer?, _ ldc: Int32, _ strideC: Int64, _ count: Int64,
                              _ heads: Int64, _ outerA: Int64, _ outerB: Int64, _ outerC: Int64) {
    guard let a, let b, let c, heads > 0 else { return }
    var call = BatchedGemm.Call(double: false, transA: transA, transB: transB, m: m, n: n, k: k,
                                a: a, lda: lda, strideA: strideA, b: b, ldb: ldb, strideB: strideB,
                                c: c, ldc: ldc, strideC: strideC)
    (call.heads, call.outerA, call.outerB, call.outerC) = (heads, outerA, outerB, outerC)
    call.dnnl = true
    BatchedGemm.run(call, count: count)
}

extension RuntimeSymbols {
    public static var dnnlSgemm: UInt64 {
        let f: @convention(c) (Int32, Int32, Int32, Int32, Int32, UnsafePointer<Float>?, Int32,
                               UnsafePointer<Float>?, Int32, UnsafeMutablePointer<Float>?, Int32) -> Void = eptcDNNLSgemmCall
        return UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self)))
    }

    public static var dnnlGemmBatch: UInt64 {
        let f: @convention(c) (Int32, Int32, Int32, Int32, Int32, UnsafeRawPointer?, Int32, Int64,
                               UnsafeRawPointer?, Int32, Int64, UnsafeMutableRawPointer?, Int32, Int64, Int64,
                               Int64, Int64, Int64, Int64) -> Void
            = eptcDNNLGemmBatch
        return UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self)))
    }
}
