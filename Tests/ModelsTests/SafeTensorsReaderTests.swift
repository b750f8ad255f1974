import Foundation
import Runtime
import Testing
@testable import Models

@Suite("safetensors reader")
struct SafeTensorsReaderTests {
    @Test("every dtype reads as the values the reference package wrote")
    func dtypes() throws {
        let file = try SafeTensorsFile(path: Fixtures.path("checkpoints/dtypes.safetensors"))
        let expected = try Fixtures.json("checkpoints/dtypes.json")
        #expect(file.metadata["purpose"] == "dtype test")
        #expect(file.names == ["bf16", "f16", "f32", "f64", "i32", "i64", "scalar"])
        for name in file.names {
            let tensor = try file.tensor(name)
            let entry = try #require(expected[name])
            #expect(tensor.shape == entry["shape"]?.arrayValue?.compactMap(\.intValue))
            let want = entry["data"]?.arrayValue?.compactMap(\.doubleValue) ?? []
            // F16/BF16 widen exactly; F64 narrows to the nearest f32: compare in f32 exactly.
            #expect(tensor.floats == want.map { Float($0) }, "\(name)")
        }
        #expect(try file.tensor("i64").type.dtype == .i32)
        #expect(try file.tensor("f16").type.dtype == .f32)
    }

    @Test("a T5 fixture checkpoint lists its tensors with shapes")
    func t5Fixture() throws {
        let checkpoint = try Checkpoint(path: Fixtures.path("t5-v1_1-tiny"))
        #expect(checkpoint.tensorNames.count == 61)
        #expect(checkpoint.info("shared.weight")?.shape == [80, 32])
        #expect(checkpoint.info("lm_head.weight")?.shape == [80, 32])
        #expect(checkpoint.info("encoder.block.0.layer.0.SelfAttention.q.weight")?.shape == [24, 32])
        let shared = try checkpoint.tensor("shared.weight")
        let head = try checkpoint.tensor("lm_head.weight")
        #expect(shared.floats != head.floats, "v1.1 fixture must have a distinct LM head")
        try checkpoint.check([("shared.weight", [80, 32]), ("encoder.final_layer_norm.weight", [32])])
    }

    @Test("graph names resolve: bert. prefix either way, T5 tied embeddings and head fall back to shared")
    func nameResolution() throws {
        let bert = try Checkpoint(path: Fixtures.path("bert-tiny"))
        #expect(bert.resolve("bert.embeddings.word_embeddings.weight") == "embeddings.word_embeddings.weight")
        #expect(bert.resolve("encoder.layer.1.output.dense.weight") == "encoder.layer.1.output.dense.weight")
        #expect(bert.resolve("pooler.dense.weight") == nil)
        let v10 = try Checkpoint(path: Fixtures.path("t5-v1_0-tiny"))
        #expect(v10.resolve("lm_head.weight") == "shared.weight")
        #expect(v10.resolve("encoder.embed_tokens.weight") == "shared.weight")
        #expect(try v10.weight("lm_head.weight") == v10.tensor("shared.weight"))
        let v11 = try Checkpoint(path: Fixtures.path("t5-v1_1-tiny"))
        #expect(v11.resolve("lm_head.weight") == "lm_head.weight")
        try v10.check([("lm_head.weight", [96, 32]), ("decoder.embed_tokens.weight", [96, 32])])
    }

    @Test("a sharded checkpoint resolves tensors through its index")
    func sharded() throws {
        let checkpoint = try Checkpoint(path: Fixtures.path("checkpoints/sharded"))
        #expect(checkpoint.tensorNames == ["decoder.bias", "decoder.weight", "encoder.weight"])
        #expect(checkpoint.files.count == 2)
        #expect(try checkpoint.tensor("encoder.weight").floats == (0..<12).map(Float.init))
        #expect(try checkpoint.tensor("decoder.weight").floats == (0..<6).map { -Float($0) })
        #expect(try checkpoint.tensor("decoder.bias").shape == [2])
    }

    @Test("the real MiniLM checkpoint opens and every tensor reads")
    func realMiniLM() throws {
        let folder = Fixtures.repository.appendingPathComponent("models/minilm-l6")
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("model.safetensors").path) else {
            print("skipped: models/minilm-l6 is absent (run tools/fetch-minilm.sh)")
            return
        }
        let checkpoint = try Checkpoint(path: folder.path)
        #expect(checkpoint.tensorNames.count >= 100)
        var elements = 0
        for name in checkpoint.tensorNames {
            let t = try checkpoint.tensor(name)
            let finite = t.floats.allSatisfy { $0.isFinite }
            #expect(finite, "\(name) has non-finite values")
            elements += t.count
        }
        #expect(elements > 22_000_000, "MiniLM-L6 has about 22.7M parameters, read \(elements)")
        guard case .bert(let config) = try ModelConfig.load(path: folder.path) else {
            Issue.record("MiniLM config is not BERT"); return
        }
        #expect(config.hiddenSize == 384 && config.numHiddenLayers == 6 && config.vocabSize == 30522)
        try checkpoint.check([("embeddings.word_embeddings.weight", [30522, 384]),
                              ("encoder.layer.5.output.dense.weight", [384, 1536])])
    }
}
