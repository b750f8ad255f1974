import Foundation
import Support
import IR
import Models
import Runtime

/// `eptc export`: a trained run's weights as files PyTorch reads (PEFTFormat): LoRA and prompt
/// tuning as PEFT adapters, EPT / DePT and the encoder head as eptc_adapter.{json,safetensors} for
/// tools/torch/eptc_adapter.py, and with `merge` (LoRA, full fine-tuning) a whole Hugging Face model
/// folder (MergedModel). Everything goes into a temporary folder first (ExportFolder).
public struct AdapterExport {
    public let session: RunSession
    public let store: WeightStore
    /// Where the weights came from: recorded in eptc_export.json.
    public let source: [String: JSONValue]
    /// The standard T5 vocabulary a T5 folder without its own was trained with (copied by --merge).
    public let t5Vocabulary: String?

    public init(session: RunSession, store: WeightStore, run: String, checkpoint: String, step: Int, t5Vocabulary: String?) {
        self.session = session
        self.store = store
        self.t5Vocabulary = t5Vocabulary
        source = ["run": .string(run), "checkpoint": .string(checkpoint), "step": .int(step)]
    }

    var settings: ResolvedSettings { ResolvedSettings(session: session) }

    var configuration: RunConfiguration { session.configuration }
    var backbone: Backbone { configuration.backbone }

    /// The trained tensors under their export names (checkpoint name, else IR name), in store order.
    var trained: [(name: String, tensor: Tensor)] {
        store.weights.enumerated().filter { $0.element.role == .trainable }
            .map { (name: $0.element.checkpointName ?? $0.element.name, tensor: store[$0.offset]) }
    }

    /// Writes the export into `out`; returns the file names written.
    public func write(to out: String, merge: Bool) throws -> [String] {
        let method = configuration.method
        if merge, !["lora", "finetune"].contains(method) {
            throw UserError("--merge: only LoRA and full fine-tuning change the model's own weights; \(method) exports "
                               + "as an adapter (run without --merge)")
        }
        if !merge, method == "finetune" {
            throw UserError("full fine-tuning trains the whole model: export it with --merge (a Hugging Face model folder)")
        }
        let hash = try session.folder.weightsSHA256()
        let identity = baseIdentity(hash)
        let parts = try AdapterParts(trained, method: method)
        var written: [String] = []
        try ExportFolder.write(to: out, manifest: .object(source.merging(identity) { a, _ in a })) { folder in
            if merge {
                written += try MergedModel(session: session, updates: parts.mergeUpdates(), t5Vocabulary: t5Vocabulary)
                    .write(into: folder)
            } else if method == "lora" {
                written += try writeLoRA(parts, identity: identity, into: folder)
            } else if method == "pt" {
                written += try writePrompt(parts, identity: identity, into: folder)
            }
            if let extras = try extras(parts, identity: identity) {
                try SafeTensorsWriter.write(extras.tensors, metadata: ["format": "pt"], to: folder + "/" + PEFTFormat.eptcWeights)
                try writeJSON(extras.config, to: folder + "/" + PEFTFormat.eptcConfig)
                written += [PEFTFormat.eptcConfig, PEFTFormat.eptcWeights]
            }
        }
        return written
    }

    /// What every config eptc writes says of the base model (and the run).
    func baseIdentity(_ hash: String) -> [String: JSONValue] {
        ["base_model_name_or_path": .string(configuration.model), "base_model_sha256": .string(hash),
         "base_model_type": .string(backbone.rawValue), "method": .string(configuration.method),
         "task": .string(configuration.task)]
    }

    func writeLoRA(_ parts: AdapterParts, identity: [String: JSONValue], into folder: String) throws -> [String] {
        try PEFTWriter.lora(parts.lora, alpha: try settings.loraAlpha, backbone: backbone, base: configuration.model,
                            eptc: .object(identity), into: folder)
    }

    func writePrompt(_ parts: AdapterParts, identity: [String: JSONValue], into folder: String) throws -> [String] {
        guard let prompt = parts.prompt.first(where: { $0.name == "prompt" })?.tensor else {
            throw UserError("the run has no prompt to export")
        }
        let (layers, heads) = session.folder.config.layersAndHeads
        return try PEFTWriter.prompt(prompt, layers: layers, heads: heads, backbone: backbone, base: configuration.model,
                                     eptc: .object(identity), into: folder)
    }

    /// eptc_adapter.{json,safetensors}: the EPT/DePT prompt side and the encoder head; nil when the
    /// method has neither outside PEFT's files.
    func extras(_ parts: AdapterParts, identity: [String: JSONValue]) throws -> (config: JSONValue, tensors: [(name: String, tensor: Tensor)])? {
        let promptSide = ["ept", "dept"].contains(configuration.method) ? parts.prompt : []
        guard !promptSide.isEmpty || !parts.head.isEmpty else { return nil }
        var config = identity
        config["format"] = .string(EptcAdapterFormat.name)
        if !promptSide.isEmpty { config["prompt"] = try promptSettings(promptSide) }
        if !parts.head.isEmpty { config["head"] = try headSettings(parts.head) }
        config["label_words"] = .array(session.task.labelWords.map(JSONValue.string))
        return (.object(config), promptSide + parts.head)
    }

    /// The EPT / DePT switches the Python module needs, read off the weights' shapes where they
    /// decide them and off the run's settings (or the graph's defaults) otherwise.
    func promptSettings(_ tensors: [(name: String, tensor: Tensor)]) throws -> JSONValue {
        func shape(_ name: String) -> [Int]? { tensors.first { $0.name == name }?.tensor.shape }
        guard let prompt = shape("prompt"), let a = shape("lowrank_a") else {
            throw UserError("the run's prompt side has no 'prompt' or 'lowrank_a' weight to export")
        }
        if try settings.bool("prompt_after_embeddings") == true {
            throw UserError("prompt_after_embeddings=true has no PyTorch counterpart in tools/torch/eptc_adapter.py yet; "
                               + "export a run with the default prompt position")
        }
        let spaces = tensors.filter { $0.name.hasPrefix("space_") && $0.name.hasSuffix("_down") }
        return .object([
            "prompt_len": .int(prompt[0]), "max_len": .int(a[0]), "rank": .int(a[1]),
            "alpha": .double(try settings.float("alpha") ?? 1), "spaces": .int(spaces.count),
            "space_width": .int(shape("space_0_down")?[1] ?? 0), "use_multispace": .bool(shape("space_gate") != nil),
            "use_fusion": .bool(shape("fusion_scale") != nil),
        ])
    }

    /// The encoder head: which reading (last layer, per layer, a layer mix), its switches and size.
    func headSettings(_ tensors: [(name: String, tensor: Tensor)]) throws -> JSONValue {
        let perLayer = tensors.contains { $0.name.hasPrefix("classifier.layer.") && $0.name.hasSuffix(".weight") }
        let mix = tensors.contains { $0.name == "classifier.layer_mix" }
        let labels = tensors.first { $0.name == "classifier.bias" }?.tensor.shape.first ?? 0
        return .object([
            "kind": .string(perLayer ? "per_layer" : mix ? "layer_mix" : "last_layer"), "num_labels": .int(labels),
            "normalize_pooled": .bool(try settings.bool("normalize_pooled") ?? false),
            "pool_prompt": .bool(try settings.bool("pool_prompt") ?? false),
            "regression": .bool(try settings.bool("regression") ?? false),
        ])
    }
}

/// The trained tensors sorted by where they go.
struct AdapterParts {
    var lora: [(name: String, tensor: Tensor)] = []
    var prompt: [(name: String, tensor: Tensor)] = []
    var head: [(name: String, tensor: Tensor)] = []
    var backbone: [(name: String, tensor: Tensor)] = []

    init(_ trained: [(name: String, tensor: Tensor)], method: String) throws {
        for t in trained {
            if t.name.hasSuffix(".lora_A.weight") || t.name.hasSuffix(".lora_B.weight") { lora.append(t) }
            else if t.name.hasPrefix("classifier.") { head.append(t) }
            else if method == "finetune" { backbone.append(t) }
            else { prompt.append(t) }
        }
    }

    /// Checkpoint name → new value for the merged model: fine-tuned weights as trained, LoRA's
    /// W + (α/r)·B·A (computed by MergedModel from the base W).
    func mergeUpdates() -> MergedModel.Updates {
        MergedModel.Updates(replaced: Dictionary(backbone.map { ($0.name, $0.tensor) }, uniquingKeysWith: { a, _ in a }),
                            lora: lora)
    }
}

/// The two PEFT adapter files, from tensors under eptc's names.
public enum PEFTWriter {
    /// LoRA: `<module>.lora_{A,B}.weight` → base_model.model.<module>.lora_{A,B}.weight; r from A's rows.
    public static func lora(_ tensors: [(name: String, tensor: Tensor)], alpha: Double, backbone: Backbone, base: String,
                            eptc: JSONValue, into folder: String) throws -> [String] {
        guard let a = tensors.first(where: { $0.name.hasSuffix(".lora_A.weight") }), a.tensor.shape.count == 2 else {
            throw UserError("no LoRA weights to export")
        }
        let named = tensors.map { (name: PEFTFormat.loraPrefix + $0.name, tensor: $0.tensor) }
        try SafeTensorsWriter.write(named, metadata: ["format": "pt"], to: folder + "/" + PEFTFormat.weights)
        let config = PEFTFormat.loraConfig(rank: a.tensor.shape[0], alpha: alpha, backbone: backbone, base: base, eptc: eptc)
        try writeJSON(config, to: folder + "/" + PEFTFormat.config)
        return [PEFTFormat.config, PEFTFormat.weights]
    }

    /// Prompt tuning: the (num_virtual_tokens, token_dim) prompt as prompt_embeddings.
    public static func prompt(_ prompt: Tensor, layers: Int, heads: Int, backbone: Backbone, base: String,
                              eptc: JSONValue, into folder: String) throws -> [String] {
        guard prompt.shape.count == 2 else { throw UserError("the prompt is not a matrix: shape \(prompt.shape)") }
        try SafeTensorsWriter.write([(name: PEFTFormat.promptKey, tensor: prompt)], metadata: ["format": "pt"],
                                    to: folder + "/" + PEFTFormat.weights)
        let config = PEFTFormat.promptConfig(tokens: prompt.shape[0], width: prompt.shape[1], layers: layers, heads: heads,
                                             backbone: backbone, base: base, eptc: eptc)
        try writeJSON(config, to: folder + "/" + PEFTFormat.config)
        return [PEFTFormat.config, PEFTFormat.weights]
    }
}

/// Graph params as a run bound them: its settings (and what the runner binds), else the graph's
/// literal default.
struct ResolvedSettings {
    let session: RunSession

    func value(_ name: String) throws -> SymbolValue? {
        if let value = try session.graphSettings()[name] { return value }
        return try? Elaborator(loader: FileSystemLoader()).literalDefault(of: name, file: session.configuration.graph)
    }

    func float(_ name: String) throws -> Double? {
        switch try value(name) {
        case .float(let v)?: return v
        case .int(let v)?: return Double(v)
        default: return nil
        }
    }

    func bool(_ name: String) throws -> Bool? {
        if case .bool(let b)? = try value(name) { return b }
        return nil
    }

    /// LoRA's α (lib/lora.graph's default 16 unless set).
    var loraAlpha: Double { get throws { try float("lora_alpha") ?? 16 } }
}

/// eptc_adapter.json's format name: the Python module refuses another.
public enum EptcAdapterFormat {
    public static let name = "eptc-adapter-1"
}

/// JSON through the one writer (atomic), as Python's json.dumps(indent=2, sort_keys=True) lays it out.
func writeJSON(_ value: JSONValue, to path: String) throws {
    do {
        try OutputFile.write(Array((value.text() + "\n").utf8), to: path, regularOnly: true)
    } catch let failure as OutputFile.Failure {
        throw UserError(failure.description)
    }
}

extension ModelConfig {
    /// (layers, attention heads): what PEFT's prompt-tuning config records of the base model.
    var layersAndHeads: (Int, Int) {
        let symbols = self.symbols()
        func int(_ key: String) -> Int { if case .int(let n)? = symbols[key] { return n } else { return 0 } }
        switch self {
        case .t5: return (int("num_layers"), int("num_heads"))
        case .bert: return (int("num_hidden_layers"), int("num_attention_heads"))
        }
    }
}
