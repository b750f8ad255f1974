import Codegen
import IR
import Passes
import Runtime
import Testing

/// A compiled `train_step` writes its updated weights and optimizer moments into the store's
/// existing storage: after the first call (which allocates the engine's output buffers) the
/// weights' buffers keep their addresses from step to step.
@Suite struct InPlaceUpdateTests {
    @Test func trainStepUpdatesWeightsWithoutReallocating() throws {
        let weights = [Weight(name: "w", type: .f32([6, 3]), role: .trainable, initializer: .normal(mean: 0, std: 0.5)),
                       Weight(name: "table", type: .f32([10, 6]), role: .frozen)]
        var b = EntryBuilder(name: "loss", weights: weights)
        let ids = b.parameter("ids", .i32([4]))
        let labels = b.parameter("labels", .i32([4]))
        let rows = try b.add(.gather, [b.weight(named: "table")!, ids])
        let logits = try b.add(.matmul(transposeA: false, transposeB: false), [rows, b.weight(named: "w")!])
        b.result("loss", try b.add(.crossEntropy(ignoreIndex: -100), [logits, labels]))
        var graph = Graph(name: "inplace", weights: weights, entries: [b.entry])
        for pass in standardPipeline() { graph = try pass.run(graph) }

        var rng = SplitMix64(seed: 1)
        let store = try WeightStore(graph: graph, provided: ["table": initialize(.f32([10, 6]), .normal(mean: 0, std: 1), &rng)])
        let engine = try CompiledEngine(graph: graph, weights: store)
        let inputs = ["ids": Tensor(shape: [4], ints: [1, 7, 3, 3]), "labels": Tensor(shape: [4], ints: [0, 2, 1, 1]),
                      "lr_scale": Tensor.scalar(Float(1))]
        func address(_ name: String) -> Int {
            let i = store.index(of: name)!
            guard case .f32(let a) = store[i].storage else { return 0 }
            return a.withUnsafeBytes { Int(bitPattern: $0.baseAddress) }
        }
        _ = try engine.run("train_step", inputs: inputs)
        let before = ["w", "adam_m_w", "adam_v_w"].map(address)
        let w0 = store["w"]!.doubles   // a copy: holding the tensor itself would share its storage
        for _ in 0..<3 { _ = try engine.run("train_step", inputs: inputs) }
        #expect(["w", "adam_m_w", "adam_v_w"].map(address) == before)
        #expect(store["w"]!.doubles != w0, "the steps must change the weight")
    }
}
