import CodegenTestSupport
import IR
import Passes
import Runtime
import Syntax
import Testing
@testable import Codegen

/// The named EPT kernels (Codegen/LowRankEmbeddingKernels.swift, GatedProjectionKernels.swift,
/// PromptAttentionKernels.swift), forward and backward, compiled and compared with the
/// interpreter running the same regions body by body. Shapes are chosen so the kernels' paths are
/// taken: rows long enough for the 8-way unrolled sums (D ≥ 16), a slice that starts past row 0,
/// a scale, dropout, and one size large enough for the rows to run in parallel.
///
/// Tolerance: 1e-4 scaled relative (`scaledRelativeError`) against the Float64 interpreter, as the
/// other whole-entry tests: the kernels sum dot products and batch sums in another order than BLAS
/// and the interpreter do, and exp is inline.
@Suite struct EPTKernelTests {
    struct Sizes: Sendable, CustomTestStringConvertible {
        var batch: Int, prompt: Int, length: Int, width: Int, keys: Int, spaces: Int, spaceWidth: Int
        /// R of K = c·A·B: low enough (2·R·(M + D) ≤ M·D) and the attention works through A and B
        /// (`FactoredPromptAttentionPlan`), else over K.
        var rank = 2
        var factored: Bool { 2 * rank * (keys + width) <= keys * width }
        var testDescription: String { "N=\(batch) S=\(prompt) L=\(length) D=\(width) M=\(keys) R=\(rank)" }
    }

    static let sizes = [
        Sizes(batch: 3, prompt: 5, length: 7, width: 40, keys: 20, spaces: 3, spaceWidth: 3),
        Sizes(batch: 8, prompt: 8, length: 24, width: 160, keys: 48, spaces: 4, spaceWidth: 4),
        // Primes: a masked vector inside D at both widths, clamped prompt and key blocks, spaces
        // of 5 lanes; K's rank too high to work through its factors.
        Sizes(batch: 2, prompt: 7, length: 5, width: 37, keys: 13, spaces: 2, spaceWidth: 5, rank: 11),
        // Through the factors, R = 7 under one vector (rows of A masked), clamped blocks of A's
        // rows (45) and of B's (7), D over two row-tile chunks with a masked tail.
        Sizes(batch: 2, prompt: 9, length: 6, width: 150, keys: 45, spaces: 2, spaceWidth: 3, rank: 7),
    ]

    /// A loss over all three patterns as lib/ept.graph writes them, over random inputs `x`.
    static func source(_ z: Sizes) -> String {
        let (n, s, l, d, m) = (z.batch, z.prompt, z.length, z.width, z.keys)
        var spaces = ""
        for i in 0..<z.spaces {
            spaces += """
              weight d\(i): f32[\(d), \(z.spaceWidth)] trainable init uniform(low=-0.3, high=0.3)
              weight u\(i): f32[\(z.spaceWidth), \(d)] trainable init uniform(low=-0.3, high=0.3)

            """
        }
        let terms = (0..<z.spaces).map { i in
            "slice(gate, axis=1, start=\(i), end=\(i + 1)) * (p + matmul(matmul(p, d\(i)), u\(i)))"
        }
        var sum = "let t0 = \(terms[0])\n"
        for i in 1..<z.spaces { sum += "  let t\(i) = t\(i - 1) + \(terms[i])\n" }
        return """
            weight table: f32[30, \(d)] frozen init uniform(low=-1.0, high=1.0)
            weight p: f32[\(s), \(d)] trainable init uniform(low=-0.5, high=0.5)
            weight a: f32[\(m), \(z.rank)] trainable init uniform(low=-0.7, high=0.7)
            weight b: f32[\(z.rank), \(d)] trainable init uniform(low=-0.7, high=0.7)
            weight wg: f32[\(d), \(z.spaces)] trainable init uniform(low=-0.3, high=0.3)
            weight lambda: f32[\(d)] trainable init uniform(low=-1.0, high=1.0)
            \(spaces)
            entry loss(ids: i32[\(n), \(l)], seed: i32[], x: f32[\(n), \(s + l), \(d)]) -> (loss: f32[]) {
              let k = matmul(a, b) * 0.7
              let gate = softmax(matmul(p, wg), axis=-1)
              \(sum)
              let f = matmul(softmax(matmul(p, k, transpose_b=true) * 0.125, axis=-1), k) * lambda
              let prompt = t\(z.spaces - 1) + f
              let rows = broadcast(reshape(prompt, shape=[1, \(s), \(d)]), shape=[\(n), \(s), \(d)])
              let emb = gather(table, ids) + slice(k, axis=0, start=3, end=\(3 + l))
              let y = dropout(concat(rows, emb, axis=1), seed + 5, rate=0.2)
              return sum(square(y - x), axes=[0, 1, 2])
            }
            """
    }

    static func graph(_ z: Sizes) throws -> Graph {
        try RegionGraphs.elaborate(source(z), passes: eptFusionPipeline() + [AutodiffPass()])
    }

    @Test(arguments: sizes)
    func everyRegionHasItsKernel(_ z: Sizes) throws {
        let graph = try Self.graph(z)
        for entry in graph.entries {
            let kernels = RegionGraphs.namedKernels(entry)
            let forward = kernels.filter { if case .gradient = $0 { false } else { true } }
            #expect(forward.count == 3, "\(entry.name): \(kernels)")
            if entry.name == "loss_grad" { #expect(kernels.count == 6, "\(kernels)") }
            let factored = kernels.contains { if case .factoredPromptAttention = $0 { true } else { false } }
            #expect(factored == z.factored, "\(entry.name): \(kernels)")
        }
    }

    @Test(.executes(.avx2), arguments: sizes)
    func kernelsMatchTheInterpreterAVX2(_ z: Sizes) throws { try check(.avx2, z) }

    @Test(.executes(.avx512), arguments: sizes)
    func kernelsMatchTheInterpreterAVX512(_ z: Sizes) throws { try check(.avx512, z) }

    /// The tiled kernels' blocks as parallel iterations on the pool (at these sizes they would
    /// run on the calling thread: `CodegenOptions.eptSerialWork`, `parallelThreshold`).
    @Test(.executes(.avx2), arguments: sizes)
    func parallelBlocksMatchTheInterpreterAVX2(_ z: Sizes) throws { try check(.avx2, z, serialWork: 0) }

    @Test(.executes(.avx512), arguments: sizes)
    func parallelBlocksMatchTheInterpreterAVX512(_ z: Sizes) throws { try check(.avx512, z, serialWork: 0) }

    func check(_ target: CodegenTarget, _ z: Sizes, serialWork: Int? = nil) throws {
        var options = target.options()
        if let serialWork { (options.eptSerialWork, options.parallelThreshold) = (serialWork, 1) }
        let graph = try Self.graph(z)
        let program = try CompiledProgram.compile(graph, options: options)
        let store = try WeightStore(graph: graph, seed: 5)
        let compiled = CompiledEngine(program: program, weights: store)
        // The oracle in Float64: the gate's softmax VJP subtracts nearly equal sums, and an f32
        // oracle's own rounding there is as large as the kernels' (observed 1.5e-4 between them).
        let reference = Interpreter(graph: graph, weights: store, precision: .float64)
        for seed in 0..<2 as Range<UInt64> {
            var inputs = randomInputs(try #require(graph.entry(named: "loss")), seed: seed + 3, intBound: 30)
            inputs["seed"] = .scalar(Int32(seed) * 7919)
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

    /// An id outside the table is the same error as gather's, not a wild read.
    @Test func badIdsAreRejected() throws {
        let z = Self.sizes[0]
        let graph = try Self.graph(z)
        let engine = CompiledEngine(program: try CompiledProgram.compile(graph), weights: try WeightStore(graph: graph, seed: 5))
        var inputs = randomInputs(try #require(graph.entry(named: "loss")), seed: 1, intBound: 30)
        inputs["ids"] = Tensor(shape: [z.batch, z.length], ints: (0..<(z.batch * z.length)).map { $0 == 4 ? 30 : 0 })
        #expect(throws: (any Error).self) { try engine.run("loss", inputs: inputs) }
    }
}
