import Testing
import IR
@testable import Codegen

/// How a matmul reaches BLAS, read off the IR before O3 (pinned target). A linear layer over
/// (B, L, K) activations with a shared (K, N) or (N, K) weight is ONE GEMM of B·L rows, which
/// streams the weight once; what cannot fold keeps one product per batch element.
@Suite struct GemmLoweringTests {
    /// The entry's IR for y = matmul(a, b) with the given shapes and transposes.
    static func ir(_ a: [Int], _ b: [Int], ta: Bool = false, tb: Bool = false) throws -> String {
        var e = EntryBuilder(name: "f", weights: [])
        let y = try e.add(.matmul(transposeA: ta, transposeB: tb), [e.parameter("a", .f32(a)), e.parameter("b", .f32(b))])
        e.result("y", y)
        return try CodegenTarget.avx2.compiler().llvmIR(Graph(name: "gemm", entries: [e.entry]), entry: "f").before
    }

    static func count(_ text: String, _ needle: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func sharedWeightIsOneGemmOverAllRows() throws {
        // (8, 21, 64)·(48, 64)ᵀ: M = 8·21 = 168, N = 48, K = 64.
        let ir = try Self.ir([8, 21, 64], [48, 64], tb: true)
        #expect(Self.count(ir, "call void @cblas_sgemm(") == 1)
        #expect(ir.contains("@cblas_sgemm(i32 101, i32 111, i32 112, i32 168, i32 48, i32 64,"), "\(ir)")
        #expect(!ir.contains("@eptc_gemm_batch("))
        // Untransposed weight, two batch axes: M = 2·3·40.
        let ir2 = try Self.ir([2, 3, 40, 64], [64, 48])
        #expect(ir2.contains("@cblas_sgemm(i32 101, i32 111, i32 111, i32 240, i32 48, i32 64,"), "\(ir2)")
    }

    /// Must not fold: a weight per batch element (attention's products), and a transposed
    /// activation (its rows are not contiguous across the batch).
    @Test func perBatchOrTransposedOperandsKeepOneProductEach() throws {
        let batched = try Self.ir([8, 21, 64], [8, 64, 48])
        #expect(batched.contains("@eptc_gemm_batch("))
        #expect(!batched.contains("i32 168,"))
        let transposed = try Self.ir([8, 64, 21], [64, 48], ta: true)
        #expect(transposed.contains("@eptc_gemm_batch("))
        #expect(!transposed.contains("i32 168,"))
    }

    /// The profile names the products as they run: one folded GEMM, or a batch of products.
    @Test func profileLabelsSayWhatRuns() {
        #expect(MatmulShape(a: [8, 168, 2048], b: [512, 2048], transposeA: false, transposeB: true).label
                    == "(8·168)×512×2048 Bᵀ")
        #expect(MatmulShape(a: [8, 8, 168, 64], b: [8, 8, 168, 64], transposeA: false, transposeB: true).label
                    == "64×(168×168×64 Bᵀ)")
        #expect(MatmulShape(a: [8, 64, 21], b: [64, 48], transposeA: true, transposeB: false).label == "8×(21×48×64 Aᵀ)")
        #expect(MatmulShape(a: [64, 64], b: [64, 5], transposeA: false, transposeB: false).label == "64×5×64")
    }
}
