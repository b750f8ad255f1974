import Foundation
import Support
import Models

extension JSONValue {
    /// JSON text as Python's `json.dumps(value, indent=2, sort_keys=True)` writes it — the layout of
    /// the `adapter_config.json` PEFT saves — so an eptc export diffs cleanly against PEFT's own.
    public func text(indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent + 2), close = String(repeating: " ", count: indent)
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d):
            // Python prints 16.0 for a float; Swift's shortest form is the same digits otherwise.
            guard d.isFinite else { return "null" }
            return d == d.rounded() && abs(d) < 1e16 ? String(format: "%.1f", d) : "\(d)"
        case .string(let s): return Self.quoted(s)
        case .array(let a):
            if a.isEmpty { return "[]" }
            return "[\n" + a.map { pad + $0.text(indent: indent + 2) }.joined(separator: ",\n") + "\n\(close)]"
        case .object(let o):
            if o.isEmpty { return "{}" }
            return "{\n" + o.keys.sorted().map { pad + Self.quoted($0) + ": " + (o[$0] ?? .null).text(indent: indent + 2) }
                .joined(separator: ",\n") + "\n\(close)}"
        }
    }

    /// A JSON string literal; non-ASCII escaped as \uXXXX, as Python's json module does by default.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for unit in s.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default: out += String(format: "\\u%04x", unit)
            }
        }
        return out + "\""
    }
}
