import Foundation
import IR
import Passes
import Runtime
import Syntax
import Testing

/// Whole-graph gradient checks: the shipped example graphs and a graph mixing frozen and
/// trainable weights, elaborated from text, differentiated, fused, and compared with central
/// differences in Float64 (tolerance and error measure as in GradientCheck).
@Suite struct WholeGraphGradientTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func elaborate(_ file: String, _ bindings: [String: SymbolValue] = [:],
                          loader: any SourceLoader = FileSystemLoader()) throws -> Graph {
        var graph = try Elaborator(loader: loader).elaborate(file: file, bindings: bindings)
        graph = try AutodiffPass().run(graph)
        // With the fusion passes on: `loss` and `loss_grad` are checked as they are compiled.
        for pass in fusionPipeline() { graph = try pass.run(graph) }
        try Verifier().verify(graph)
        return graph
    }

    /// Every weight from its initializer, but with a larger spread so no gradient is tiny.
    static func randomStore(_ graph: Graph, seed: UInt64) throws -> WeightStore {
        var rng = SplitMix64(seed: seed)
        var provided: [String: Tensor] = [:]
        for w in graph.weights where w.type.dtype.isFloat {
            provided[w.name] = initialize(w.type, .normal(mean: 0, std: 0.5), &rng).converted(to: .f64)
        }
        return try WeightStore(graph: graph, provided: provided)
    }

    @Test func mlpExample() throws {
        let graph = try Self.elaborate(Self.repoRoot + "/graphs/mlp.graph",
                                       ["batch": .int(3), "d_in": .int(5), "d_hidden": .int(6), "num_classes": .int(3)])
        var rng = SplitMix64(seed: 3)
        let x = initialize(.f32([3, 5]), .normal(mean: 0, std: 1), &rng)
        let inputs = ["x": x, "labels": Tensor(shape: [3], ints: [2, 0, 1])]
        try GradientCheck.compare(graph: graph, store: try Self.randomStore(graph, seed: 1), inputs: inputs, label: "mlp")
    }

    @Test(arguments: [true, false])
    func attentionExample(rmsNorm: Bool) throws {
        let graph = try Self.elaborate(Self.repoRoot + "/graphs/attention.graph",
                                       ["batch": .int(2), "seq": .int(3), "vocab": .int(7), "d_model": .int(4),
                                        "d_ff": .int(6), "use_rms_norm": .bool(rmsNorm)])
        let ids = Tensor(shape: [2, 3], ints: [1, 4, 6, 0, 4, 2])
        let inputs = ["ids": ids, "labels": Tensor(shape: [2], ints: [2, 0])]
        try GradientCheck.compare(graph: graph, store: try Self.randomStore(graph, seed: 2), inputs: inputs,
                                  label: "attention", samples: 12)
    }

    /// Frozen embedding table, norm and projection around trainable prompt, bias and head: only
    /// the trainable ones get gradients, and those match finite differences.
    @Test func frozenAndTrainableMixed() throws {
        let source = """
        param B: int = 2
        param L: int = 3
        param D: int = 4
        weight table = "embed": f32[6, D] frozen
        weight norm_w = "norm": f32[D] frozen
        weight proj = "proj": f32[D, D] frozen
        weight prompt: f32[2, D] trainable init normal(mean=0.0, std=1.0)
        weight bias: f32[D] trainable init zeros
        weight head: f32[D, 3] trainable init normal(mean=0.0, std=1.0)
        entry loss(ids: i32[B, L], labels: i32[B]) -> (loss: f32[]) {
          let e = gather(table, ids)                                              // (B, L, D)
          let p = broadcast(reshape(prompt, shape=[1, 2, D]), shape=[B, 2, D])    // (B, 2, D)
          let h = rms_norm(concat(p, e, axis=1), norm_w) + bias                   // (B, 2 + L, D)
          let t = tanh(matmul(h, proj))
          let pooled = mean(t, axes=[1])                                          // (B, D)
          return cross_entropy(matmul(pooled, head), labels)
        }
        """
        let loader = InMemoryLoader(files: ["mixed.graph": source])
        let graph = try Self.elaborate("mixed.graph", loader: loader)
        let grad = try #require(graph.entry(named: "loss_grad"))
        #expect(grad.results.map(\.name) == ["loss", "grad_prompt", "grad_bias", "grad_head"])
        let inputs = ["ids": Tensor(shape: [2, 3], ints: [0, 5, 3, 2, 2, 1]), "labels": Tensor(shape: [2], ints: [1, 2])]
        try GradientCheck.compare(graph: graph, store: try Self.randomStore(graph, seed: 5), inputs: inputs, label: "mixed")
    }
}
