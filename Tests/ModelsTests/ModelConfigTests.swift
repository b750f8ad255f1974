import Foundation
import IR
import Testing
@testable import Models

@Suite("config.json")
struct ModelConfigTests {
    @Test("T5 v1.0: relu, tied, scaled output; head is shared.weight")
    func t5v10() throws {
        guard case .t5(let c) = try ModelConfig.load(path: Fixtures.path("t5-v1_0-tiny")) else {
            Issue.record("not T5"); return
        }
        #expect(c.feedForward == .relu && c.scaleDecoderOutputs && c.dModel == 32 && c.innerDim == 32)
        #expect(c.decoderStartTokenID == 0 && c.eosTokenID == 1 && c.layerNormEpsilon == 1e-6)
        let checkpoint = try Checkpoint(path: Fixtures.path("t5-v1_0-tiny"))
        #expect(c.lmHeadTensorName(in: checkpoint) == "shared.weight")
        let golden = try Fixtures.json("t5-v1_0-tiny/golden.json")
        #expect(golden["scale_decoder_outputs"]?.boolValue == c.scaleDecoderOutputs)
    }

    @Test("T5 v1.1: gated-gelu, untied head, d_kv·heads ≠ d_model, depths differ")
    func t5v11() throws {
        let config = try ModelConfig.load(path: Fixtures.path("t5-v1_1-tiny/config.json"))
        guard case .t5(let c) = config else { Issue.record("not T5"); return }
        #expect(c.feedForward == .gatedGelu && !c.scaleDecoderOutputs)
        #expect(c.innerDim == 24 && c.numLayers == 3 && c.numDecoderLayers == 2)
        let checkpoint = try Checkpoint(path: Fixtures.path("t5-v1_1-tiny"))
        #expect(c.lmHeadTensorName(in: checkpoint) == "lm_head.weight")
        let symbols = config.symbols()
        #expect(symbols["inner_dim"] == .int(24) && symbols["gated_ffn"] == .bool(true))
        #expect(symbols["scale_decoder_outputs"] == .bool(false) && symbols["vocab_size"] == .int(80))
    }

    @Test("scale_decoder_outputs: explicit key wins, else tie_word_embeddings != false")
    func scaleRule() throws {
        let base = #""model_type":"t5","d_model":8,"d_kv":2,"d_ff":16,"num_layers":1,"num_heads":4,"vocab_size":10"#
        let cases: [(String, Bool)] = [("", true), (#","tie_word_embeddings":false"#, false),
                                       (#","tie_word_embeddings":true"#, true),
                                       (#","tie_word_embeddings":true,"scale_decoder_outputs":false"#, false),
                                       (#","tie_word_embeddings":false,"scale_decoder_outputs":true"#, true)]
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("config.json").path
            for (extra, scaled) in cases {
                _ = FileManager.default.createFile(atPath: path, contents: Data("{\(base)\(extra)}".utf8))
                guard case .t5(let c) = try ModelConfig.load(path: path) else { Issue.record("not T5"); continue }
                #expect(c.scaleDecoderOutputs == scaled, "\(extra)")
                #expect(c.numDecoderLayers == 1 && c.relativeAttentionNumBuckets == 32
                        && c.relativeAttentionMaxDistance == 128)
            }
        }
    }

    @Test func bert() throws {
        let config = try ModelConfig.load(path: Fixtures.path("bert-tiny"))
        guard case .bert(let c) = config else { Issue.record("not BERT"); return }
        #expect(c.hiddenSize == 32 && c.numHiddenLayers == 2 && c.numAttentionHeads == 4 && c.headDim == 8)
        #expect(c.intermediateSize == 64 && c.hiddenAct == "gelu" && c.maxPositionEmbeddings == 64)
        #expect(c.typeVocabSize == 2 && c.layerNormEps == 1e-12 && c.vocabSize == 100 && c.padTokenID == 0)
        #expect(config.symbols()["gelu_tanh"] == .bool(false))
    }

    /// The graphs' training dropout rates: T5's dropout_rate; BERT's hidden, attention and classifier
    /// rates (classifier_dropout null → hidden_dropout_prob); transformers' 0.1 when absent; a rate
    /// outside [0, 1) is a config error.
    @Test("dropout rates bind `dropout`, `attention_dropout`, `classifier_dropout`")
    func dropoutRates() throws {
        #expect(try ModelConfig.load(path: Fixtures.path("t5-v1_0-tiny")).symbols()["dropout"] == .float(0.1))
        let bert = try ModelConfig.load(path: Fixtures.path("bert-tiny")).symbols()
        #expect(bert["dropout"] == .float(0.1) && bert["attention_dropout"] == .float(0.1)
                && bert["classifier_dropout"] == .float(0.1))
        let t5 = #""model_type":"t5","d_model":8,"d_kv":2,"d_ff":16,"num_layers":1,"num_heads":4,"vocab_size":10"#
        let encoder = #""model_type":"bert","hidden_size":8,"num_hidden_layers":1,"num_attention_heads":2,"#
            + #""intermediate_size":16,"max_position_embeddings":8,"vocab_size":10"#
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("config.json").path
            func symbols(_ json: String) throws -> [String: SymbolValue] {
                _ = FileManager.default.createFile(atPath: path, contents: Data("{\(json)}".utf8))
                return try ModelConfig.load(path: path).symbols()
            }
            #expect(try symbols(t5)["dropout"] == .float(0.1))
            #expect(try symbols(t5 + #","dropout_rate":0.25"#)["dropout"] == .float(0.25))
            let b = try symbols(encoder + #","hidden_dropout_prob":0.2,"attention_probs_dropout_prob":0.05,"classifier_dropout":0.3"#)
            #expect(b["dropout"] == .float(0.2) && b["attention_dropout"] == .float(0.05) && b["classifier_dropout"] == .float(0.3))
            #expect(try symbols(encoder + #","hidden_dropout_prob":0.0"#)["classifier_dropout"] == .float(0))
            expectCheckpointError(.malformedConfig, ["dropout_rate", "[0, 1)"]) { _ = try symbols(t5 + #","dropout_rate":1.0"#) }
            expectCheckpointError(.malformedConfig, ["hidden_dropout_prob"]) { _ = try symbols(encoder + #","hidden_dropout_prob":-0.1"#) }
        }
    }

    @Test func unsupportedModelType() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("config.json").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(#"{"model_type":"gpt2"}"#.utf8))
            expectCheckpointError(.malformedConfig, ["config.json", "model_type 'gpt2' is not supported"]) {
                _ = try ModelConfig.load(path: path)
            }
            _ = FileManager.default.createFile(atPath: path, contents: Data("{not json".utf8))
            expectCheckpointError(.malformedConfig, ["config.json", "not valid JSON"]) {
                _ = try ModelConfig.load(path: path)
            }
        }
    }
}
