import Foundation
import IR
import Support

/// A Hugging Face `config.json`, for the model families the project runs.
public enum ModelConfig: Equatable, Sendable {
    case t5(T5Config)
    case bert(BertConfig)

    /// Reads `config.json` from a model folder, or the file itself.
    public static func load(path: String) throws -> ModelConfig {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let file = exists && isDirectory.boolValue ? URL(fileURLWithPath: path).appendingPathComponent("config.json").path : path
        let json = try JSONValue.load(path: file, kind: .malformedConfig)
        let fields = ConfigFields(json: json, file: file)
        guard json.objectValue != nil else {
            throw CheckpointError(.malformedConfig, file: file, "expected a JSON object")
        }
        let modelType = try fields.string("model_type")
        switch modelType {
        case "t5", "mt5", "umt5": return .t5(try T5Config(fields))
        case "bert": return .bert(try BertConfig(fields))
        default:
            throw CheckpointError(.malformedConfig, file: file,
                                  "model_type '\(modelType)' is not supported (t5 or bert)")
        }
    }

    /// Values to bind the graph's symbols (keys are the config's own field names, plus a few
    /// derived ones documented on each config type).
    public func symbols() -> [String: SymbolValue] {
        switch self {
        case .t5(let c): return c.symbols()
        case .bert(let c): return c.symbols()
        }
    }
}

/// Typed field access on a config object; every error names the file and the field.
struct ConfigFields {
    let json: JSONValue
    let file: String

    func has(_ key: String) -> Bool { json[key].map { !$0.isNull } ?? false }

    private func missing(_ key: String) -> CheckpointError {
        CheckpointError(.malformedConfig, file: file, "missing required field '\(key)'")
    }

    private func wrongType(_ key: String, _ expected: String) -> CheckpointError {
        CheckpointError(.malformedConfig, file: file, "field '\(key)' must be \(expected)")
    }

    /// Sizes, counts and ids are at most 2^24 in magnitude (the elaborator's largest dimension), so
    /// products such as d_kv·num_heads cannot overflow.
    static let maxInt = ElaborationLimits.maxDimension

    func int(_ key: String, default value: Int? = nil, positive: Bool = true) throws -> Int {
        guard has(key) else { if let value { return value }; throw missing(key) }
        guard let i = json[key]?.intValue else { throw wrongType(key, "an integer") }
        if positive && i <= 0 { throw wrongType(key, "a positive integer, got \(i)") }
        if i.magnitude > UInt(Self.maxInt) { throw wrongType(key, "at most \(Self.maxInt) in magnitude, got \(i)") }
        return i
    }

    func optionalInt(_ key: String) throws -> Int? {
        guard has(key) else { return nil }
        guard let i = json[key]?.intValue else { throw wrongType(key, "an integer") }
        if i.magnitude > UInt(Self.maxInt) { throw wrongType(key, "at most \(Self.maxInt) in magnitude, got \(i)") }
        return i
    }

    func double(_ key: String, default value: Double? = nil, positive: Bool = false) throws -> Double {
        guard has(key) else { if let value { return value }; throw missing(key) }
        guard let d = json[key]?.doubleValue, d.isFinite else { throw wrongType(key, "a finite number") }
        if positive && !(d > 0) { throw wrongType(key, "a positive number, got \(d)") }
        return d
    }

    /// A dropout rate: a number in [0, 1).
    func probability(_ key: String, default value: Double) throws -> Double {
        let p = try double(key, default: value)
        guard p >= 0, p < 1 else { throw wrongType(key, "a dropout rate in [0, 1), got \(p)") }
        return p
    }

    func bool(_ key: String) throws -> Bool? {
        guard has(key) else { return nil }
        guard let b = json[key]?.boolValue else { throw wrongType(key, "true or false") }
        return b
    }

    func string(_ key: String, default value: String? = nil) throws -> String {
        guard has(key) else { if let value { return value }; throw missing(key) }
        guard let s = json[key]?.stringValue else { throw wrongType(key, "a string") }
        return s
    }

    func fail(_ detail: String) -> CheckpointError { CheckpointError(.malformedConfig, file: file, detail) }
}
