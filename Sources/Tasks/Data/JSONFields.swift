import Foundation
import Support

// SuperGLUE's JSON lines read into Support's JSONValue (kinds kept apart: a `true` is not a `1`),
// so messages can say exactly which field is wrong.

extension JSONValue {
    /// Parses one line; the top level must be an object.
    static func object(line: String) throws -> [String: JSONValue] {
        let value: JSONValue
        do { value = try JSONValue.parse(Data(line.utf8)) } catch {
            throw RowError("not valid JSON")
        }
        guard case .object(let o) = value else { throw RowError("expected a JSON object, found \(value.brief)") }
        return o
    }
}

/// Typed field access; `path` names the enclosing object in messages ("passage.questions[2]").
struct JSONFields {
    let object: [String: JSONValue]
    let path: String

    init(_ object: [String: JSONValue], path: String = "") { self.object = object; self.path = path }

    func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func value(_ key: String) throws -> JSONValue {
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

    func array(_ key: String) throws -> [JSONValue] {
        let v = try value(key)
        guard case .array(let a) = v else { throw RowError("field '\(name(key))' should be an array, found \(v.brief)") }
        return a
    }
}
