import Driver
import Foundation
import Models
import IR
import Runtime
import TestSupport
import Testing

/// Class 5 of the hardening issue: a model folder that does not fit the graph, and values that
/// cannot be right, are refused before anything is compiled; class 4: a step larger than the
/// machine is refused with the numbers.
@Suite(.timeLimit(.minutes(10))) struct ModelFolderHardeningTests {
    let bert = repositoryRoot + "/graphs/bert.graph"
    let mlp = repositoryRoot + "/graphs/mlp.graph"
    let tiny = repositoryRoot + "/Tests/ModelsTests/Fixtures/bert-tiny"

    /// A copy of bert-tiny with `edit` applied to its config and `keep` choosing its tensors.
    func folder(_ s: Scratch, config edit: (inout [String: Any]) -> Void = { _ in },
                keep: (String) -> Bool = { _ in true }) throws -> String {
        let dir = s.path + "/model"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let data = try Data(contentsOf: URL(fileURLWithPath: tiny + "/config.json"))
        var config = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&config)
        try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: dir + "/config.json"))
        let checkpoint = try Checkpoint(path: tiny)
        var tensors: [String: Tensor] = [:]
        for name in checkpoint.tensorNames where keep(name) { tensors[name] = try checkpoint.tensor(name) }
        try SafeTensorsWriter.write(tensors, to: dir + "/model.safetensors")
        return dir
    }

    @Test func theUnchangedCopyIsAccepted() throws {
        let s = try Scratch("copy"); defer { s.remove() }
        let r = runEPTC(["check", bert, "--model", try folder(s)], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
    }

    @Test func missingTensorIsRefused() throws {
        let s = try Scratch("missing"); defer { s.remove() }
        let dir = try folder(s, keep: { $0 != "encoder.layer.1.output.dense.weight" })
        expectRefused(["check", bert, "--model", dir], firstLine: "tensor 'encoder.layer.1.output.dense.weight' missing")
    }

    @Test func configContradictingTheTensorsIsRefused() throws {
        let s = try Scratch("contradict"); defer { s.remove() }
        let dir = try folder(s, config: { $0["intermediate_size"] = 48 })
        expectRefused(["check", bert, "--model", dir], firstLine: "shape mismatch for tensor")
    }

    /// A pipe where the weights should be is refused at once, never waited on.
    @Test func pipeAsModelWeightsIsRefused() throws {
        let s = try Scratch("fifo-weights"); defer { s.remove() }
        let dir = try folder(s)
        try FileManager.default.removeItem(atPath: dir + "/model.safetensors")
        #expect(mkfifo(dir + "/model.safetensors", 0o644) == 0)
        expectRefused(["check", bert, "--model", dir], firstLine: "model.safetensors: a pipe, not a regular file")
    }

    @Test func emptyShardedIndexIsRefused() throws {
        let s = try Scratch("index"); defer { s.remove() }
        let dir = try folder(s)
        try FileManager.default.removeItem(atPath: dir + "/model.safetensors")
        try s.write("model/model.safetensors.index.json", #"{"weight_map": {}}"#)
        expectRefused(["check", bert, "--model", dir], firstLine: "the index lists no tensors")
    }

    @Test func wrongBackboneNamesBothSides() {
        expectRefused(["check", repositoryRoot + "/graphs/ept.graph", "--model", tiny],
                      firstLine: "expects a T5 model (it declares d_ff, d_kv, d_model, gated_ffn), but this folder is model_type 'bert'")
    }

    @Test func aGraphWithoutAModelDoesNotTakeTheFoldersParams() {
        expectRefused(["check", mlp, "--model", tiny], firstLine: "graph 'mlp' uses none of this bert checkpoint's tensors")
    }

    @Test func negativeEpsilonInTheConfigIsRefused() throws {
        let s = try Scratch("eps"); defer { s.remove() }
        let dir = try folder(s, config: { $0["layer_norm_eps"] = -1e-12 })
        expectRefused(["check", bert, "--model", dir], firstLine: "field 'layer_norm_eps' must be a positive number")
    }

    /// 99,999 layers hung elaboration (the node array was copied on every append); now the node
    /// limit stops it at once. A size that would overflow d_kv·num_heads is refused in the config.
    @Test func absurdConfigSizesAreRefusedQuickly() throws {
        let s = try Scratch("layers"); defer { s.remove() }
        let many = try folder(s, config: { $0["num_hidden_layers"] = 99_999 })
        expectRefused(["check", bert, "--model", many], firstLine: "has more than 200000 values")
        let t = try Scratch("overflow"); defer { t.remove() }
        let huge = try folder(t, config: { $0["num_attention_heads"] = Int.max })
        expectRefused(["check", bert, "--model", huge], firstLine: "field 'num_attention_heads' must be at most 16777216")
    }

    @Test func valuesThatCannotBeRightAreRefused() {
        expectRefused(["check", mlp, "--set", "init_std=inf"],
                      firstLine: "initializer argument 'std' must be a finite number, got inf")
        expectRefused(["check", mlp, "--set", "init_std=1e400"], firstLine: "1e400 is out of range for a float")
        expectRefused(["check", mlp, "--set", "num_layers=99999999999999999999"],
                      firstLine: "99999999999999999999 is out of range for a 64-bit integer")
        expectRefused(["check", repositoryRoot + "/graphs/attention.graph", "--set", "eps=-0.5"],
                      firstLine: "must be a finite number ≥ 0, got -0.5")
    }

    @Test(arguments: [("null", "null"), ("[1, 2]", "a list"), (#"{"a": 1}"#, "an object")])
    func configValuesOfTheWrongKindAreRefused(_ json: String, _ what: String) throws {
        let s = try Scratch("kind"); defer { s.remove() }
        let config = try s.write("cfg.json", #"{"architectures": ["x"], "num_layers": \#(json)}"#)
        expectRefused(["check", mlp, "--config", config],
                      firstLine: "param 'num_layers' is int but the config value of 'num_layers' is \(what)")
    }

    @Test func malformedConfigJSONGetsALineAndColumn() throws {
        let s = try Scratch("json"); defer { s.remove() }
        let config = try s.write("cfg.json", "{\n  \"num_layers\": 2,\n  \"batch\": ]\n}\n")
        expectRefused(["check", mlp, "--config", config], firstLine: "cfg.json:3:")
    }

    /// Training would spread a NaN from one weight to all of them: loading refuses it, in a
    /// frozen tensor read in place from the mapping as well as in a copied one.
    @Test(arguments: ["encoder.layer.0.attention.self.query.weight", "embeddings.LayerNorm.bias"])
    func nonFiniteWeightsAreRefusedOnLoad(_ poisoned: String) throws {
        let s = try Scratch("nan"); defer { s.remove() }
        let dir = try folder(s, keep: { $0 != poisoned })
        let checkpoint = try Checkpoint(path: tiny)
        var values = try checkpoint.tensor(poisoned).floats
        values[values.count / 2] = .nan
        var tensors: [String: Tensor] = [:]
        for name in checkpoint.tensorNames { tensors[name] = try checkpoint.tensor(name) }
        tensors[poisoned] = Tensor(TensorType(.f32, try #require(checkpoint.info(poisoned)).shape), storage: .f32(values))
        try SafeTensorsWriter.write(tensors, to: dir + "/model.safetensors")
        let model = try ModelFolder(path: dir)
        let graph = try model.elaborate(bert)
        #expect {
            _ = try model.weightStore(for: graph)
        } throws: { error in
            "\(error)".contains("non-finite values (NaN or infinity) in '\(poisoned)'")
        }
    }

    // MARK: 4. Resources

    /// 8 weights of 2^32 floats (128 GiB), kept twice: more than any test machine has.
    @Test func benchRefusesAGraphLargerThanMemory() throws {
        let s = try Scratch("huge"); defer { s.remove() }
        var text = ""
        for k in 0..<8 { text += "weight w\(k): f32[65536, 65536] trainable init zeros\n" }
        let file = try s.write("huge.graph", entryGraph("", prelude: text))
        expectRefused(["bench", file, "--repeat", "1", "--no-interpreter"], firstLine: "needs about")
    }
}
