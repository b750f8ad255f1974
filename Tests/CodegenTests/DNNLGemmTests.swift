import CodegenTestSupport
import Foundation
import Testing
import IR
import Runtime
@testable import Codegen

/// oneDNN as a GEMM provider (Runtime DNNLGemm.swift, `GemmPolicy.dnnl`): its results against the
/// interpreter on the generated kernel's edge shapes, the three-way measurement, and the fallback
/// to OpenBLAS where the library does not load. Tests that need libdnnl.so.2 are skipped without
/// it (CI); the fallback tests run everywhere.
@Suite struct DNNLGemmTests {
    static let loads: Bool = { if case .success = DNNL.load() { return true } else { return false } }()
    static let missing = Comment(rawValue: "libdnnl.so.2 does not load here (apt-get install libdnnl-dev, or `make dnnl`)")

    @Test(.enabled(if: loads, missing), .executes(.avx2)) func dnnlMatchesInterpreterAVX2() throws {
        try GemmKernelTests().check(.avx2, .dnnl)
    }

    @Test(.enabled(if: loads, missing), .executes(.avx512)) func dnnlMatchesInterpreterAVX512() throws {
        try GemmKernelTests().check(.avx512, .dnnl)
    }

    /// The product calls oneDNN's entries, single and batched, and no BLAS.
    @Test(.enabled(if: loads, missing)) func irCallsDNNL() throws {
        var e = EntryBuilder(name: "f", weights: [])
        let y = try GemmKernelTests.Case(batch: 3, m: 40, n: 40, k: 40, tb: true).build(&e)
        let z = try GemmKernelTests.Case(m: 64, n: 48, k: 40).build(&e)
        e.result("y", y)
        e.result("z", z)
        let ir = try CodegenTarget.avx2.compiler(GemmKernelTests.options(.avx2, .dnnl))
            .llvmIR(Graph(name: "g", entries: [e.entry]), entry: "f").before
        #expect(ir.contains("@eptc_dnnl_gemm_batch(") && ir.contains("@eptc_dnnl_sgemm_call("), "\(ir)")
        #expect(!ir.contains("cblas_sgemm") && !ir.contains("@eptc_gemm_batch("))
    }

    /// A library that does not load: `--gemm dnnl` says why and runs OpenBLAS, with the interpreter's results.
    @Test func absentLibraryFallsBackToBLAS() throws {
        var e = EntryBuilder(name: "f", weights: [])
        let y = try GemmKernelTests.Case(m: 64, n: 48, k: 40, tb: true).build(&e)
        e.result("y", y)
        let graph = Graph(name: "gemm", entries: [e.entry])
        var options = CodegenOptions()
        (options.gemm, options.dnnlLibrary, options.profile) = (.dnnl, "/nonexistent/libdnnl.so.2", true)
        let shape = MatmulShape(a: [64, 40], b: [48, 40], transposeA: false, transposeB: true)
        let decision = options.gemmDecision(shape, .f32)
        #expect(!decision.dnnl && !decision.generated)
        #expect(decision.description.hasPrefix("blas (oneDNN (/nonexistent/libdnnl.so.2) is not available: "),
                "\(decision.description)")
        var pinned = CodegenTarget.avx2.options()
        (pinned.gemm, pinned.dnnlLibrary) = (.dnnl, options.dnnlLibrary)
        let ir = try CodegenTarget.avx2.compiler(pinned).llvmIR(graph, entry: "f").before
        #expect(ir.contains("@cblas_sgemm(") && !ir.contains("eptc_dnnl"))
        let store = try WeightStore(graph: graph)
        let engine = CompiledEngine(program: try CompiledProgram.compile(graph, options: options), weights: store)
        let inputs = randomInputs(graph.entries[0], seed: 5)
        #expect(try compare(engine, Interpreter(graph: graph, weights: store), entry: "f", inputs: inputs) <= 1e-5)
        #expect(engine.profile("f")?.rows.first { $0.op == "matmul" }?.kernelClass == .blasMatmul)
        // Measuring with an absent library measures the two others only.
        options.measureDNNL = true
        #expect(GemmChooser.candidates(options) == "")
    }

    /// The entry compiled code calls: oneDNN where loaded, OpenBLAS otherwise; either way the
    /// product of a transposed A and B within f32's summation bound of a float64 reference.
    @Test func runtimeEntryMatchesReference() throws {
        let (m, n, k) = (23, 29, 301)
        var rng = SplitMix64(seed: 11)
        let a = (0..<k * m).map { _ in Float(rng.nextUnit() * 2 - 1) }     // K×M (transposed)
        let b = (0..<n * k).map { _ in Float(rng.nextUnit() * 2 - 1) }     // N×K (transposed)
        var c = [Float](repeating: .nan, count: m * n)
        eptcDNNLSgemmCall(112, 112, Int32(m), Int32(n), Int32(k), a, Int32(m), b, Int32(k), &c, Int32(n))
        for i in 0..<m {
            for j in 0..<n {
                var want = 0.0, magnitude = 0.0
                for p in 0..<k {
                    want += Double(a[p * m + i]) * Double(b[j * k + p])
                    magnitude += abs(Double(a[p * m + i]) * Double(b[j * k + p]))
                }
                let error = abs(Double(c[i * n + j]) - want) / magnitude
                #expect(error <= 2 * Double(k) * Double(Float.ulpOfOne), "(\(i), \(j)): \(c[i * n + j]) vs \(want)")
            }
        }
    }

    /// `.measured` with oneDNN as a candidate: all three timed, the fastest kept, cached apart from
    /// the two-way measurement.
    @Test(.enabled(if: loads, missing)) func measuredTimesThreeCandidates() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "eptc-gemm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let shape = MatmulShape(a: [37, 41], b: [43, 41], transposeA: false, transposeB: true)
        var options = CodegenOptions()
        options.measureDNNL = true
        let candidates = GemmChooser.candidates(options)
        #expect(candidates.hasPrefix("|dnnl-"))
        GemmChooser.resolve([shape], options: options, cacheDirectory: folder, budget: 30)
        let d = try #require(GemmChooser.known(shape, vectorBits: options.vectorWidth, candidates: candidates,
                                               cacheDirectory: folder))
        let times = [try #require(d.generatedSeconds), try #require(d.blasSeconds), try #require(d.dnnlSeconds)]
        let fastest = times.min() ?? 0
        #expect(d.generated == (times[0] == fastest && times[1] > fastest))
        #expect(d.dnnl == (times[2] == fastest && !d.generated && times[1] > fastest))
        #expect(GemmChooser.known(shape, vectorBits: options.vectorWidth, cacheDirectory: folder) == nil)
    }

    @Test(.enabled(if: loads, missing)) func profileNamesDNNL() throws {
        var e = EntryBuilder(name: "f", weights: [])
        let y = try GemmKernelTests.Case(m: 64, n: 48, k: 40).build(&e)
        e.result("y", y)
        let graph = Graph(name: "gemm", entries: [e.entry])
        var options = CodegenOptions()
        (options.gemm, options.profile) = (.dnnl, true)
        let engine = CompiledEngine(program: try CompiledProgram.compile(graph, options: options),
                                    weights: try WeightStore(graph: graph))
        _ = try engine.run("f", inputs: randomInputs(graph.entries[0], seed: 3))
        let row = try #require(engine.profile("f")?.rows.first { $0.op == "matmul" })
        #expect(row.kernelClass == .dnnlMatmul && row.gemm == "dnnl (--gemm dnnl)")
    }

    /// What the profile prints for each outcome of a three-way measurement.
    @Test func decisionDescriptions() {
        #expect(GemmProbe.decide([2, 3, 1.5], gain: 1.1).description == "dnnl 2.00× BLAS, gen 1.50× (measured)")
        #expect(GemmProbe.decide([1, 3, 1.5], gain: 1.1).description == "gen 3.00× BLAS, dnnl 2.00× (measured)")
        #expect(GemmProbe.decide([4, 3, 6], gain: 1.1).description == "blas: gen 0.75×, dnnl 0.50× (measured)")
        #expect(GemmProbe.decide([3, 3, 3], gain: 1.1).implementation == "blas")
        #expect(GemmProbe.decide([2, 1], gain: 1.1).description == "blas: gen 0.50× (measured)")
    }
}
