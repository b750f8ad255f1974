import Foundation
import Support

/// A compile-time value: params, loop variables, folded constants, compile-time fn arguments.
public enum SymbolValue: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case float(Double)
    case bool(Bool)
    /// Strings name things (checkpoint prefixes, stacks); they interpolate into weight names.
    case string(String)

    public var description: String {
        switch self {
        case .int(let v): return String(v)
        case .float(let v): return formatFloat(v)
        case .bool(let v): return v ? "true" : "false"
        case .string(let v): return v
        }
    }

    /// What the value is called in messages.
    public var kindName: String {
        switch self {
        case .int: return "int"
        case .float: return "float"
        case .bool: return "bool"
        case .string: return "string"
        }
    }

    /// The value as a number (ints convert), nil for a bool or a string.
    public var asDouble: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .float(let v): return v
        case .bool, .string: return nil
        }
    }

    /// Reads a `--set` value: `true`/`false`, an integer, a float (`1e-6`, `inf`, `-0.5`), else a string.
    public init(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t == "true" { self = .bool(true); return }
        if t == "false" { self = .bool(false); return }
        if let i = Int(t) { self = .int(i); return }
        if let d = Double(t) { self = .float(d); return }
        self = .string(text)
    }
}

/// Why a binding source (`--set`, a config file) could not be read.
public struct BindingError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Compile-time bindings from JSON config files (`--set` is `ParamBindings`).
public enum SymbolBindings {
    /// Every top-level number, bool or string of a JSON object (e.g. a Hugging Face `config.json`);
    /// lists, objects and nulls are skipped.
    public static func parse(configJSON data: Data, path: String) throws(BindingError) -> [String: SymbolValue] {
        try parseConfig(data, path: path).values
    }

    /// The config's usable values, and the keys whose values are null, lists or objects (with
    /// what they are), so a param of that name is refused rather than silently left unbound.
    /// Malformed JSON is reported with its line and column.
    public static func parseConfig(_ data: Data, path: String) throws(BindingError)
        -> (values: [String: SymbolValue], unusable: [String: String]) {
        let object: [String: JSONValue]
        do {
            object = try JSONDecoder().decode([String: JSONValue].self, from: data)
        } catch {
            throw BindingError("\(path)\(jsonErrorPosition(error, in: data)): not a JSON object of settings (\(describe(error)))")
        }
        var values: [String: SymbolValue] = [:], unusable: [String: String] = [:]
        for (key, json) in object {
            switch json {
            case .bool(let b): values[key] = .bool(b)
            case .int(let i): values[key] = .int(i)
            case .double(let d):
                guard d.isFinite else { throw BindingError("\(path): '\(key)' is \(d), not a finite number") }
                values[key] = .float(d)
            case .string(let s): values[key] = .string(s)
            case .null: unusable[key] = "null"
            case .array: unusable[key] = "a list"
            case .object: unusable[key] = "an object"
            }
        }
        return (values, unusable)
    }


    private static func describe(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        if case DecodingError.typeMismatch(_, let context) = error { return context.debugDescription }
        return "\(error)"
    }
}
