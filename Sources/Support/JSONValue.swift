import Foundation

/// eptc's one JSON value — config.json, tokenizer.json, SuperGLUE's JSON lines, run logs — with its
/// exact kind kept (a `true` is not a `1`, a `1.5` is not an `Int`), so a reader can say precisely
/// which field has the wrong type, and a malformed file is placed by line and column.
public indirect enum JSONValue: Equatable, Sendable, Codable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .int(let i): try c.encode(i)
        case .double(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// Why bytes are not JSON: the reader's words and where (`:LINE:COLUMN`, empty when unknown).
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var position: String
        public var reason: String
        public var description: String { reason }
    }

    /// Parses a whole document.
    public static func parse(_ data: Data) throws(SyntaxError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw SyntaxError(position: jsonErrorPosition(error, in: data), reason: describeDecoding(error))
        }
    }

    /// One line of a JSON-lines file, compact and with sorted keys (what run logs write).
    public func line() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding a JSONValue cannot fail: every case maps onto JSON (non-finite doubles excepted,
        // which become null as JSONSerialization would refuse them).
        return (try? encoder.encode(self.finite)) ?? Data("null".utf8)
    }

    /// A whole document, indented and with sorted keys (what eptc writes for people to read).
    public func pretty() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(self.finite)) ?? Data("null".utf8)
    }

    /// Non-finite doubles replaced by null, recursively.
    private var finite: JSONValue {
        switch self {
        case .double(let d) where !d.isFinite: return .null
        case .array(let a): return .array(a.map(\.finite))
        case .object(let o): return .object(o.mapValues(\.finite))
        default: return self
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var objectValue: [String: JSONValue]? { if case .object(let o) = self { return o }; return nil }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d == d.rounded() && abs(d) < 1e15: return Int(d)
        default: return nil
        }
    }
    /// Numbers of either kind as Double.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
    public var isNull: Bool { self == .null }

    /// A short rendering for messages: strings quoted and cut at 40 characters.
    public var brief: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return String(b)
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return "\"" + (s.count > 40 ? s.prefix(40) + "…" : s) + "\""
        case .array: return "an array"
        case .object: return "an object"
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

/// A JSON decoding failure in words: the field (as a path) and what was wrong, instead of
/// Foundation's "The data isn't in the correct format".
public func describeDecoding(_ error: Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return keys.isEmpty ? "the top level" : "field '" + keys.joined(separator: ".") + "'"
    }
    switch error {
    case .typeMismatch(let type, let context): return "\(path(context)): expected \(type)"
    case .valueNotFound(let type, let context): return "\(path(context)): expected \(type), found null"
    case .keyNotFound(let key, let context):
        return "missing field '\(key.stringValue)'" + (context.codingPath.isEmpty ? "" : " in \(path(context))")
    case .dataCorrupted(let context):
        let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
        return "\(path(context)): \(underlying ?? context.debugDescription)"
    @unknown default: return "\(error)"
    }
}
