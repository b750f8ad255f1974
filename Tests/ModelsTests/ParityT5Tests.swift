import Foundation
import IR
import Runtime
import Support
import TestSupport
import Testing
@testable import Models

/// graphs/t5.graph against transformers' goldens (tools/reference/make_goldens.py) on the tiny
/// T5 v1.0 (relu FFN, tied head scaled by d_model^-0.5) and v1.1 (gated-gelu, untied head, 3 heads
/// of 8 ≠ d_model 32, 3 encoder / 2 decoder blocks). Errors are `parityError`:
/// max |ours − golden| / max |golden| over the tensor.
@Suite("T5 parity with transformers", .serialized)
struct ParityT5Tests {
    static let models = ["t5-v1_0-tiny", "t5-v1_1-tiny"]

    /// graphs/t5.graph plus the embedding-gradient entry, for the golden's B, L, T, with dropout off
    /// (the goldens are eval-mode; the fixtures' config.json says dropout_rate 0.1).
    /// `skipPaddedRows: false` computes padded encoder positions as transformers does (the graph's
    /// `skip_padded_rows`; by default they are zeros that the linear layers skip).
    static func model(_ name: String, skipPaddedRows: Bool = true) throws -> (ParityModel, JSONValue) {
        let golden = try Fixtures.json("\(name)/golden.json")
        let model = try ParityModel.shared("t5:" + name + (skipPaddedRows ? "" : ":padded-rows-computed")) {
            let ids = try goldenTensor(golden, "input_ids"), labels = try goldenTensor(golden, "labels")
            return try ParityModel(
                folder: Fixtures.path(name), graph: ParityPaths.repository("Tests/ModelsTests/Fixtures/parity/t5-parity.graph"),
                bindings: ["B": .int(ids.shape[0]), "L": .int(ids.shape[1]), "T": .int(labels.shape[1]),
                           "dropout": .float(0), "skip_padded_rows": .bool(skipPaddedRows)])
        }
        return (model, golden)
    }

    @Test("folder symbols: gated FFN, untied head and output scaling as transformers decided them",
          arguments: models)
    func symbols(name: String) throws {
        let (model, golden) = try Self.model(name)
        let s = model.folder.symbols
        #expect(s["untied_lm_head"] == .bool(golden["lm_head_is_shared"]?.boolValue == false))
        #expect(s["scale_decoder_outputs"] == golden["scale_decoder_outputs"]?.boolValue.map(SymbolValue.bool))
        #expect(s["gated_ffn"] == .bool(name == "t5-v1_1-tiny"))
    }

    /// The parity checks can fail: T5 v1.0 without its d_model^-0.5 output scaling (the v1.1
    /// setting) is far outside the tolerance. Interpreter only; no compile needed.
    @Test("a wrong head scaling is caught (logits error > 1e-2)")
    func wrongScalingIsCaught() throws {
        let name = "t5-v1_0-tiny"
        let golden = try Fixtures.json("\(name)/golden.json")
        let folder = try ModelFolder(path: try Fixtures.path(name))
        let ids = try goldenTensor(golden, "input_ids"), labels = try goldenTensor(golden, "labels")
        let graph = try Elaborator(loader: FileSystemLoader()).elaborate(
            file: ParityPaths.repository("graphs/t5.graph"),
            bindings: ["B": .int(ids.shape[0]), "L": .int(ids.shape[1]), "T": .int(labels.shape[1]),
                       "scale_decoder_outputs": .bool(false)],
            configBindings: folder.symbols)
        let engine = Interpreter(graph: graph, weights: try folder.weightStore(for: graph))
        let inputs = try goldenInputs(golden, ["input_ids": "input_ids", "attention_mask": "attention_mask",
                                               "decoder_input_ids": "decoder_input_ids"])
        let logits = try #require(try engine.run("logits", inputs: inputs)["logits"])
        #expect(parityError(logits, try goldenTensor(golden, "logits")) > 1e-2)
    }

    /// The encoder output is transformers' at unpadded positions and exactly zero at padded ones
    /// (compared with the golden whose padded rows are zeroed: one error covers both).
    @Test("logits (≤ 1e-4) and encoder output (≤ 1e-4; padded positions zero) on the golden's decoder inputs",
          arguments: models, EngineKind.allCases)
    func logits(name: String, engine: EngineKind) throws {
        let (model, golden) = try Self.model(name)
        let inputs = try goldenInputs(golden, ["input_ids": "input_ids", "attention_mask": "attention_mask",
                                               "decoder_input_ids": "decoder_input_ids"])
        let mask = try #require(inputs["attention_mask"])
        #expect(mask.ints.contains(0), "the golden batch has padding")
        let out = try model.engine(engine).run("logits", inputs: inputs)
        let logits = try #require(out["logits"]), encoder = try #require(out["encoder_output"])
        let logitsError = measured("\(name) \(engine) logits", parityError(logits, try goldenTensor(golden, "logits")))
        let unpadded = zeroingPaddedRows(try goldenTensor(golden, "encoder_last_hidden_state"), mask: mask)
        let encoderError = measured("\(name) \(engine) encoder", parityError(encoder, unpadded))
        #expect(logitsError <= 1e-4, "\(name) on \(engine): logits error \(logitsError)")
        #expect(encoderError <= 1e-4, "\(name) on \(engine): encoder output error \(encoderError)")
    }

    /// `skip_padded_rows=false`: every encoder position as transformers computes it, padded ones
    /// included; the logits are the same as with padded rows skipped.
    @Test("padded positions computed: encoder output at every position (≤ 1e-4)", arguments: models, EngineKind.allCases)
    func paddedRowsComputed(name: String, engine: EngineKind) throws {
        let (model, golden) = try Self.model(name, skipPaddedRows: false)
        let inputs = try goldenInputs(golden, ["input_ids": "input_ids", "attention_mask": "attention_mask",
                                               "decoder_input_ids": "decoder_input_ids"])
        let out = try model.engine(engine).run("logits", inputs: inputs)
        let encoderError = parityError(try #require(out["encoder_output"]), try goldenTensor(golden, "encoder_last_hidden_state"))
        let logitsError = parityError(try #require(out["logits"]), try goldenTensor(golden, "logits"))
        #expect(encoderError <= 1e-4 && logitsError <= 1e-4, "\(name) on \(engine): encoder \(encoderError), logits \(logitsError)")
    }

    @Test("loss on shifted labels with ignored padding (≤ 1e-5 relative)", arguments: models, EngineKind.allCases)
    func loss(name: String, engine: EngineKind) throws {
        let (model, golden) = try Self.model(name)
        var inputs = try goldenInputs(golden, ["input_ids": "input_ids", "attention_mask": "attention_mask",
                                               "labels": "labels"])
        inputs["seed"] = Tensor(shape: [], ints: [12345])    // unused: dropout is bound to 0
        let loss = try #require(try model.engine(engine).run("loss", inputs: inputs)["loss"])
        let want = try goldenLoss(golden)
        let error = measured("\(name) \(engine) loss", parityError(loss, want))
        #expect(error <= 1e-5, "\(name) on \(engine): loss \(loss.doubles) vs \(want.doubles), error \(error)")
    }

    @Test("d loss / d input embeddings (≤ 1e-4), and the same loss (≤ 1e-5)", arguments: models, EngineKind.allCases)
    func embeddingGradient(name: String, engine: EngineKind) throws {
        let (model, golden) = try Self.model(name)
        let inputs = try goldenInputs(golden, ["input_ids": "input_ids", "attention_mask": "attention_mask",
                                               "labels": "labels"])
        let out = try model.engine(engine).run("embedding_loss_grad", inputs: inputs)
        let gradientName = try #require(model.embeddingGradient)
        let gradient = try #require(out[gradientName])
        let gradientError = measured("\(name) \(engine) gradient",
                                     parityError(gradient, try goldenTensor(golden, "inputs_embeds_grad")))
        let lossError = parityError(try #require(out["loss"]), try goldenLoss(golden))
        #expect(gradientError <= 1e-4, "\(name) on \(engine): gradient error \(gradientError)")
        #expect(lossError <= 1e-5, "\(name) on \(engine): loss error \(lossError)")
    }

    /// transformers' `generate(num_beams=1, min_new_tokens=4)` tokens after the start token. The
    /// graph's `greedy` returns T predictions; the golden has T − 1 (it starts with the start token).
    /// `min_new_tokens` makes transformers mask EOS (id 1) for those steps, while the graph takes the
    /// argmax and pads after EOS (GreedyEOSTests); the committed goldens never have EOS as a step's
    /// argmax, so both agree.
    @Test("greedy decoding equals transformers' greedy tokens", arguments: models, EngineKind.allCases)
    func greedy(name: String, engine: EngineKind) throws {
        let (model, golden) = try Self.model(name)
        let inputs = try goldenInputs(golden, ["input_ids": "input_ids", "attention_mask": "attention_mask"])
        let tokens = try #require(try model.engine(engine).run("greedy", inputs: inputs)["tokens"])
        let want = try goldenTensor(golden, "greedy_ids")
        let (b, t) = (tokens.shape[0], tokens.shape[1])
        let generated = want.shape[1] - 1
        try #require(generated <= t && want.shape[0] == b)
        for row in 0..<b {
            let ours = Array(tokens.ints[(row * t)..<(row * t + generated)])
            let theirs = Array(want.ints[(row * want.shape[1] + 1)..<((row + 1) * want.shape[1])])
            #expect(ours == theirs, "\(name) on \(engine), row \(row)")
        }
        // The first prediction is also the argmax of the golden logits at position 0 (same start token).
        let logits = try goldenTensor(golden, "logits")
        let (steps, vocab) = (logits.shape[1], logits.shape[2])
        for row in 0..<b {
            let first = Array(logits.floats[(row * steps * vocab)..<(row * steps * vocab + vocab)])
            let argmax = first.indices.max { first[$0] < first[$1] } ?? -1
            #expect(Int(tokens.ints[row * t]) == argmax, "\(name) on \(engine), row \(row)")
        }
    }
}
