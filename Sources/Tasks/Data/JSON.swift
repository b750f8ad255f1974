import Foundation

// A small JSON value for SuperGLUE's JSON lines, keeping kinds apart (a `true` is not a `1`)
// so messages can say exactly which field is wrong. Tasks depends only on Foundation.

indirect enum JSON: Decodable, Equatable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSON]), object([String: JSON])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSON].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSON].self)) }
    }

    /// Parses one line; the top level must be an object.
    static func object(line: String) throws -> [String: JSON] {
        let value: JSON
        do { value = try JSONDecoder().decode(JSON.self, from: Data(line.utf8)) } catch {
            throw RowError("not valid JSON")
        }
        guard case .object(let o) = value else { throw RowError("expected a JSON object, found \(value.brief)") }
        return o
    }

    /// A short rendering for messages: strings quoted and cut at 40 characters.
    var brief: String {
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

/// Typed field access; `path` names the enclosing object in messages ("passage.questions[2]").
struct JSONFields {
    let object: [String: JSON]
    let path: String

    init(_ object: [String: JSON], path: String = "") { self.object = object; self.path = path }

    func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func value(_ key: String) throws -> JSON {
        guard let v = object[key], v != .null else { throw RowError("missing field '\(name(key))'") }
        return v
    }

    func string(_ key: String) throws -> String {
        let v = try value(key)
        guard case .string(let s) = v else { throw RowError("field '\(name(key))' should be a string, found \(v.brief)") }
        return s
    }

    func int(_ key: String) throws -> Int {
        let v = try value(key)
        guard case .int(let i) = v else { throw RowError("field '\(name(key))' should be an integer, found \(v.brief)") }
        return i
    }

    func fields(_ key: String) throws -> JSONFields {
        let v = try value(key)
        guard case .object(let o) = v else { throw RowError("field '\(name(key))' should be an object, found \(v.brief)") }
        return JSONFields(o, path: name(key))
    }

    func array(_ key: String) throws -> [JSON] {
        let v = try value(key)
        guard case .array(let a) = v else { throw RowError("field '\(name(key))' should be an array, found \(v.brief)") }
        return a
    }
}
