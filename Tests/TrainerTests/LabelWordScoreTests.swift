import Foundation
import IR
import Runtime
import Support
import TestSupport
import Testing
@testable import Tasks
@testable import Trainer

/// T5's per-label probabilities (`eptc predict --scores`) against an oracle the graph computes
/// itself: the `loss` entry's mean cross-entropy of one example with label k, times the word's
/// token count, is the negative log-likelihood the scorer sums from `logits` — so the scorer's
/// probabilities must be the softmax of −n_k · loss_k.
@Suite(.serialized) struct LabelWordScoreTests {
    @Test func probabilitiesMatchTheLossEntry() throws {
        let folder = try temporaryDirectory("label-scores")
        let train = try CustomFiles.write(CustomFiles.csv(CustomFiles.rows(9)), folder, "train.csv")
        let file = CustomDataFile(path: train, format: .csv)
        var custom = CustomTask(train: file, dev: file, textColumn: "review", labelColumn: "topic")
        custom.labelWords = ["books": "book", "cars": "a car", "food": "cake"]  // words of 1 and 2 pieces
        var configuration = RunConfiguration(task: CustomTask.taskName, method: "pt", model: TinyModels.t5, backbone: .t5,
                                             graph: repositoryRoot + "/graphs/pt.graph")
        configuration.custom = custom
        configuration.settings = ["prompt_len": .int(4)]
        configuration.dropout = 0
        configuration.engine = .interpreter
        configuration.maxLength = 16
        let session = try RunSession(configuration, fallbackT5Vocabulary: repositoryRoot + "/data/t5-vocab/spiece.model")
        let examples = try session.examples(.train, shippedData: repositoryRoot + "/data")
        try session.resolveLengths(train: examples, dev: [], bucketCount: 1)
        let programs = try session.programs(training: false, batchSize: 2, extraEntries: [Evaluator.scoringEntry, "loss"]) { _ in
            throw UserError("the interpreter runs these programs")
        }
        let encoded = Array(session.encode(examples).prefix(3))
        // Batch 2 over 3 examples: the last batch has a filler row, which must not leak.
        let scorer = Evaluator(programs: programs, codec: session.codec, task: session.task, batchSize: 2)
        let probabilities = try scorer.labelWordProbabilities(encoded)

        let engine = programs.engine(bucket: 0)
        let loss = try #require(engine.graph.entry(named: "loss"))
        for (i, example) in encoded.enumerated() {
            var logLikelihoods: [Double] = []
            for k in session.task.labelWords.indices {
                var relabelled = session.encode([Example(texts: examples[i].texts, label: .index(k))])[0]
                relabelled.index = 0
                let inputs = try BatchInputs.make(loss, examples: [relabelled, relabelled], batch: Batch(bucket: 0, rows: [0, 1]),
                                                  length: programs.buckets.lengths[0], padID: session.codec.padID,
                                                  extra: ["seed": Tensor(shape: [], ints: [0])])
                let mean = try #require(try engine.run("loss", inputs: inputs)["loss"]).floats[0]
                let tokens = relabelled.target.filter { $0 != -100 }.count
                logLikelihoods.append(-Double(mean) * Double(tokens))
            }
            let expected = Evaluator.softmax(logLikelihoods)
            #expect(probabilities[i].count == 3)
            for (got, want) in zip(probabilities[i], expected) {
                #expect(abs(got - want) < 1e-4, "example \(i) (\(example.ids.count) tokens): \(probabilities[i]) vs \(expected)")
            }
        }
    }
}
