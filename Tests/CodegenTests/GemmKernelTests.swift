import CodegenTestSupport
import Foundation
import Testing
import IR
import Runtime
import Support
@testable import Codegen

/// The generated GEMM (Sources/Codegen/GemmKernels.swift) against the interpreter (whose matmul
/// is OpenBLAS), at both vector widths, on shapes chosen to hit every edge of its blocking:
/// 1×1×1, primes, M one off the register tile's rows (6 at 256 bits, 14 at 512), N one off its
/// columns (16, 32), K not a multiple of the vector width and over one K block (256), N over
/// one pack block, M over one row group (96, 98), each transpose, batches with a shared or a
/// per-batch B, and a folded batch; with B packed per iteration (few rows) and once per call
/// (61 and 57 rows: 4 tiles of 14 or more), and A packed once too (N 257, 263).
@Suite struct GemmKernelTests {
    struct Case: Sendable, CustomStringConvertible {
        var batch: Int? = nil
        var m: Int, n: Int, k: Int
        var ta = false, tb = false
        /// With a batch: B rank 2 (one B for every batch element).
        var shared = false

        var description: String {
            (batch.map { "\($0)\(shared ? "s" : "")x" } ?? "") + "\(m)x\(n)x\(k)" + (ta ? "_ta" : "") + (tb ? "_tb" : "")
        }

        func build(_ e: inout EntryBuilder) throws -> ValueID {
            let a = ta ? [k, m] : [m, k], b = tb ? [n, k] : [k, n]
            let lead = batch.map { [$0] } ?? []
            return try e.add(.matmul(transposeA: ta, transposeB: tb),
                             [e.parameter("a", .f32(lead + a)), e.parameter("b", .f32(shared ? b : lead + b))])
        }
    }

    static let cases: [Case] = {
        var cases = [Case(m: 1, n: 1, k: 1), Case(m: 7, n: 13, k: 17), Case(m: 31, n: 37, k: 3), Case(m: 3, n: 5, k: 300)]
        for (ta, tb) in [(false, false), (false, true), (true, false), (true, true)] {
            cases += [Case(m: 13, n: 17, k: 9, ta: ta, tb: tb), Case(m: 15, n: 33, k: 257, ta: ta, tb: tb),
                      Case(m: 29, n: 31, k: 64, ta: ta, tb: tb), Case(batch: 3, m: 7, n: 15, k: 11, ta: ta, tb: tb),
                      Case(batch: 2, m: 5, n: 19, k: 23, ta: ta, tb: tb, shared: true),
                      // B packed once per call (`GemmTiling.packOnce`: 4 row tiles or more).
                      Case(m: 61, n: 45, k: 263, ta: ta, tb: tb), Case(batch: 3, m: 57, n: 33, k: 19, ta: ta, tb: tb),
                      // A packed once as well (`GemmTiling.packA`: N of 256 or more).
                      Case(m: 59, n: 263, k: 37, ta: ta, tb: tb), Case(batch: 2, m: 58, n: 257, k: 300, ta: ta, tb: tb)]
        }
        cases += [Case(m: 6, n: 16, k: 8), Case(m: 14, n: 32, k: 16), Case(m: 98, n: 20, k: 5), Case(m: 2, n: 300, k: 270),
                  Case(m: 100, n: 70, k: 520, tb: true), Case(batch: 4, m: 25, n: 9, k: 7, shared: true)]
        return cases
    }()

    static let graph: Graph = {
        let entries = cases.map { c in
            var e = EntryBuilder(name: c.description, weights: [])
            // Built from the fixed table above; a shape error here is a bug in the table.
            let y = try! c.build(&e)
            e.result("y", y)
            return e.entry
        }
        return Graph(name: "gemm_cases", entries: entries)
    }()

    /// Every matmul on `policy`'s kernel (the generated one by default), whatever its size.
    static func options(_ target: CodegenTarget, _ policy: GemmPolicy = .generated) -> CodegenOptions {
        var options = target.options()
        (options.gemm, options.gemmThreshold) = (policy, 0)
        return options
    }

    @Test(.executes(.avx2)) func generatedMatchesInterpreterAVX2() throws { try check(.avx2) }
    @Test(.executes(.avx512)) func generatedMatchesInterpreterAVX512() throws { try check(.avx512) }

    func check(_ target: CodegenTarget, _ policy: GemmPolicy = .generated) throws {
        let program = try CompiledProgram.compile(Self.graph, options: Self.options(target, policy))
        let store = try WeightStore(graph: Self.graph)
        let compiled = CompiledEngine(program: program, weights: store)
        let reference = Interpreter(graph: Self.graph, weights: store)
        for (c, entry) in zip(Self.cases, Self.graph.entries) {
            for seed: UInt64 in [1, 2] {
                let inputs = randomInputs(entry, seed: seed)
                // Each element within min(2·K, 16)·ε·Σ|a·b| of BLAS's: 2·K·ε is f32's bound for two
                // K-term orders, 16 ε a tight cap (worst measured over these cases 2.0 ε, AVX2 on
                // Zen 3); a wrong tile misses by O(Σ|a·b|), far outside. Not relative error: near a
                // sum that cancels it measures the interpreter's BLAS order, which follows the
                // host's CPU (59×263×37 Aᵀ: 1.4e-5 on Zen 3, under 1e-5 on Zen 4).
                let got = try compiled.run(entry.name, inputs: inputs)["y"]!.doubles
                let want = try reference.run(entry.name, inputs: inputs)["y"]!.doubles
                let magnitudes = try reference.run(entry.name, inputs: inputs.mapValues(absolute))["y"]!.doubles
                let bound = Double(min(2 * c.k, 16)) * Double(Float.ulpOfOne)
                let worst = zip(zip(got, want), magnitudes).map { abs($0.0 - $0.1) / max($1, 1e-30) }.max() ?? 0
                #expect(worst <= bound, "\(entry.name) seed \(seed) at \(target): error \(worst) of Σ|a·b| > \(bound)")
            }
        }
    }

    func absolute(_ t: Tensor) -> Tensor { Tensor(t.type, storage: .f32(t.floats.map { abs($0) })) }

    /// The kernel is explicit vector code at the target's width, with vector multiply-adds, and
    /// calls no BLAS; the same matmul under `.blas` calls `cblas_sgemm`.
    @Test(arguments: CodegenTarget.pinned) func irHasVectorFMAsAndNoBLAS(_ target: CodegenTarget) throws {
        var e = EntryBuilder(name: "f", weights: [])
        let y = try Case(batch: 8, m: 21, n: 40, k: 64, tb: true, shared: true).build(&e)
        e.result("y", y)
        let graph = Graph(name: "gemm", entries: [e.entry])
        var options = target.options()
        options.gemm = .generated
        let ir = try target.compiler(options).llvmIR(graph, entry: "f").after
        let lanes = target.floatLanes
        #expect(ir.contains("@llvm.fmuladd.v\(lanes)f32(\(target.floatVector)"), "\(target): \(ir)")
        #expect(ir.contains("@llvm.masked.store.v\(lanes)f32"), "N = 40 leaves a partial panel at \(target)")
        #expect(!ir.contains("cblas_sgemm") && !ir.contains("eptc_gemm_batch"))
        options.gemm = .blas
        #expect(try target.compiler(options).llvmIR(graph, entry: "f").before.contains("@cblas_sgemm("))
    }

    /// The kernel's shape in IR: a row of tiles is emitted twice, the full tiles (rows i + r, one
    /// address register) and a last tile of M mod mr rows; each holds the full panel and, where N
    /// leaves at most a vector of columns in the last panel, a one-vector copy for it; a Bᵀ
    /// panel is packed through in-register transposes (the first level's shuffle mask).
    @Test(arguments: CodegenTarget.pinned) func tilesAndPanelsTheShapeNeeds(_ target: CodegenTarget) throws {
        let lanes = target.floatLanes, mr = lanes == 16 ? 14 : 6
        func fmaSites(_ c: Case) throws -> Int {
            var e = EntryBuilder(name: "f", weights: [])
            e.result("y", try c.build(&e))
            var options = target.options()
            options.gemm = .generated
            let ir = try target.compiler(options).llvmIR(Graph(name: "gemm", entries: [e.entry]), entry: "f").before
            return ir.components(separatedBy: "call \(target.floatVector) @llvm.fmuladd.v\(lanes)f32(").count - 1
        }
        // 2·lanes + 8 columns: one full panel and a last one of 8 ≤ lanes columns (K 256 keeps
        // every case above the GEMM threshold at both widths).
        let n = 2 * lanes + 8
        #expect(try fmaSites(Case(m: 2 * mr, n: n, k: 256)) == mr * 2 + mr * 1, "no row tail: one copy")
        #expect(try fmaSites(Case(m: 2 * mr + 1, n: n, k: 256)) == (mr * 2 + mr * 1) + (1 * 2 + 1 * 1),
                "full tiles and a one-row tail")
        #expect(try fmaSites(Case(m: 2 * mr + 3, n: 2 * lanes, k: 256)) == mr * 2 + 3 * 2, "no column tail: no narrow copy")

        var e = EntryBuilder(name: "f", weights: [])
        e.result("y", try Case(m: 4 * mr, n: 2 * lanes, k: 256, tb: true).build(&e))
        var options = target.options()
        options.gemm = .generated
        let ir = try target.compiler(options).llvmIR(Graph(name: "gemm", entries: [e.entry]), entry: "f").before
        let half = lanes / 2
        let firstLevel = ((0..<half).map { "i32 \($0)" } + (lanes..<(lanes + half)).map { "i32 \($0)" }).joined(separator: ", ")
        #expect(ir.contains(firstLevel), "\(target): the Bᵀ pack transposes in registers")
    }

    /// Which operands are packed once per call: B when A has 4 row tiles or more (the LM head's
    /// 8 rows pack per iteration), A too when N is 256 or more; the IR then asks the runtime
    /// for the workspace, and a few-row product does not.
    @Test func packOnceFollowsTheShape() throws {
        let ff = GemmTiling(vectorBits: 512, m: 1344, n: 2048, k: 512, products: 1, packedProducts: 1)
        #expect(ff.packOnce && ff.packA && ff.kc == 256)
        let head = GemmTiling(vectorBits: 512, m: 8, n: 32128, k: 512, products: 1, packedProducts: 1)
        #expect(!head.packOnce && !head.packA)
        let context = GemmTiling(vectorBits: 256, m: 168, n: 64, k: 168, products: 64, packedProducts: 64)
        #expect(context.packOnce && !context.packA)
        let huge = GemmTiling(vectorBits: 512, m: 4096, n: 32768, k: 1024, products: 1, packedProducts: 1)
        #expect(!huge.packOnce, "128 MiB of packed B is over the workspace cap")
        for (m, packs) in [(64, true), (8, false)] {
            var e = EntryBuilder(name: "f", weights: [])
            let y = try Case(m: m, n: 300, k: 40, tb: true).build(&e)
            e.result("y", y)
            var options = CodegenTarget.avx512.options()
            options.gemm = .generated
            let ir = try CodegenTarget.avx512.compiler(options).llvmIR(Graph(name: "g", entries: [e.entry]), entry: "f").before
            #expect(ir.contains("@eptc_gemm_workspace(") == packs, "m \(m)")
        }
    }

    /// f64 products stay on BLAS under every policy.
    @Test func f64StaysOnBLAS() throws {
        var e = EntryBuilder(name: "f", weights: [])
        let y = try e.add(.matmul(transposeA: false, transposeB: false),
                          [e.parameter("a", TensorType(.f64, [40, 40])), e.parameter("b", TensorType(.f64, [40, 40]))])
        e.result("y", y)
        var options = CodegenTarget.avx2.options()
        options.gemm = .generated
        let ir = try CodegenTarget.avx2.compiler(options).llvmIR(Graph(name: "g", entries: [e.entry]), entry: "f").before
        #expect(ir.contains("@cblas_dgemm("))
    }
}

/// `GemmPolicy.measured`: decisions measured once, stored in the host cache folder under the
/// machine's key, read back; and the profile names what ran. (Which side wins is the machine's
/// business, so no test asserts it.)
@Suite struct GemmChoiceTests {
    /// The rule on measured times: BLAS unless another kernel is `gain` faster; the gain by kind
    /// of product (a shared weight, or a batch of separate products).
    @Test func anotherKernelMustWinByTheRequiredGain() {
        #expect(!GemmProbe.decide([1.0, 1.05], gain: 1.1).generated)
        #expect(GemmProbe.decide([1.0, 1.2], gain: 1.1).generated)
        #expect(!GemmProbe.decide([1.0, 1.0], gain: 1.1).generated)
        #expect(GemmProbe.decide([1.0, 0.9], gain: 0.8).generated)
        #expect(!GemmProbe.decide([1.0, 0.7], gain: 0.8).generated)
        let d = GemmProbe.decide([1.0, 1.3, 0.8], gain: 1.1)
        #expect(d.dnnl && !d.generated)
        #expect(!GemmProbe.decide([1.2, 1.25, 1.2], gain: 1.1).generated && !GemmProbe.decide([1.2, 1.25, 1.2], gain: 1.1).dnnl)

        let linear = MatmulShape(a: [8, 228, 512], b: [2048, 512], transposeA: false, transposeB: true)
        let scores = MatmulShape(a: [64, 228, 64], b: [64, 228, 64], transposeA: false, transposeB: true)
        #expect(GemmChooser.requiredGain(for: linear) == GemmChooser.sharedWeightGain)
        #expect(GemmChooser.requiredGain(for: scores) == GemmChooser.separateProductsGain)
        #expect(GemmChooser.requiredGain(for: MatmulShape(a: [168, 512], b: [512, 512], transposeA: false, transposeB: false))
                == GemmChooser.sharedWeightGain, "a single product")
        #expect(GemmChooser.separateProductsGain < 1 && GemmChooser.sharedWeightGain > 1)
    }

    /// Close calls — another kernel within `closeCallBand` of the rule's line — get more rounds;
    /// clear wins, clear losses and unusable times do not.
    @Test func closeCallsAreTimedLonger() {
        let line = 1.25, band = GemmProbe.closeCallBand
        #expect(GemmProbe.isCloseCall([1.0, line], gain: line))
        #expect(GemmProbe.isCloseCall([1.0, 1.1], gain: line))
        #expect(GemmProbe.isCloseCall([1.0, line * band * 0.99], gain: line))
        #expect(!GemmProbe.isCloseCall([1.0, line * band * 1.01], gain: line))
        #expect(!GemmProbe.isCloseCall([1.0, line / band * 0.99], gain: line))
        #expect(GemmProbe.isCloseCall([1.0, 0.8], gain: 0.8) && !GemmProbe.isCloseCall([1.0, 1.0], gain: 0.8))
        #expect(!GemmProbe.isCloseCall([2.0, 1.0], gain: line) && !GemmProbe.isCloseCall([0.5, 1.0], gain: line))
        #expect(GemmProbe.isCloseCall([2.0, 1.0, 0.85], gain: line), "oneDNN near the line is a close call too")
        #expect(!GemmProbe.isCloseCall([.infinity, 1.0], gain: line) && !GemmProbe.isCloseCall([1.0, .infinity], gain: line))
        #expect(!GemmProbe.isCloseCall([1.0], gain: line))
        #expect(GemmProbe.closeCallRounds > GemmProbe.rounds)
    }

    /// How long a compile may measure comes from its options (`eptc run` allows more than
    /// `eptc compile`): with no time at all the shape is left on BLAS and says why.
    @Test func theOptionsBoundTheMeasuringTime() throws {
        let shape = MatmulShape(a: [37, 41], b: [41, 43], transposeA: false, transposeB: false)
        #expect(CodegenOptions().gemmMeasuringBudget == GemmChooser.budget && GemmChooser.runBudget > GemmChooser.budget)
        for (budget, measured) in [(0.0, false), (30.0, true)] {
            let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "eptc-gemm-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            var options = CodegenOptions()
            options.gemmMeasuringBudget = budget
            GemmChooser.resolve([shape], options: options, cacheDirectory: folder)
            let decision = try #require(GemmChooser.known(shape, vectorBits: options.vectorWidth, cacheDirectory: folder))
            #expect((decision.blasSeconds != nil) == measured, "budget \(budget): \(decision)")
            #expect(measured || decision.reason?.contains("budget was spent") == true, "\(decision)")
        }
    }

    @Test func measuredDecisionsAreCachedPerMachine() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "eptc-gemm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let shape = MatmulShape(a: [37, 41], b: [41, 43], transposeA: false, transposeB: false)
        let options = CodegenOptions()
        GemmChooser.resolve([shape], options: options, cacheDirectory: folder, budget: 30)
        let decision = try #require(GemmChooser.known(shape, vectorBits: options.vectorWidth, cacheDirectory: folder))
        let (g, b) = (try #require(decision.generatedSeconds), try #require(decision.blasSeconds))
        #expect(g > 0 && b > 0 && decision.generated == (g * GemmChooser.requiredGain(for: shape) < b))
        #expect(decision.description.hasSuffix("(measured)"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1 && files[0].hasPrefix("gemm-choice-"), "\(files)")
        let text = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(text.contains(HostCPU.current.identity.replacingOccurrences(of: "/", with: "\\/")), "\(text)")
        #expect(text.contains(GemmChooser.shapeKey(shape, vectorBits: options.vectorWidth)))
    }

    /// Two processes that measure the same shape at once run the same kernel: the decision stored
    /// first is the machine's, and a process that measured it too takes that one, not its own.
    @Test func aDecisionStoredMeanwhileByAnotherProcessWins() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "eptc-gemm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let shape = MatmulShape(a: [37, 41], b: [41, 47], transposeA: false, transposeB: false)
        let options = CodegenOptions()
        let key = GemmChooser.shapeKey(shape, vectorBits: options.vectorWidth)
        #expect(GemmChooser.known(shape, vectorBits: options.vectorWidth, cacheDirectory: folder) == nil)  // file read now
        // Another process stores its measurement after this one read the (empty) cache.
        let theirs = GemmDecision(generated: true, generatedSeconds: 1, blasSeconds: 7)
        let other = ["key": GemmChooser.machineKey(""), "shapes": [key: try JSONSerialization.jsonObject(
            with: JSONEncoder().encode(theirs))]] as [String: Any]
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("gemm-choice-\(fnv1a(GemmChooser.machineKey("").utf8)).json")
        try JSONSerialization.data(withJSONObject: other).write(to: file)
        GemmChooser.resolve([shape], options: options, cacheDirectory: folder, budget: 30)
        #expect(GemmChooser.known(shape, vectorBits: options.vectorWidth, cacheDirectory: folder) == theirs)
        let stored = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        let shapes = try #require(stored?["shapes"] as? [String: [String: Any]])
        #expect(shapes[key]?["blasSeconds"] as? Double == 7, "the first decision stays in the file")
    }

    /// A run's pinned decisions win over the policy and the machine's cache, and key the compile cache.
    @Test func pinnedDecisionsWin() throws {
        let shape = MatmulShape(a: [64, 64], b: [64, 64], transposeA: false, transposeB: false)
        var options = CodegenOptions()
        options.gemm = .blas
        #expect(!options.gemmDecision(shape, .f32).generated)
        let pinned = GemmDecision(generated: true, generatedSeconds: 1, blasSeconds: 2)
        var e = EntryBuilder(name: "f", weights: [])
        let (a, b) = (e.parameter("a", .f32([64, 64])), e.parameter("b", .f32([64, 64])))
        let y = try e.add(.matmul(transposeA: false, transposeB: false), [a, b])
        e.result("y", y)
        let graph = Graph(name: "g", entries: [e.entry])
        #expect(GemmChooser.decisionKey(graph, options: options) == "")
        options.pinnedGemm = [GemmChooser.shapeKey(shape, vectorBits: options.vectorWidth): pinned]
        #expect(options.gemmDecision(shape, .f32) == pinned)
        #expect(options.gemmDecision(shape, .f64).reason == "f64 runs on BLAS")
        #expect(GemmChooser.decisionKey(graph, options: options) == "|gemm-decisions-g")
    }

    /// Shapes are timed on a cheaper stand-in with the same K, N, transposes and leading
    /// dimensions: whole sequences of a folded batch up to 512 rows; of a batch of separate
    /// products, enough for 2^27 multiply-adds (at least 8).
    @Test func probeTimesAProxyWithTheSameBlocking() {
        func shape(_ a: [Int], _ b: [Int], ta: Bool = false, tb: Bool = false) -> MatmulShape {
            MatmulShape(a: a, b: b, transposeA: ta, transposeB: tb)
        }
        let t5 = GemmProbe.proxy(shape([8, 168, 512], [2048, 512], tb: true))
        #expect(t5.batches == 4 && t5.m == 168 && t5.n == 2048 && t5.k == 512 && t5.lda == 512 && t5.foldsBatchIntoRows)
        let minilm = GemmProbe.proxy(shape([32, 64, 1536], [384, 1536], tb: true))
        #expect(minilm.batches == 8 && minilm.m == 64 && minilm.ldb == 1536)
        let scores = GemmProbe.proxy(shape([64, 168, 64], [64, 168, 64], tb: true))
        #expect(scores.batches == 64 && scores.m == 168 && !scores.bShared)
        let t5Scores = GemmProbe.proxy(shape([64, 228, 64], [64, 228, 64], tb: true))
        #expect(t5Scores.batches == (1 << 27) / (228 * 228 * 64) && t5Scores.batches == 40)
        let minilmScores = GemmProbe.proxy(shape([384, 104, 32], [384, 104, 32], tb: true))
        #expect(minilmScores.batches == 384)
        let big = GemmProbe.proxy(shape([64, 512, 512], [64, 512, 512]))
        #expect(big.batches == 8, "at least GemmTiling.iterations products")
        let rows = GemmProbe.proxy(shape([2048, 384], [384, 384]))
        #expect(rows.batches == 1 && rows.m == 512 && rows.lda == 384)
        let weightGradient = shape([1344, 2048], [1344, 512], ta: true)
        #expect(GemmProbe.proxy(weightGradient) == weightGradient, "A transposed keeps M, its lda")
        let small = shape([3, 100, 64], [64, 64])
        #expect(GemmProbe.proxy(small) == small)
    }

    @Test func profileSaysWhichGemmRan() throws {
        var e = EntryBuilder(name: "f", weights: [])
        let y = try GemmKernelTests.Case(m: 64, n: 48, k: 40).build(&e)
        e.result("y", y)
        let graph = Graph(name: "gemm", entries: [e.entry])
        for (policy, kernelClass, label) in [(GemmPolicy.generated, KernelClass.generatedMatmul, "gen (--gemm generated)"),
                                             (.blas, .blasMatmul, "blas (--gemm blas)")] {
            var options = CodegenOptions()
            (options.gemm, options.profile) = (policy, true)
            let engine = CompiledEngine(program: try CompiledProgram.compile(graph, options: options),
                                        weights: try WeightStore(graph: graph))
            _ = try engine.run("f", inputs: randomInputs(graph.entries[0], seed: 3))
            let row = try #require(engine.profile("f")?.rows.first { $0.op == "matmul" })
            #expect(row.kernelClass == kernelClass)
            #expect(row.gemm == label)
        }
    }
}
