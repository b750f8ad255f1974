import Foundation
import IR
import Runtime
import Testing

/// Greedy decoding stops a sequence at EOS as transformers' `generate` does: once a row has
/// produced `eos_token_id`, every later step emits `pad_token_id`. The test makes the model's
/// own first prediction the EOS id, so the rest of each row must be padding — on both engines.
@Suite(.serialized) struct GreedyEOSTests {
    @Test(arguments: EngineKind.allCases)
    func rowsArePaddedAfterEOS(engine: EngineKind) throws {
        let golden = try Fixtures.json("t5-v1_0-tiny/golden.json")
        let inputs = try goldenInputs(golden, ["input_ids": "input_ids", "attention_mask": "attention_mask"])
        let ids = inputs["input_ids"]!
        func greedy(_ extra: [String: SymbolValue]) throws -> Tensor {
            var bindings: [String: SymbolValue] = ["B": .int(ids.shape[0]), "L": .int(ids.shape[1]), "T": .int(4)]
            bindings.merge(extra) { $1 }
            let model = try ParityModel.shared("greedy-eos:\(extra)") {
                try ParityModel(folder: Fixtures.path("t5-v1_0-tiny"), graph: ParityPaths.repository("graphs/t5.graph"),
                                bindings: bindings)
            }
            return try #require(try model.engine(engine).run("greedy", inputs: inputs)["tokens"])
        }
        let plain = try greedy([:])
        let first = plain.ints[0]   // row 0's first prediction
        try #require(first != 0, "the first prediction is already the pad token; pick another fixture")
        let stopped = try greedy(["eos_token_id": .int(Int(first)), "pad_token_id": .int(0)])
        let t = plain.shape[1]
        for row in 0..<plain.shape[0] {
            let tokens = Array(stopped.ints[(row * t)..<((row + 1) * t)])
            if let eos = tokens.firstIndex(of: first) {
                #expect(tokens[(eos + 1)...].allSatisfy { $0 == 0 }, "row \(row): \(tokens)")
                // Before EOS, decoding is unchanged.
                #expect(Array(tokens[...eos]) == Array(plain.ints[(row * t)...(row * t + eos)]), "row \(row)")
            } else {
                #expect(tokens == Array(plain.ints[(row * t)..<((row + 1) * t)]), "row \(row)")
            }
        }
        #expect(stopped.ints[0] == first && stopped.ints[1...(t - 1)].allSatisfy { $0 == 0 })
    }
}
