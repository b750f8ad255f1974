import Foundation
import Support
import IR
import Models
import Runtime

/// A PEFT LoRA or prompt-tuning adapter folder (trained with PEFT, or exported by eptc) read for
/// `eptc eval|predict|run --adapter DIR`: what it is, the `--set` values that make eptc's method
/// graph its shape, and its weights under the graph's names, which start the run's trainable weights
/// (StepPrograms' `initialWeights`). Everything eptc cannot compute the way PEFT does is refused
/// here, by name; shapes and names are checked against the graph when the weights are bound.
public struct ImportedAdapter {
    public enum Kind: Equatable, Sendable {
        case lora(rank: Int, alpha: Double)
        case promptTuning(tokens: Int)
    }

    public let path: String
    public let kind: Kind
    /// The family its modules and task type name.
    public let backbone: Backbone
    /// `base_model_name_or_path`, and the SHA-256 of the base's weights when eptc wrote the folder.
    public let base: String?
    public let baseSHA256: String?
    /// Initial values by graph weight name: `<module>.lora_{A,B}.weight`, `prompt`, and eptc's
    /// encoder head (`classifier.*`) when eptc_adapter.safetensors is beside the adapter.
    public internal(set) var weights: [String: Tensor]
    /// `--set` values the head needs (eptc_adapter.json), empty without one.
    public let headSettings: [ParamBinding]
    public var notes: [String] = []

    public var method: String { if case .lora = kind { return "lora" } else { return "pt" } }
    public var hasHead: Bool { weights.keys.contains { $0.hasPrefix("classifier.") } }

    /// The graph params that give the method graph this adapter's shape.
    public var settings: ParamBindings {
        switch kind {
        case .lora(let r, let alpha):
            return ParamBindings([ParamBinding(name: "lora_rank", value: .int(r)), ParamBinding(name: "lora_alpha", value: .float(alpha))]
                                 + headSettings)
        case .promptTuning(let n): return ParamBindings([ParamBinding(name: "prompt_len", value: .int(n))] + headSettings)
        }
    }

    public static func read(_ path: String) throws -> ImportedAdapter {
        let configFile = path + "/" + PEFTFormat.config
        guard FileManager.default.fileExists(atPath: configFile) else {
            throw UserError("--adapter \(path): no \(PEFTFormat.config) there (not a PEFT adapter folder)")
        }
        let config = try trainerJSON(configFile)
        let reader = AdapterConfigReader(json: config, file: configFile)
        let file: SafeTensorsFile
        do { file = try SafeTensorsFile(path: path + "/" + PEFTFormat.weights) } catch {
            throw UserError("--adapter \(path): cannot read \(PEFTFormat.weights): \(error)")
        }
        var notes: [String] = []
        let parsed: (Kind, [String: Tensor], Backbone)
        if try reader.peftType() == "LORA" {
            parsed = try readLoRA(reader, file, notes: &notes)
        } else {
            parsed = try readPrompt(reader, file, notes: &notes)
        }
        let (kind, weights, backbone) = parsed
        let eptc = config[PEFTFormat.eptcKey]
        if eptc == nil { notes.append("--adapter \(path): the adapter does not record its base's weights hash (not written by eptc); only names and shapes are checked") }
        var adapter = ImportedAdapter(path: path, kind: kind, backbone: backbone, base: config["base_model_name_or_path"]?.stringValue,
                                      baseSHA256: eptc?["base_model_sha256"]?.stringValue, weights: weights,
                                      headSettings: [], notes: notes)
        try adapter.readHead()
        return adapter
    }

    /// LoRA: eptc's graphs compute exactly W + (α/r)·B·A on the family's q and v projections.
    static func readLoRA(_ reader: AdapterConfigReader, _ file: SafeTensorsFile, notes: inout [String])
        throws -> (Kind, [String: Tensor], Backbone) {
        try reader.refuseUnsupportedLoRA()
        let rank = try reader.positiveInt("r")
        var alpha = try reader.number("lora_alpha")
        if reader.json["use_rslora"]?.boolValue == true {
            // rsLoRA scales by α/√r; eptc's α/r equals it with α' = α·√r.
            alpha *= Double(rank).squareRoot()
            notes.append("rsLoRA scaling α/√r mapped to eptc's α/r with lora_alpha=\(alpha)")
        }
        var weights: [String: Tensor] = [:]
        for name in file.names {
            guard name.hasPrefix(PEFTFormat.loraPrefix), name.hasSuffix(".weight"),
                  name.contains(".lora_A.") || name.contains(".lora_B.") else {
                throw UserError("\(file.path): tensor '\(name)' is not a LoRA weight (base_model.model.<module>.lora_A/B.weight)")
            }
            var module = String(name.dropFirst(PEFTFormat.loraPrefix.count)).replacingOccurrences(of: ".default.weight", with: ".weight")
            if module.hasPrefix("bert.") { module = String(module.dropFirst(5)) }
            weights[module] = try file.floatTensor(name)
        }
        let backbone = try reader.family(modules: Array(weights.keys))
        let expected = Set(PEFTFormat.loraTargets(backbone))
        let targets = Set(weights.keys.map { $0.split(separator: ".").dropLast(2).last.map(String.init) ?? "" })
        guard targets == expected else {
            throw UserError("\(reader.file): target modules \(targets.sorted()): eptc's LoRA adapts exactly "
                               + "\(expected.sorted()) of every attention (graphs/lib/lora.graph)")
        }
        return (.lora(rank: rank, alpha: alpha), weights, backbone)
    }

    /// Prompt tuning: the prompt goes before the encoder's input embeddings.
    static func readPrompt(_ reader: AdapterConfigReader, _ file: SafeTensorsFile, notes: inout [String])
        throws -> (Kind, [String: Tensor], Backbone) {
        let tokens = try reader.positiveInt("num_virtual_tokens")
        let width = try reader.positiveInt("token_dim")
        let submodules = reader.json["num_transformer_submodules"]?.intValue ?? 1
        guard let info = file.info(PEFTFormat.promptKey) else {
            throw UserError("\(file.path): no '\(PEFTFormat.promptKey)' tensor")
        }
        guard info.shape == [tokens * submodules, width] else {
            throw UserError("\(file.path): '\(PEFTFormat.promptKey)' has shape \(info.shape); the config says "
                               + "\(tokens * submodules) × \(width) (num_virtual_tokens × num_transformer_submodules, token_dim)")
        }
        let all = try file.floatTensor(PEFTFormat.promptKey).floats
        if submodules > 1 {
            notes.append("the adapter's decoder-side prompt rows (num_transformer_submodules \(submodules)) are not used: "
                         + "eptc prepends the prompt to the encoder only, as PEFT's generate() does")
        }
        let prompt = Tensor(shape: [tokens, width], floats: Array(all.prefix(tokens * width)))
        return (.promptTuning(tokens: tokens), ["prompt": prompt], try reader.family(modules: []))
    }

    /// eptc's encoder head beside the adapter (eptc_adapter.{json,safetensors}), if any.
    mutating func readHead() throws {
        let configFile = path + "/" + PEFTFormat.eptcConfig
        guard FileManager.default.fileExists(atPath: configFile) else { return }
        let config = try trainerJSON(configFile)
        guard config["format"]?.stringValue == EptcAdapterFormat.name else {
            throw UserError("\(configFile): not an eptc adapter description (format \(EptcAdapterFormat.name))")
        }
        guard let head = config["head"] else { return }
        let file: SafeTensorsFile
        do { file = try SafeTensorsFile(path: path + "/" + PEFTFormat.eptcWeights) } catch {
            throw UserError("--adapter \(path): cannot read \(PEFTFormat.eptcWeights): \(error)")
        }
        var all = weights
        for name in file.names where name.hasPrefix("classifier.") { all[name] = try file.floatTensor(name) }
        let reading = head["kind"]?.stringValue
        var flags = ["head_per_layer": reading == "per_layer", "mix_layers": reading == "layer_mix"]
        for key in ["normalize_pooled", "pool_prompt"] { flags[key] = head[key]?.boolValue ?? false }
        let settings = flags.sorted { $0.key < $1.key }.map { ParamBinding(name: $0.key, value: .bool($0.value)) }
        self = ImportedAdapter(path: path, kind: kind, backbone: backbone, base: base, baseSHA256: baseSHA256, weights: all,
                               headSettings: settings, notes: notes)
    }

    /// The model folder must be of the adapter's family and, when the adapter records it, have the
    /// same weights (SHA-256) as the base it was trained on.
    public func check(base folder: ModelFolder, backbone model: Backbone) throws {
        guard model == backbone else {
            throw UserError("--adapter \(path) was trained on a \(backbone == .t5 ? "T5" : "BERT-family") model, but "
                               + "\(folder.path) is a \(model == .t5 ? "T5" : "BERT-family") model (model_type)")
        }
        guard let expected = baseSHA256 else { return }
        let actual = try folder.weightsSHA256()
        guard actual == expected else {
            throw UserError("--adapter \(path) was trained on a base model whose weights have SHA-256 \(expected) "
                               + "(\(base ?? "?")), but \(folder.path) has \(actual): another model")
        }
    }
}

/// Typed reading of adapter_config.json; errors name the file and the field.
struct AdapterConfigReader {
    let json: JSONValue
    let file: String

    func peftType() throws -> String {
        let type = json["peft_type"]?.stringValue ?? ""
        guard ["LORA", "PROMPT_TUNING"].contains(type) else {
            throw UserError("\(file): peft_type '\(type)': eptc imports LORA and PROMPT_TUNING adapters")
        }
        return type
    }

    func positiveInt(_ key: String) throws -> Int {
        guard let n = json[key]?.intValue, n > 0, n <= 1 << 24 else {
            throw UserError("\(file): field '\(key)' must be a positive integer")
        }
        return n
    }

    func number(_ key: String) throws -> Double {
        guard let v = json[key]?.doubleValue, v.isFinite else { throw UserError("\(file): field '\(key)' must be a number") }
        return v
    }

    /// What LoRA variants eptc's graph does not compute, each refused by its field.
    func refuseUnsupportedLoRA() throws {
        func refuse(_ key: String, _ why: String) throws { throw UserError("\(file): \(key) \(why)") }
        if json["use_dora"]?.boolValue == true { try refuse("use_dora", "is true: DoRA's magnitude vector has no place in eptc's LoRA") }
        if let bias = json["bias"]?.stringValue, bias != "none" { try refuse("bias", "'\(bias)': eptc's LoRA trains no biases") }
        if json["fan_in_fan_out"]?.boolValue == true { try refuse("fan_in_fan_out", "is true: T5 and BERT use Linear layouts") }
        for key in ["rank_pattern", "alpha_pattern"] where !(json[key]?.objectValue?.isEmpty ?? true) {
            try refuse(key, "is set: eptc's LoRA has one rank and one α for every module")
        }
        if let layers = json["layers_to_transform"], !layers.isNull { try refuse("layers_to_transform", "is set: eptc adapts every layer") }
        if let modules = json["modules_to_save"], !(modules.isNull || modules.arrayValue?.isEmpty == true) {
            try refuse("modules_to_save", "is set: the adapter trains whole modules of the model (such as a "
                        + "BertForSequenceClassification head) that eptc's graphs do not have")
        }
    }

    /// The family the adapter's task type and module names say.
    func family(modules: [String]) throws -> Backbone {
        let task = json["task_type"]?.stringValue
        let t5Modules = modules.contains { $0.hasPrefix("encoder.block.") || $0.hasPrefix("decoder.block.") }
        let bertModules = modules.contains { $0.hasPrefix("encoder.layer.") }
        if task == "SEQ_2_SEQ_LM" || t5Modules {
            guard !bertModules else { throw UserError("\(file): modules of both a T5 and a BERT-family model") }
            return .t5
        }
        if task == nil || ["FEATURE_EXTRACTION", "SEQ_CLS", "TOKEN_CLS"].contains(task ?? "") { return .bert }
        throw UserError("\(file): task_type '\(task ?? "")': eptc runs T5 (SEQ_2_SEQ_LM) and BERT-family encoders "
                           + "(FEATURE_EXTRACTION)")
    }
}

/// A JSON file read as the user's: errors are UserErrors naming the file.
func trainerJSON(_ path: String) throws -> JSONValue {
    do {
        return try JSONValue.load(path: path, kind: .malformedConfig)
    } catch {
        throw UserError("\(error)")
    }
}
