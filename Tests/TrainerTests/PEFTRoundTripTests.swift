import Foundation
import IR
import Models
import Support
import Runtime
import TestSupport
import Testing
@testable import Trainer

/// PEFT adapters written by PEFT itself (tools/peft/make_peft_fixtures.py, on the tiny test models)
/// are imported and computed by eptc's method graphs — the outputs PEFT computed, within 1e-5 of
/// their largest magnitude — and eptc's export of the same weights has PEFT's tensor names, shapes,
/// dtypes and config keys.
@Suite struct PEFTRoundTripTests {
    static let fixtures = repositoryRoot + "/Tests/TrainerTests/Fixtures/peft"

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String, graph: String, base: String, entry: String, output: String, expected: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "t5-lora", graph: "lora.graph", base: "t5-v1_0-tiny", entry: "logits", output: "logits", expected: "logits"),
        Case(name: "t5-lora", graph: "lora.graph", base: "t5-v1_0-tiny", entry: "logits", output: "encoder_output",
             expected: "encoder_output"),
        Case(name: "t5-prompt", graph: "pt.graph", base: "t5-v1_0-tiny", entry: "logits", output: "logits", expected: "logits"),
        Case(name: "bert-lora", graph: "lora-bert.graph", base: "bert-tiny", entry: "encode", output: "hidden", expected: "hidden"),
        Case(name: "bert-prompt", graph: "pt-bert.graph", base: "bert-tiny", entry: "encode", output: "hidden", expected: "hidden"),
    ]

    /// The adapter's graph over its base, weights bound from the adapter (as `--adapter` binds them).
    static func engine(_ c: Case, _ adapter: ImportedAdapter, _ expected: SafeTensorsFile) throws -> Interpreter {
        let folder = try ModelFolder(path: repositoryRoot + "/Tests/ModelsTests/Fixtures/" + c.base)
        var bindings = adapter.settings.values
        let ids = try expected.tensor("input_ids")
        bindings["B"] = .int(ids.shape[0])
        bindings["L"] = .int(ids.shape[1])
        if let decoder = expected.info("decoder_input_ids") { bindings["T"] = .int(decoder.shape[1]) }
        let graph = try folder.elaborate(repositoryRoot + "/graphs/" + c.graph, bindings: bindings)
        try StepPrograms.checkInitialWeights(adapter.weights, graph, c.graph)
        return Interpreter(graph: graph, weights: try folder.weightStore(for: graph, overrides: adapter.weights))
    }

    @Test(arguments: cases) func importedAdapterComputesWhatPEFTComputed(_ c: Case) throws {
        let adapter = try ImportedAdapter.read(Self.fixtures + "/" + c.name)
        let expected = try SafeTensorsFile(path: Self.fixtures + "/" + c.name + "/expected.safetensors")
        let engine = try Self.engine(c, adapter, expected)
        var inputs: [String: Tensor] = [:]
        for p in engine.graph.entry(named: c.entry)?.parameters ?? [] { inputs[p.name] = try expected.tensor(p.name) }
        let out = try #require(try engine.run(c.entry, inputs: inputs)[c.output])
        var want = try expected.tensor(c.expected)
        if c.output == "encoder_output", let mask = inputs["attention_mask"] {
            want = zeroingPaddedRows(want, mask: mask)     // eptc's T5 encoder output at padded positions
        }
        #expect(out.shape == want.shape)
        let scale = want.floats.map { abs($0) }.max() ?? 1
        let error = zip(out.floats, want.floats).map { abs($0 - $1) }.max() ?? .infinity
        #expect(error <= 1e-5 * max(1, scale), "\(c.name) \(c.output): max |eptc − PEFT| = \(error) (scale \(scale))")
        // The adapter changes the output: the same graph without it differs (the check can fail).
        let plain = try Self.engine(c, try ImportedAdapter.read(Self.fixtures + "/" + c.name).zeroed(), expected)
        let base = try #require(try plain.run(c.entry, inputs: inputs)[c.output])
        #expect((zip(base.floats, want.floats).map { abs($0 - $1) }.max() ?? 0) > 1e-3 * max(1, scale))
    }

    /// The other way round for what PEFT has no type for: random EPT weights in eptc's export layout
    /// (eptc_adapter.*), and the logits tools/torch/eptc_adapter.py's EptcT5 computed with them on the
    /// tiny T5 — eptc's graph computes the same.
    @Test func eptcAdapterModuleComputesWhatTheGraphComputes() throws {
        let folder = Self.fixtures + "/t5-ept"
        let config = try JSONValue.load(path: folder + "/" + PEFTFormat.eptcConfig, kind: .malformedConfig)
        let prompt = try #require(config["prompt"]?.objectValue)
        let weights = try SafeTensorsFile(path: folder + "/" + PEFTFormat.eptcWeights)
        var initial: [String: Tensor] = [:]
        for name in weights.names { initial[name] = try weights.tensor(name) }
        let expected = try SafeTensorsFile(path: folder + "/expected.safetensors")
        let ids = try expected.tensor("input_ids"), decoder = try expected.tensor("decoder_input_ids")
        var bindings: [String: SymbolValue] = ["B": .int(ids.shape[0]), "L": .int(ids.shape[1]), "T": .int(decoder.shape[1])]
        for (key, value) in prompt {
            switch value {
            case .bool(let b): bindings[key] = .bool(b)
            case .int(let n): bindings[key] = .int(n)
            case .double(let v): bindings[key] = .float(v)
            default: break
            }
        }
        let model = try ModelFolder(path: repositoryRoot + "/Tests/ModelsTests/Fixtures/t5-v1_0-tiny")
        let graph = try model.elaborate(repositoryRoot + "/graphs/ept.graph", bindings: bindings)
        try StepPrograms.checkInitialWeights(initial, graph, "ept.graph")
        let engine = Interpreter(graph: graph, weights: try model.weightStore(for: graph, overrides: initial))
        let out = try #require(try engine.run("logits", inputs: ["input_ids": ids, "attention_mask": try expected.tensor("attention_mask"),
                                                                 "decoder_input_ids": decoder])["logits"])
        let want = try expected.tensor("logits")
        let scale = want.floats.map { abs($0) }.max() ?? 1
        let error = zip(out.floats, want.floats).map { abs($0 - $1) }.max() ?? .infinity
        #expect(out.shape == want.shape && error <= 1e-5 * max(1, scale), "max |eptc − EptcT5| = \(error) (scale \(scale))")
    }

    /// The adapter config read back: kind, rank, α and the base named in it.
    @Test func adapterConfigsAreRead() throws {
        let lora = try ImportedAdapter.read(Self.fixtures + "/t5-lora")
        #expect(lora.kind == .lora(rank: 2, alpha: 4) && lora.backbone == .t5)
        #expect(lora.base == "Tests/ModelsTests/Fixtures/t5-v1_0-tiny" && lora.baseSHA256 == nil)
        #expect(lora.weights.count == 2 * (2 * 2 + 2 * 4))     // A and B; 2 encoder + 2·2 decoder attentions × q, v
        let prompt = try ImportedAdapter.read(Self.fixtures + "/bert-prompt")
        #expect(prompt.kind == .promptTuning(tokens: 3) && prompt.backbone == .bert)
        #expect(prompt.weights["prompt"]?.shape == [3, 32])
    }

    /// eptc's writer, given the fixture's weights, writes what PEFT wrote: the same tensor names,
    /// shapes and dtypes, and the same config keys with the same values where eptc decides them.
    @Test(arguments: ["t5-lora", "t5-prompt", "bert-lora", "bert-prompt"]) func exportMatchesPEFTLayout(_ name: String) throws {
        let peftFolder = Self.fixtures + "/" + name
        let adapter = try ImportedAdapter.read(peftFolder)
        let out = try temporaryDirectory("export-\(name)")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let base = "Tests/ModelsTests/Fixtures/" + (adapter.backbone == .t5 ? "t5-v1_0-tiny" : "bert-tiny")
        switch adapter.kind {
        case .lora(_, let alpha):
            let tensors = adapter.weights.sorted { $0.key < $1.key }.map { (name: $0.key, tensor: $0.value) }
            _ = try PEFTWriter.lora(tensors, alpha: alpha, backbone: adapter.backbone, base: base, eptc: .object([:]), into: out)
        case .promptTuning:
            let (layers, heads) = (2, 4)      // both tiny models: 2 layers (per stack), 4 heads
            _ = try PEFTWriter.prompt(try #require(adapter.weights["prompt"]), layers: layers, heads: heads,
                                      backbone: adapter.backbone, base: base, eptc: .object([:]), into: out)
        }
        let theirs = try SafeTensorsFile(path: peftFolder + "/" + PEFTFormat.weights)
        let ours = try SafeTensorsFile(path: out + "/" + PEFTFormat.weights)
        #expect(ours.names == theirs.names)
        for n in theirs.names {
            #expect(ours.info(n)?.shape == theirs.info(n)?.shape && ours.info(n)?.dtype == theirs.info(n)?.dtype, "\(n)")
            #expect(try ours.tensor(n) == theirs.tensor(n), "\(n): the values went through unchanged")
        }
        let theirConfig = try #require(try JSONValue.load(path: peftFolder + "/" + PEFTFormat.config, kind: .malformedConfig).objectValue)
        var ourConfig = try #require(try JSONValue.load(path: out + "/" + PEFTFormat.config, kind: .malformedConfig).objectValue)
        #expect(ourConfig.removeValue(forKey: PEFTFormat.eptcKey) != nil)
        let onlyPEFT = Set(theirConfig.keys).subtracting(ourConfig.keys).sorted()
        let onlyEptc = Set(ourConfig.keys).subtracting(theirConfig.keys).sorted()
        #expect(onlyPEFT.isEmpty && onlyEptc.isEmpty, "keys only PEFT wrote: \(onlyPEFT); only eptc: \(onlyEptc)")
        let decided = ["peft_type", "task_type", "r", "lora_alpha", "target_modules", "bias", "fan_in_fan_out", "use_dora",
                       "use_rslora", "num_virtual_tokens", "token_dim", "num_transformer_submodules", "num_layers",
                       "num_attention_heads", "base_model_name_or_path", "inference_mode", "lora_dropout"]
        for key in decided where theirConfig[key] != nil {
            #expect(Self.same(ourConfig[key], theirConfig[key]), "\(key): eptc \(String(describing: ourConfig[key])), PEFT \(String(describing: theirConfig[key]))")
        }
    }

    /// JSON values equal up to number kind (PEFT may write 4 or 4.0) and list order (target modules).
    static func same(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        if let x = a?.doubleValue, let y = b?.doubleValue { return x == y }
        if let x = a?.arrayValue, let y = b?.arrayValue {
            return x.compactMap(\.stringValue).sorted() == y.compactMap(\.stringValue).sorted()
        }
        return a == b
    }
}

extension ImportedAdapter {
    /// The same adapter with every weight zero (LoRA then adds nothing; a zero prompt still attends).
    func zeroed() -> ImportedAdapter {
        var copy = self
        copy.weights = weights.mapValues { Tensor.zeros($0.type) }
        return copy
    }
}
