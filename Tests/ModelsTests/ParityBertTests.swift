import Foundation
import IR
import Runtime
import Support
import Testing
@testable import Models

/// graphs/bert.graph against transformers' goldens: the tiny random BERT (with the golden's fixed
/// 3-way head, so the loss and its gradient cover the whole encoder) and the real pretrained
/// all-MiniLM-L6-v2. Errors are `parityError`: max |ours − golden| / max |golden| over the tensor.
@Suite("BERT parity with transformers", .serialized)
struct ParityBertTests {
    static let tinyInputs = ["input_ids": "input_ids", "attention_mask": "attention_mask",
                             "token_type_ids": "token_type_ids"]

    /// bert-tiny with the golden's classification head in place of the trainable initializer, dropout
    /// off (the goldens are eval-mode; the fixture's config.json says 0.1).
    static func tiny() throws -> (ParityModel, JSONValue) {
        let golden = try Fixtures.json("bert-tiny/golden.json")
        let model = try ParityModel.shared("bert:bert-tiny") {
            let ids = try goldenTensor(golden, "input_ids"), head = try goldenTensor(golden, "head_weight")
            return try ParityModel(
                folder: Fixtures.path("bert-tiny"),
                graph: ParityPaths.repository("Tests/ModelsTests/Fixtures/parity/bert-parity.graph"),
                bindings: ["B": .int(ids.shape[0]), "L": .int(ids.shape[1]), "num_labels": .int(head.shape[0]),
                           "dropout": .float(0)],
                overrides: ["classifier.weight": head, "classifier.bias": try goldenTensor(golden, "head_bias")])
        }
        return (model, golden)
    }

    @Test("last hidden state, mean pooling and head logits (each ≤ 1e-4)", arguments: EngineKind.allCases)
    func encode(engine: EngineKind) throws {
        let (model, golden) = try Self.tiny()
        let out = try model.engine(engine).run("encode", inputs: try goldenInputs(golden, Self.tinyInputs))
        for (result, key) in [("hidden", "last_hidden_state"), ("pooled", "mean_pooled"), ("logits", "logits")] {
            let error = measured("bert-tiny \(engine) \(result)", parityError(try #require(out[result]), try goldenTensor(golden, key)))
            #expect(error <= 1e-4, "\(result) on \(engine): error \(error)")
        }
    }

    @Test("head loss (≤ 1e-5), and d loss / d word embeddings (≤ 1e-4)", arguments: EngineKind.allCases)
    func lossAndGradient(engine: EngineKind) throws {
        let (model, golden) = try Self.tiny()
        var inputs = try goldenInputs(golden, Self.tinyInputs)
        inputs["labels"] = try goldenTensor(golden, "targets")
        var lossInputs = inputs
        lossInputs["seed"] = Tensor(shape: [], ints: [12345])    // unused: dropout is bound to 0
        let loss = try #require(try model.engine(engine).run("loss", inputs: lossInputs)["loss"])
        let lossError = measured("bert-tiny \(engine) loss", parityError(loss, try goldenLoss(golden)))
        #expect(lossError <= 1e-5, "loss on \(engine): \(loss.doubles), error \(lossError)")

        let out = try model.engine(engine).run("embedding_loss_grad", inputs: inputs)
        let gradientName = try #require(model.embeddingGradient)
        let gradient = try #require(out[gradientName])
        let gradientError = measured("bert-tiny \(engine) gradient",
                                     parityError(gradient, try goldenTensor(golden, "inputs_embeds_grad")))
        #expect(gradientError <= 1e-4, "gradient on \(engine): error \(gradientError)")
    }

    /// The real MiniLM (fetched by tools/fetch-minilm.sh into the git-ignored models/minilm-l6).
    static func miniLM() throws -> (ParityModel, JSONValue) {
        let golden = try Fixtures.json("minilm-l6/golden.json")
        let model = try ParityModel.shared("bert:minilm-l6") {
            let ids = try goldenTensor(golden, "input_ids")
            return try ParityModel(folder: ParityPaths.miniLM, graph: ParityPaths.repository("graphs/bert.graph"),
                                   bindings: ["B": .int(ids.shape[0]), "L": .int(ids.shape[1])])
        }
        return (model, golden)
    }

    @Test("real MiniLM-L6: first hidden rows and mean-pooled sentence embeddings (each ≤ 1e-4)",
          .enabled(if: ParityPaths.miniLMPresent, "models/minilm-l6 is absent; run tools/fetch-minilm.sh to fetch it"),
          arguments: EngineKind.allCases)
    func miniLM(engine: EngineKind) throws {
        let (model, golden) = try Self.miniLM()
        let out = try model.engine(engine).run("encode", inputs: try goldenInputs(golden, Self.tinyInputs))
        let rowsWanted = try goldenTensor(golden, "last_hidden_state_first_rows")
        let rows = leadingRows(try #require(out["hidden"]), rowsWanted.shape[1])
        let rowsError = measured("minilm \(engine) hidden rows", parityError(rows, rowsWanted))
        let pooledError = measured("minilm \(engine) pooled",
                                   parityError(try #require(out["pooled"]), try goldenTensor(golden, "mean_pooled")))
        #expect(rowsError <= 1e-4, "hidden rows on \(engine): error \(rowsError)")
        #expect(pooledError <= 1e-4, "pooled on \(engine): error \(pooledError)")
    }
}
