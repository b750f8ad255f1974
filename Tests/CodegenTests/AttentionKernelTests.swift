import CodegenTestSupport
import IR
import Passes
import Runtime
import Syntax
import Testing
@testable import Codegen

/// The backbone's attention kernel (Codegen/AttentionKernels.swift), forward and backward,
/// compiled at both vector widths and compared with the Float64 interpreter running the same
/// regions body by body: T5's position bias plus padding mask, BERT's scaled scores plus additive
/// mask, no bias; dropout on and off; odd sizes (rows and keys not a multiple of the vector
/// width or of the row tile, one head, widths 3, 17, 33 and 64).
///
/// Tolerance: 1e-4 scaled relative (`scaledRelativeError`), as EPTKernelTests: the kernel sums
/// its dot products in another order than the interpreter.
@Suite struct AttentionKernelTests {
    enum Bias: String, Sendable { case none, bert, t5 }

    struct Case: Sendable, CustomTestStringConvertible {
        var n: Int, h: Int, q: Int, k: Int, d: Int, e: Int
        var bias: Bias
        var rate: Double
        var testDescription: String { "N\(n) H\(h) Q\(q) K\(k) d\(d) e\(e) \(bias.rawValue) p\(rate)" }
    }

    static let cases = [
        Case(n: 2, h: 1, q: 5, k: 7, d: 3, e: 5, bias: .none, rate: 0),
        Case(n: 2, h: 3, q: 17, k: 19, d: 64, e: 64, bias: .t5, rate: 0.2),
        Case(n: 3, h: 2, q: 13, k: 40, d: 33, e: 17, bias: .bert, rate: 0.1),
        Case(n: 1, h: 2, q: 1, k: 1, d: 8, e: 8, bias: .t5, rate: 0),
        Case(n: 2, h: 2, q: 24, k: 37, d: 16, e: 16, bias: .bert, rate: 0),
    ]

    /// q, k, v trainable (so the backward computes all three), the bias frozen, a squared error.
    static func source(_ c: Case) -> String {
        let (n, h, q, k, d, e) = (c.n, c.h, c.q, c.k, c.d, c.e)
        var scores = "matmul(wq, wk, transpose_b=true)"
        switch c.bias {
        case .none: break
        case .bert:
            scores = """
                \(scores) / 8.0 + reshape((1.0 - cast(mask, dtype=f32)) * -3.4028234663852886e38, shape=[\(n), 1, 1, \(k)])
                """
        case .t5:
            scores = """
                \(scores) + (pos + reshape((1.0 - cast(mask, dtype=f32)) * -3.4028234663852886e38, shape=[\(n), 1, 1, \(k)]))
                """
        }
        let probs = c.rate > 0 ? "dropout(softmax(s, axis=-1), seed + 3, rate=\(c.rate))" : "softmax(s, axis=-1)"
        return """
            weight wq: f32[\(n), \(h), \(q), \(d)] trainable init uniform(low=-1.0, high=1.0)
            weight wk: f32[\(n), \(h), \(k), \(d)] trainable init uniform(low=-1.0, high=1.0)
            weight wv: f32[\(n), \(h), \(k), \(e)] trainable init uniform(low=-1.0, high=1.0)
            weight pos: f32[1, \(h), \(q), \(k)] frozen init uniform(low=-2.0, high=2.0)
            entry loss(mask: i32[\(n), \(k)], seed: i32[], x: f32[\(n), \(h), \(q), \(e)]) -> (loss: f32[]) {
              let s = \(scores)
              let o = matmul(\(probs), wv)
              return sum(square(o - x), axes=[0, 1, 2, 3])
            }
            """
    }

    static func graph(_ c: Case, fuse: Bool = true) throws -> Graph {
        try RegionGraphs.elaborate(source(c), passes: (fuse ? [AttentionFusionPass()] : []) + [AutodiffPass()])
    }

    /// Every entry has the attention as one named kernel, and loss_grad its backward too.
    @Test(arguments: cases)
    func theRegionsGetTheirKernels(_ c: Case) throws {
        let graph = try Self.graph(c)
        for entry in graph.entries {
            let kernels = RegionGraphs.namedKernels(entry)
            let forward = kernels.filter { if case .attention = $0 { true } else { false } }
            #expect(forward.count == 1, "\(entry.name): \(kernels)")
            if entry.name == "loss_grad" {
                #expect(kernels.contains { if case .gradient(.attention, _, _) = $0 { true } else { false } }, "\(kernels)")
            }
        }
    }

    @Test(.executes(.avx2), arguments: cases)
    func kernelsMatchTheInterpreterAVX2(_ c: Case) throws { try check(.avx2, c) }

    @Test(.executes(.avx512), arguments: cases)
    func kernelsMatchTheInterpreterAVX512(_ c: Case) throws { try check(.avx512, c) }

    /// The gradient entry's backward kernel reads the probabilities its forward kernel kept
    /// (Passes StoredProbabilities.swift): the memory plan pairs them and keeps the forward's
    /// scratch (N·H·Q·K floats) alive until the backward; the forward-only entry keeps nothing.
    @Test(arguments: cases)
    func theBackwardReadsTheKeptProbabilities(_ c: Case) throws {
        let graph = try Self.graph(c)
        for entry in graph.entries {
            let plan = MemoryPlanner().plan(entry, in: graph)
            guard entry.name == "loss_grad" else {
                #expect(plan.storedProbabilities.isEmpty, "\(entry.name)")
                continue
            }
            let (backward, forward) = try #require(plan.storedProbabilities.first)
            #expect(plan.storedProbabilities.count == 1 && forward < backward)
            let kernels = [forward, backward].map { v -> NamedKernel? in
                guard case .fused(let r) = entry.nodes[v].op, case .named(let k) = r.kernel else { return nil }
                return k
            }
            guard case .attention(let p) = kernels[0], case .gradient(.attention(let q), _, _) = kernels[1] else {
                Issue.record("not an attention pair: \(kernels)")
                continue
            }
            #expect(p == q && StoredProbabilities.bytes(p) == 4 * c.n * c.h * c.q * c.k)
            #expect(plan.scratch[forward] != nil)
            #expect(!MemoryPlanner(keepsAttentionProbabilities: false).plan(entry, in: graph).scratch.keys.contains(forward))
        }
    }

    /// Reading the kept probabilities gives the bits recomputing them gives: both directions
    /// compute them with the same code. Every other value the backward writes is unchanged, so the
    /// gradients agree exactly; a kept buffer overwritten before the backward ran would not.
    @Test(.executes(.avx2), arguments: cases)
    func keptProbabilitiesAreTheRecomputedBitsAVX2(_ c: Case) throws { try checkKept(.avx2, c) }

    @Test(.executes(.avx512), arguments: cases)
    func keptProbabilitiesAreTheRecomputedBitsAVX512(_ c: Case) throws { try checkKept(.avx512, c) }

    func checkKept(_ target: CodegenTarget, _ c: Case) throws {
        let graph = try Self.graph(c)
        var recomputing = target.options()
        recomputing.keepsAttentionProbabilities = false
        let store = try WeightStore(graph: graph, seed: 5)
        let keeping = CompiledEngine(program: try CompiledProgram.compile(graph, options: target.options()), weights: store)
        let plain = CompiledEngine(program: try CompiledProgram.compile(graph, options: recomputing), weights: store)
        var inputs = randomInputs(try #require(graph.entry(named: "loss")), seed: 11, intBound: 2)
        inputs["seed"] = .scalar(Int32(104_729))
        inputs["mask"] = Tensor(shape: [c.n, c.k], ints: (0..<(c.n * c.k)).map { $0 % c.k == 0 || $0 % 4 != 1 ? Int32(1) : 0 })
        let got = try keeping.run("loss_grad", inputs: inputs), want = try plain.run("loss_grad", inputs: inputs)
        for (name, w) in want {
            let g = try #require(got[name])
            let identical = g.floats == w.floats
            #expect(identical, "\(name) at \(target): max difference \(maxDifference(g, w))")
        }
    }

    private func maxDifference(_ a: Tensor, _ b: Tensor) -> Double {
        zip(a.floats, b.floats).map { Double(abs($0 - $1)) }.max() ?? 0
    }

    func check(_ target: CodegenTarget, _ c: Case, fuse: Bool = true) throws {
        let graph = try Self.graph(c, fuse: fuse)
        let program = try CompiledProgram.compile(graph, options: target.options())
        let store = try WeightStore(graph: graph, seed: 5)
        let compiled = CompiledEngine(program: program, weights: store)
        let reference = Interpreter(graph: graph, weights: store, precision: .float64)
        for seed in 0..<2 as Range<UInt64> {
            var inputs = randomInputs(try #require(graph.entry(named: "loss")), seed: seed + 3, intBound: 2)
            inputs["seed"] = .scalar(Int32(seed) * 7919)
            // Row 0 of the mask kept, so no example is masked everywhere.
            inputs["mask"] = Tensor(shape: [c.n, c.k], ints: (0..<(c.n * c.k)).map { $0 % c.k == 0 || ($0 * 7) % 3 != 0 ? Int32(1) : 0 })
            for entry in ["loss", "loss_grad"] {
                let got = try compiled.run(entry, inputs: inputs), want = try reference.run(entry, inputs: inputs)
                for (name, w) in want {
                    let g = try #require(got[name])
                    let error = scaledRelativeError(g, w.converted(to: g.type.dtype))
                    #expect(error <= 1e-4, "\(entry).\(name) seed \(seed) at \(target): \(error)")
                }
            }
        }
    }
}
