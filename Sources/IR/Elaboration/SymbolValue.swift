import Foundation

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
        let object: [String: JSONScalar]
        do {
            object = try JSONDecoder().decode([String: JSONScalar].self, from: data)
        } catch {
            throw BindingError("\(path)\(jsonErrorPosition(error, in: data)): not a JSON object of settings (\(describe(error)))")
        }
        var values: [String: SymbolValue] = [:], unusable: [String: String] = [:]
        for (key, scalar) in object {
            if let v = scalar.value {
                if case .float(let d) = v, !d.isFinite {
                    throw BindingError("\(path): '\(key)' is \(d), not a finite number")
                }
                values[key] = v
            } else {
                unusable[key] = scalar.kind
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

/// One JSON value, kept only when it is a number, a bool or a string.
private struct JSONScalar: Decodable {
    var value: SymbolValue?
    /// For a value that is none of those: null, a list or an object.
    var kind = ""

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) {
            value = .bool(b)
        } else if let i = try? c.decode(Int.self) {
            value = .int(i)
        } else if let d = try? c.decode(Double.self) {
            value = .float(d)
        } else if let s = try? c.decode(String.self) {
            value = .string(s)
        } else {
            value = nil
            if c.decodeNil() { kind = "null" }
            else if (try? c.decode([JSONScalar].self)) != nil { kind = "a list" }
            else { kind = "an object" }
        }
    }
}

/// `:LINE:COLUMN` of a JSON syntax error in `data` (empty when there is none or it cannot be
/// placed). JSONDecoder does not say where; JSONSerialization does ("around character N").
public func jsonErrorPosition(_ error: Error, in data: Data) -> String {
    var index: Int?
    do {
        _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
        let info = (error as NSError).userInfo
        index = info["NSJSONSerializationErrorIndex"] as? Int
        if index == nil, let text = info[NSDebugDescriptionErrorKey] as? String,
           let r = text.range(of: "character ") {
            index = Int(text[r.upperBound...].prefix { $0.isNumber })
        }
    }
    guard let index, index >= 0, index <= data.count else { return "" }
    var line = 1, column = 1
    for byte in data.prefix(index) {
        if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
    }
    return ":\(line):\(column)"
}
