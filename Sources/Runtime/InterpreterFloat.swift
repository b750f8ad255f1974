import COpenBLAS
import RealModule

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The two floating-point types the interpreter computes in: `Float` (like compiled code) and
/// `Double` (for finite-difference gradient checks). Kernels are written once, generic over this
/// protocol; the few operations that need a specific C entry point (BLAS, C `pow`) live here.
public protocol InterpreterFloat: Real, BinaryFloatingPoint {
    /// C `pow`: unlike `Real.pow`, a negative base with an integral exponent is defined
    /// (pow(−2, 3) = −8), as in NumPy and in compiled code calling libm.
    static func cPow(_ x: Self, _ y: Self) -> Self

    /// Row-major C = op(A)·op(B), C (M, N), op(A) (M, K), op(B) (K, N); `lda`, `ldb` are the
    /// row lengths of A and B as stored.
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                     a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                     c: UnsafeMutablePointer<Self>)
}

@inline(__always)
private func cblasTranspose(_ t: Bool) -> CBLAS_TRANSPOSE { t ? CblasTrans : CblasNoTrans }

extension Float: InterpreterFloat {
    public static func cPow(_ x: Float, _ y: Float) -> Float { powf(x, y) }

    public static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                            a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                            c: UnsafeMutablePointer<Float>) {
        cblas_sgemm(CblasRowMajor, cblasTranspose(transposeA), cblasTranspose(transposeB),
                    blasint(m), blasint(n), blasint(k), 1, a, blasint(lda), b, blasint(ldb), 0, c, blasint(n))
    }
}

extension Double: InterpreterFloat {
    // Qualified: inside `Double`, a bare `pow` would find RealModule's static one (NaN for x < 0).
    public static func cPow(_ x: Double, _ y: Double) -> Double { libmPow(x, y) }

    public static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                            a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                            c: UnsafeMutablePointer<Double>) {
        cblas_dgemm(CblasRowMajor, cblasTranspose(transposeA), cblasTranspose(transposeB),
                    blasint(m), blasint(n), blasint(k), 1, a, blasint(lda), b, blasint(ldb), 0, c, blasint(n))
    }
}

#if canImport(Glibc)
@inline(__always) private func libmPow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
#else
@inline(__always) private func libmPow(_ x: Double, _ y: Double) -> Double { Darwin.pow(x, y) }
#endif
