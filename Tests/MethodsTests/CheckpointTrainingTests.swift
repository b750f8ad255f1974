import Codegen
import IR
import Models
import Passes
import Runtime
import Syntax
import TestSupport
import Testing

/// The methods over the tiny Hugging Face checkpoints the reference tool wrote (random weights,
/// real layouts): ModelFolder binds the shapes and loads the frozen weights, `init_prompt` copies
/// vocabulary rows into P, and compiled AdamW steps lower the loss.
@Suite(.serialized) struct CheckpointTrainingTests {
    static let fixtures = repositoryRoot + "/Tests/ModelsTests/Fixtures/"

    struct Case: Sendable, CustomTestStringConvertible {
        var method: String, folder: String
        var testDescription: String { "\(method) on \(folder)" }
        var isBERT: Bool { method.hasSuffix("bert") }
    }

    static let cases = [
        Case(method: "ept", folder: "t5-v1_0-tiny"),
        Case(method: "ept", folder: "t5-v1_1-tiny"),
        Case(method: "ept-bert", folder: "bert-tiny"),
    ]

    static let optimizer = AdamWConfig(groups: ["prompt": .init(learningRate: 0.3), "lowrank": .init(learningRate: 0.01),
                                                "head": .init(learningRate: 0.01)], maxGradNorm: 1.0)

    @Test(arguments: cases)
    func vocabularyInitAndTraining(_ c: Case) throws {
        let folder = try ModelFolder(path: Self.fixtures + c.folder)
        var bindings: [String: SymbolValue] = ["B": .int(2), "L": .int(8), "prompt_len": .int(4), "max_len": .int(16),
                                               "rank": .int(4)]
        if !c.isBERT { bindings["T"] = .int(3) }
        var graph = try folder.elaborate(repositoryRoot + "/graphs/\(c.method).graph", bindings: bindings)
        for pass in standardPipeline(optimizer: Self.optimizer) { graph = try pass.run(graph) }
        graph.entries.removeAll { !["loss", "train_step", "init_prompt"].contains($0.name) }
        let store = try folder.weightStore(for: graph, seed: 7)
        let engine = try CompiledEngine(graph: graph, weights: store)

        // P ← rows 3, 10, 25, 40 of the vocabulary embeddings.
        let table = try #require(store[c.isBERT ? "embeddings_word_embeddings_weight" : "shared_weight"])
        let ids: [Int32] = [3, 10, 25, 40]
        _ = try engine.run("init_prompt", inputs: ["prompt_ids": Tensor(shape: [4], ints: ids)])
        let d = table.shape[1]
        #expect(try #require(store["prompt"]).floats == ids.flatMap { table.floats[Int($0) * d..<(Int($0) + 1) * d] })

        guard case .int(let vocab) = folder.symbols["vocab_size"] else { throw EngineError("no vocab_size in \(c.folder)") }
        let batch = c.isBERT ? bertBatch(B: 2, L: 8, vocab: vocab, seed: 31) : t5Batch(B: 2, L: 8, T: 3, vocab: vocab, seed: 31)
        let before = try #require(try engine.run("loss", inputs: batch)["loss"]).doubles[0]
        var stepInputs = batch
        stepInputs[OptimizerPass.learningRateScale] = .scalar(Float(1))
        for _ in 0..<10 { _ = try engine.run("train_step", inputs: stepInputs) }
        let after = try #require(try engine.run("loss", inputs: batch)["loss"]).doubles[0]
        #expect(after.isFinite)
        #expect(after < 0.98 * before, "\(c.testDescription): loss \(before) → \(after) over 10 steps")
    }

    /// Fine-tuning's weights are trainable *from the checkpoint*: the loader fills them with the
    /// checkpoint's tensors, the same values graphs/t5.graph reads as frozen.
    @Test func finetuneStartsFromTheCheckpoint() throws {
        let folder = try ModelFolder(path: Self.fixtures + "t5-v1_1-tiny")
        let finetune = try folder.elaborate(repositoryRoot + "/graphs/finetune.graph")
        let frozen = try folder.elaborate(repositoryRoot + "/graphs/t5.graph")
        let tuned = try folder.weightStore(for: finetune)
        let reference = try folder.weightStore(for: frozen)
        #expect(finetune.weights.allSatisfy { $0.role == .trainable })
        for w in frozen.weights {
            #expect(tuned[w.name]?.floats == reference[w.name]?.floats, "\(w.name)")
        }
    }
}
