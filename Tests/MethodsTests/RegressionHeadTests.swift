import IR
import Passes
import Runtime
import Syntax
import Testing

/// The BERT-family regression head (STS-B): `--set regression=true` gives one output, f32 labels in
/// every `loss` signature, and mean squared error; a few AdamW steps (dropout on, a fresh seed per
/// step, as the runner trains) lower the eval-mode error read from `encode`.
@Suite struct RegressionHeadTests {
    static let methods = ["bert", "ept-bert", "dept-bert", "pt-bert", "lora-bert", "finetune-bert"]

    static func bindings(_ method: String, regression: Bool) -> [String: SymbolValue] {
        var out: [String: SymbolValue] = ["B": .int(2), "L": .int(4), "regression": .bool(regression)]
        if method.contains("pt-") { out["prompt_len"] = .int(2) }
        if method.hasPrefix("ept") || method.hasPrefix("dept") { out.merge(["max_len": .int(4), "rank": .int(2)]) { $1 } }
        if method.hasPrefix("lora") { out["lora_rank"] = .int(2) }
        return out
    }

    /// A batch with STS-B-like float scores in place of class ids.
    static func regressionBatch(seed: Int32) -> [String: Tensor] {
        var batch = bertBatch(B: 2, L: 4, vocab: 20, seed: 51)
        batch["labels"] = Tensor(shape: [2], floats: [1.5, 4.0])
        batch["seed"] = dropoutSeed(seed)
        return batch
    }

    /// What the runner reads: `loss`'s labels are i32[B] (classification) or f32[B] (regression),
    /// `encode`'s logits (B, num_labels) or (B, 1); `train_step` keeps the labels' type.
    @Test(arguments: methods)
    func signatures(_ method: String) throws {
        for regression in [false, true] {
            var graph = try elaborateMethod(method, Self.bindings(method, regression: regression), config: tinyBERTConfig)
            graph = try AutodiffPass().run(graph)
            let labels = TensorType(regression ? .f32 : .i32, [2])
            for name in ["loss", "loss_grad"] {
                let entry = try #require(graph.entry(named: name))
                #expect(entry.parameters.map(\.name) == ["input_ids", "attention_mask", "token_type_ids", "labels", "seed"])
                #expect(entry.parameters[3].type == labels, "\(method) \(name)")
            }
            let encode = try #require(graph.entry(named: "encode"))
            #expect(encode.nodes[encode.results[2].value].type == .f32([2, regression ? 1 : 2]))
        }
    }

    /// loss = mean over the batch of (logit − label)², with the logit from `encode` (f64
    /// interpreter, dropout off; relative 1e-12).
    @Test func mseMatchesEncodeLogits() throws {
        let graph = try elaborateMethod("ept-bert", Self.bindings("ept-bert", regression: true).merging(
            ["spaces": .int(2), "space_width": .int(3)]) { $1 }, config: tinyBERTConfig)
        let store = try WeightStore(graph: graph, provided: randomWeights(graph, seed: 8))
        let engine = Interpreter(graph: graph, weights: store, precision: .float64)
        let batch = Self.regressionBatch(seed: 3)
        var encodeInputs = batch
        for key in ["labels", "seed"] { encodeInputs.removeValue(forKey: key) }
        let predictions = try #require(try engine.run("encode", inputs: encodeInputs)["logits"]).doubles
        let labels = try #require(batch["labels"]).doubles
        let want = zip(predictions, labels).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(labels.count)
        let got = try #require(try engine.run("loss", inputs: batch)["loss"]).doubles[0]
        #expect(want > 0.1)
        #expect(Swift.abs(got - want) <= 1e-12 * want, "loss \(got) vs (logits − labels)² mean \(want)")
    }

    /// Twenty AdamW steps on bert.graph's head (lr 0.1), dropout 0.1 with seed = step, cut the
    /// eval-mode squared error (from `encode`) on the batch to under half.
    @Test func trainingLowersTheError() throws {
        let config = tinyBERTConfig.merging(["dropout": .float(0.1)]) { $1 }
        var graph = try elaborateMethod("bert", Self.bindings("bert", regression: true), config: config)
        #expect((graph.entry(named: "loss")?.statistics().opCounts["dropout"] ?? 0) > 0)
        let optimizer = AdamWConfig(groups: ["head": .init(learningRate: 0.1)], maxGradNorm: 1.0)
        for pass in standardPipeline(optimizer: optimizer) { graph = try pass.run(graph) }
        let engine = Interpreter(graph: graph, weights: try initialStore(graph, seed: 12))
        let labels = try #require(Self.regressionBatch(seed: 0)["labels"]).doubles

        func evalError() throws -> Double {
            var inputs = Self.regressionBatch(seed: 0)
            for key in ["labels", "seed"] { inputs.removeValue(forKey: key) }
            let predictions = try #require(try engine.run("encode", inputs: inputs)["logits"]).doubles
            return zip(predictions, labels).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(labels.count)
        }
        let before = try evalError()
        for step in 0..<20 {
            var inputs = Self.regressionBatch(seed: Int32(step))
            inputs[OptimizerPass.learningRateScale] = .scalar(Float(1))
            let loss = try #require(try engine.run("train_step", inputs: inputs)["loss"]).doubles[0]
            #expect(loss.isFinite)
        }
        let after = try evalError()
        #expect(after < 0.5 * before, "eval squared error \(before) → \(after) over 20 steps")
    }
}
