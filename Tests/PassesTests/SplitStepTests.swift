import IR
import Passes
import Runtime
import Testing

/// The step data-parallel training takes: `loss_grad` per shard, gradients combined, then
/// `apply_gradients` (OptimizerPass with `applyEntry`), against the fused `train_step`.
@Suite struct SplitStepTests {
    /// A linear softmax classifier over `n` rows, through autodiff and the optimizer pass.
    static func graph(rows n: Int, features: Int = 4, classes: Int = 3) throws -> Graph {
        let weights = [Weight(name: "w", type: .f32([features, classes]), role: .trainable, initializer: .normal(mean: 0, std: 0.5)),
                       Weight(name: "bias", type: .f32([classes]), role: .trainable, initializer: .zeros, group: "head")]
        var b = EntryBuilder(name: "loss", weights: weights)
        let x = b.parameter("x", .f32([n, features]))
        let labels = b.parameter("labels", .i32([n]))
        let logits = try b.add(try b.add(.matmul(transposeA: false, transposeB: false), [x, b.weight(named: "w")!]),
                               b.weight(named: "bias")!)
        b.result("loss", try b.add(.crossEntropy(ignoreIndex: -100), [logits, labels]))
        var graph = Graph(name: "linear", weights: weights, entries: [b.entry])
        let config = AdamWConfig(groups: ["head": .init(learningRate: 0.05, weightDecay: 0.1)],
                                 defaultGroup: .init(learningRate: 0.1, weightDecay: 0.01), maxGradNorm: 0.5)
        for pass in [AutodiffPass(), OptimizerPass(config: config, applyEntry: OptimizerPass.applyGradientsEntry)] as [any Pass] {
            graph = try pass.run(graph)
        }
        try Verifier().verify(graph)
        return graph
    }

    static func batch(rows n: Int, seed: UInt64) -> (x: [Float], labels: [Int32]) {
        var rng = SplitMix64(seed: seed)
        let x = (0..<(n * 4)).map { _ in Float(rng.nextNormal()) }
        let labels = (0..<n).map { i -> Int32 in i % 5 == 4 ? -100 : Int32(rng.next(below: 3)) }
        return (x, labels)
    }

    /// loss_grad then apply_gradients on its gradients is train_step, bit for bit (float32).
    @Test func applyingTheGradientsIsTheFusedStep() throws {
        let graph = try Self.graph(rows: 10)
        #expect(graph.entry(named: "train_step") != nil)
        let apply = try #require(graph.entry(named: OptimizerPass.applyGradientsEntry))
        #expect(apply.parameters.map(\.name) == ["grad_w", "grad_bias", OptimizerPass.learningRateScale])
        #expect(apply.results.map(\.name) == ["grad_norm"])
        let fusedStore = try WeightStore(graph: graph, seed: 3), splitStore = try WeightStore(graph: graph, seed: 3)
        let fused = Interpreter(graph: graph, weights: fusedStore), split = Interpreter(graph: graph, weights: splitStore)
        for (step, scale) in [Float(1), 0.5, 0.25].enumerated() {
            let (x, labels) = Self.batch(rows: 10, seed: UInt64(step))
            let inputs = ["x": Tensor(shape: [10, 4], floats: x), "labels": Tensor(shape: [10], ints: labels)]
            let a = try fused.run("train_step", inputs: inputs.merging(["lr_scale": .scalar(scale)]) { $1 })
            let g = try split.run("loss_grad", inputs: inputs)
            let b = try split.run(OptimizerPass.applyGradientsEntry, inputs: [
                "grad_w": g["grad_w"]!, "grad_bias": g["grad_bias"]!, "lr_scale": .scalar(scale)])
            #expect(a["loss"] == g["loss"] && a["grad_norm"] == b["grad_norm"])
            for name in ["w", "bias", "adam_m_w", "adam_v_w", "adam_m_bias", "adam_v_bias", OptimizerPass.stepCounter] {
                #expect(fusedStore[name] == splitStore[name], "step \(step + 1): \(name)")
            }
        }
    }

    /// Shards' mean-loss gradients, each weighted by its share of the labelled rows, sum to the
    /// whole batch's (float64 interpreter: to 1e-12) — with ignored rows spread unevenly, as
    /// DataParallel weights them.
    @Test func weightedShardGradientsSumToTheBatchGradient() throws {
        let whole = try Self.graph(rows: 10), shard = try Self.graph(rows: 5)
        let store = try WeightStore(graph: whole, seed: 9)
        let values = ["w": store["w"]!.converted(to: .f64), "bias": Tensor(shape: [3], doubles: [0.1, -0.2, 0.3])]
        let full = Interpreter(graph: whole, weights: try WeightStore(graph: whole, provided: values), precision: .float64)
        let part = Interpreter(graph: shard, weights: try WeightStore(graph: shard, provided: values), precision: .float64)
        let generated = Self.batch(rows: 10, seed: 11)
        let x = generated.x
        var labels = generated.labels
        labels[0] = -100                                 // shard 0: 3 labelled rows, shard 1: 4
        let expected = try full.run("loss_grad", inputs: ["x": Tensor(shape: [10, 4], floats: x).converted(to: .f64),
                                                          "labels": Tensor(shape: [10], ints: labels)])
        let total = labels.filter { $0 != -100 }.count
        var sums: [String: [Double]] = ["grad_w": [Double](repeating: 0, count: 12), "grad_bias": [0, 0, 0], "loss": [0]]
        for k in 0..<2 {
            let rows = (5 * k)..<(5 * k + 5)
            let mine = labels[rows].filter { $0 != -100 }.count
            let out = try part.run("loss_grad", inputs: [
                "x": Tensor(shape: [5, 4], floats: Array(x[(4 * rows.lowerBound)..<(4 * rows.upperBound)])).converted(to: .f64),
                "labels": Tensor(shape: [5], ints: Array(labels[rows]))])
            let share = Double(mine) / Double(total)
            for name in sums.keys { sums[name] = zip(sums[name]!, out[name]!.doubles).map { $0 + $1 * share } }
        }
        for name in sums.keys {
            let err = zip(sums[name]!, expected[name]!.doubles).map { Swift.abs($0 - $1) }.max()!
            #expect(err <= 1e-12, "\(name): \(sums[name]!) vs \(expected[name]!.doubles)")
        }
    }
}
