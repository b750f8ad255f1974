import Foundation
import Runtime
import Support
import Testing
@testable import Models

/// A golden tensor ({"shape", "data"}) as a runtime tensor: i32 for the id/mask/label entries, f32 otherwise.
func goldenTensor(_ golden: JSONValue, _ key: String) throws -> Tensor {
    let entry = try #require(golden[key], "golden has no '\(key)'")
    let dims = entry["shape"]?.arrayValue
    let shape = try #require(dims.map { $0.compactMap(\.intValue) })
    let data = try #require(entry["data"]?.arrayValue)
    if data.allSatisfy({ if case .int = $0 { return true }; return false }) && !data.isEmpty {
        return Tensor(shape: shape, ints: data.compactMap(\.intValue).map(Int32.init))
    }
    return Tensor(shape: shape, floats: data.compactMap(\.doubleValue).map(Float.init))
}

/// The committed goldens are what the graph-level parity tests will compare against; these checks
/// keep them consistent with their configs and checkpoints (and with each other).
@Suite("golden fixtures")
struct GoldenFixtureTests {
    @Test("T5 goldens: shapes follow the config, decoder inputs are the labels shifted right",
          arguments: ["t5-v1_0-tiny", "t5-v1_1-tiny"])
    func t5(name: String) throws {
        guard case .t5(let c) = try ModelConfig.load(path: Fixtures.path(name)) else { Issue.record("not T5"); return }
        let g = try Fixtures.json("\(name)/golden.json")
        let ids = try goldenTensor(g, "input_ids")
        let labels = try goldenTensor(g, "labels")
        let (b, l, t) = (ids.shape[0], ids.shape[1], labels.shape[1])
        #expect(try goldenTensor(g, "logits").shape == [b, t, c.vocabSize])
        #expect(try goldenTensor(g, "encoder_last_hidden_state").shape == [b, l, c.dModel])
        #expect(try goldenTensor(g, "inputs_embeds_grad").shape == [b, l, c.dModel])
        #expect(g["scale_decoder_outputs"]?.boolValue == c.scaleDecoderOutputs)
        let checkpoint = try Checkpoint(path: Fixtures.path(name))
        #expect(g["lm_head_is_shared"]?.boolValue == (c.lmHeadTensorName(in: checkpoint) == "shared.weight"))
        // decoder_input_ids = [start] + labels[:-1], with ignored (-100) labels replaced by pad.
        let shifted = try goldenTensor(g, "decoder_input_ids").ints
        for row in 0..<b {
            let lab = Array(labels.ints[(row * t)..<((row + 1) * t)])
            let want = [Int32(c.decoderStartTokenID)] + lab.dropLast().map { $0 == -100 ? Int32(c.padTokenID) : $0 }
            #expect(Array(shifted[(row * t)..<((row + 1) * t)]) == want)
        }
        let loss = try #require(g["loss"]?.doubleValue)
        #expect(loss > 0 && loss.isFinite)
    }

    @Test("BERT golden: mean_pooled is the masked mean of last_hidden_state (rel. error ≤ 1e-5)")
    func bertPooling() throws {
        let g = try Fixtures.json("bert-tiny/golden.json")
        let hidden = try goldenTensor(g, "last_hidden_state")  // (B, L, D)
        let mask = try goldenTensor(g, "attention_mask").ints   // (B, L)
        let pooled = try goldenTensor(g, "mean_pooled")          // (B, D)
        let (b, l, d) = (hidden.shape[0], hidden.shape[1], hidden.shape[2])
        var mine = [Float](repeating: 0, count: b * d)
        for i in 0..<b {
            let n = Float(mask[(i * l)..<((i + 1) * l)].reduce(0, +))
            for j in 0..<l where mask[i * l + j] == 1 {
                for k in 0..<d { mine[i * d + k] += hidden.floats[(i * l + j) * d + k] / n }
            }
        }
        #expect(maxRelativeError(Tensor(shape: [b, d], floats: mine), pooled, floor: 1e-3) <= 1e-5)
    }
}
