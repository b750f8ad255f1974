import Foundation
import IR
import Syntax

/// A config, index or tokenizer file: regular files only, at most `InputFile.maxBytes`
/// (raise with EPTC_MAX_INPUT_BYTES); errors name the file and say why in words.
func readModelFile(_ path: String) throws -> Data {
    switch InputFile.read(path) {
    case .success(let bytes): return Data(bytes)
    case .failure(let why): throw CheckpointError(.unreadable, file: path, "cannot read: \(why)")
    }
}

/// A parsed JSON value with its exact kind kept (a `true` is not a `1`, a `1.5` is not an `Int`),
/// so config and tokenizer readers can say precisely which field has the wrong type.
public indirect enum JSONValue: Equatable, Sendable, Decodable {
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

    /// Parses a whole file; errors name the file.
    public static func load(path: String, kind: CheckpointError.Kind) throws -> JSONValue {
        let data = try readModelFile(path)
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw CheckpointError(kind, file: path + jsonErrorPosition(error, in: data), "not valid JSON")
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
}
