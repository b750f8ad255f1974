import IR
import Runtime
import Syntax
import Testing

/// `init_prompt` is how P starts from vocabulary embeddings: the runner passes s token ids and
/// the entry assigns those rows of the frozen embedding table to P (and returns them).
@Suite struct InitPromptTests {
    @Test(arguments: [("ept", "shared_weight"), ("dept", "shared_weight"), ("pt", "shared_weight"),
                      ("ept-bert", "embeddings_word_embeddings_weight"), ("dept-bert", "embeddings_word_embeddings_weight")])
    func copiesVocabularyRows(_ method: String, _ table: String) throws {
        let bert = method.hasSuffix("bert")
        let graph = try elaborateMethod(method, ["prompt_len": .int(3), "max_len": .int(4), "rank": .int(2), "L": .int(4)]
                                            .filter { method != "pt" || ["prompt_len", "L"].contains($0.key) },
                                        config: bert ? tinyBERTConfig : tinyT5Config)
        let store = try WeightStore(graph: graph, provided: randomWeights(graph, seed: 4, dtype: .f32))
        let vocabulary = try #require(store[table])
        let before = try #require(store["prompt"])
        let ids: [Int32] = [5, 0, 19]
        let out = try Interpreter(graph: graph, weights: store).run("init_prompt", inputs: ["prompt_ids": Tensor(shape: [3], ints: ids)])
        let d = vocabulary.shape[1]
        let expected = ids.flatMap { id in vocabulary.floats[Int(id) * d..<(Int(id) + 1) * d] }
        #expect(try #require(store["prompt"]).floats == expected)
        #expect(try #require(out["prompt_rows"]).floats == expected)
        #expect(before.floats != expected)
        // An id outside the vocabulary is an error, and P is left as it was.
        let fresh = try WeightStore(graph: graph, provided: randomWeights(graph, seed: 4, dtype: .f32))
        #expect(throws: (any Error).self) {
            try Interpreter(graph: graph, weights: fresh).run("init_prompt", inputs: ["prompt_ids": Tensor(shape: [3], ints: [1, 20, 2])])
        }
        #expect(fresh["prompt"]?.floats == before.floats)
    }
}
