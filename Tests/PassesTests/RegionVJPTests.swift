import IR
import Passes
import Runtime
import Syntax
import Testing

/// Autodiff of a named EPT region as a whole (`RegionVJP`): the gradient entry of a graph whose
/// pattern was fused before autodiff computes what the gradient entry of the plain graph does
/// (Float64 interpreter, relative 1e-12: the same VJP rules, the adjoint sums across the region
/// boundary in another order), its backward is one `<pattern>_grad` region with its own kernel
/// plan, and each gradient is read back from the packed result as a view.
@Suite struct RegionVJPTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var pass: String
        var pattern: String
        var source: String
        var testDescription: String { pattern }
    }

    static let cases: [Case] = [
        Case(pass: "fuse-lowrank-embedding", pattern: "lowrank_embedding_add", source: """
            weight table: f32[10, 4] frozen init uniform(low=-1.0, high=1.0)
            weight k: f32[5, 4] trainable init uniform(low=-1.0, high=1.0)
            weight p: f32[2, 4] trainable init uniform(low=-1.0, high=1.0)
            entry loss(ids: i32[3, 3], seed: i32[], x: f32[3, 5, 4]) -> (loss: f32[]) {
              let update = slice(k, axis=0, start=1, end=4)
              let rows = broadcast(reshape(p, shape=[1, 2, 4]), shape=[3, 2, 4])
              let y = dropout(concat(rows, gather(table, ids) + update * 0.5, axis=1), seed, rate=0.25)
              return sum(square(y * x), axes=[0, 1, 2]) + sum(k, axes=[0, 1])
            }
            """),
        Case(pass: "fuse-gated-projection", pattern: "gated_projection", source: """
            weight p: f32[3, 6] trainable init uniform(low=-1.0, high=1.0)
            weight wg: f32[6, 2] trainable init uniform(low=-1.0, high=1.0)
            weight d0: f32[6, 2] trainable init uniform(low=-1.0, high=1.0)
            weight u0: f32[2, 6] trainable init uniform(low=-1.0, high=1.0)
            weight d1: f32[6, 2] trainable init uniform(low=-1.0, high=1.0)
            weight u1: f32[2, 6] trainable init uniform(low=-1.0, high=1.0)
            entry loss(x: f32[3, 6]) -> (loss: f32[]) {
              let gate = softmax(matmul(p, wg), axis=-1)
              let t0 = slice(gate, axis=1, start=0, end=1) * (p + matmul(matmul(p, d0), u0))
              let t1 = slice(gate, axis=1, start=1, end=2) * (p + matmul(matmul(p, d1), u1))
              return sum(square(t0 + t1 - x), axes=[0, 1]) + sum(p * x, axes=[0, 1])
            }
            """),
        Case(pass: "fuse-prompt-attention", pattern: "prompt_attention", source: """
            weight p: f32[3, 4] trainable init uniform(low=-1.0, high=1.0)
            weight a: f32[5, 2] trainable init uniform(low=-1.0, high=1.0)
            weight b: f32[2, 4] trainable init uniform(low=-1.0, high=1.0)
            weight lambda: f32[4] trainable init uniform(low=-1.0, high=1.0)
            entry loss(x: f32[3, 4]) -> (loss: f32[]) {
              let k = matmul(a, b)
              let y = matmul(softmax(matmul(p, k, transpose_b=true) * 0.5, axis=-1), k) * lambda
              return sum(square(y - x), axes=[0, 1]) + sum(k, axes=[0, 1])
            }
            """),
    ]

    @Test(arguments: cases)
    func regionGradientMatchesThePlainGradient(_ c: Case) throws {
        let graph = try Elaborator(loader: InMemoryLoader(files: ["case.graph": c.source])).elaborate(file: "case.graph")
        let pass = try #require(eptFusionPipeline().first { $0.name == c.pass })
        let fused = try AutodiffPass().run(try pass.run(graph))
        let plain = try AutodiffPass().run(graph)
        try Verifier().verify(fused)
        let grad = try #require(fused.entry(named: "loss_grad"))
        let regions = grad.nodes.compactMap { node -> FusedRegion? in if case .fused(let r) = node.op { r } else { nil } }
        #expect(regions.map(\.name) == [c.pattern, c.pattern + "_grad"])
        for region in regions {
            #expect(NamedKernel(region) != nil, "\(region.name): no kernel plan")
        }
        // The packed gradients are read back as views: no slice is computed.
        let plan = MemoryPlanner().plan(grad, in: fused)
        for (v, node) in grad.nodes.enumerated() {
            if case .slice = node.op, plan.storage[v] != .unused {
                if case .view = plan.storage[v] { continue }
                Issue.record("'\(node.name)' is a copy, not a view")
            }
        }
        // The same gradients, in Float64.
        var rng = SplitMix64(seed: 4)
        var inputs: [String: Tensor] = [:]
        for p in grad.parameters {
            inputs[p.name] = p.type.dtype == .i32
                ? Tensor(shape: p.type.shape, ints: (0..<p.type.elementCount).map { _ in Int32(rng.next() % 10) })
                : initialize(p.type, .uniform(low: -1, high: 1), &rng)
        }
        let store = try WeightStore(graph: plain, seed: 7)
        let got = try Interpreter(graph: fused, weights: store, precision: .float64).run("loss_grad", inputs: inputs)
        let want = try Interpreter(graph: plain, weights: store, precision: .float64).run("loss_grad", inputs: inputs)
        #expect(Set(got.keys) == Set(want.keys))
        for (name, w) in want {
            let g = try #require(got[name])
            let scale = max(w.doubles.map(Swift.abs).max() ?? 0, 1e-300)
            let error = zip(g.doubles, w.doubles).map { Swift.abs($0 - $1) }.max() ?? 0
            #expect(error / scale <= 1e-12, "\(c.pattern) \(name): \(error / scale)")
            #expect(scale > 1e-6, "\(c.pattern) \(name) is zero: the check would be vacuous")
        }
    }

    /// A region whose inputs need gradients the pattern's backward does not compute (here the
    /// embedding table is trainable) is inlined before autodiff and differentiated op by op.
    @Test func trainableTableIsDifferentiatedInline() throws {
        let source = """
            weight table: f32[10, 4] trainable init uniform(low=-1.0, high=1.0)
            weight p: f32[2, 4] trainable init uniform(low=-1.0, high=1.0)
            entry loss(ids: i32[3, 3], u: f32[3, 4]) -> (loss: f32[]) {
              let rows = broadcast(reshape(p, shape=[1, 2, 4]), shape=[3, 2, 4])
              let y = concat(rows, gather(table, ids) + u, axis=1)
              return sum(square(y), axes=[0, 1, 2])
            }
            """
        let graph = try Elaborator(loader: InMemoryLoader(files: ["case.graph": source])).elaborate(file: "case.graph")
        let fused = try LowRankEmbeddingFusionPass().run(graph)
        #expect(fused.entries[0].nodes.contains { if case .fused = $0.op { true } else { false } })
        let grad = try #require(try AutodiffPass().run(fused).entry(named: "loss_grad"))
        #expect(!grad.nodes.contains { if case .fused = $0.op { true } else { false } })
        #expect(grad.nodes.contains { if case .scatterAdd = $0.op { true } else { false } })
    }
}
