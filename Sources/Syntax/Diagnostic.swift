/// A compiler diagnostic: `file:line:col: error: message`, then the offending line and a caret.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The full text of the source line, when known, for the caret display.
    public var sourceLine: String?

    public init(_ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil,
                severity: Severity = .error) {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// Renders the diagnostic as a compiler would print it.
    public var description: String {
        var out = ""
        if let location { out += "\(location): " }
        out += "\(severity.rawValue): \(Diagnostic.clipped(message))"
        if let location, let sourceLine {
            let (shown, column) = Diagnostic.window(sourceLine, column: location.column)
            out += "\n\(shown)\n"
            // Keep tabs so the caret lines up under the offending column.
            let prefix = shown.unicodeScalars.prefix(max(0, column - 1))
            out += String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " })) + "^"
        }
        return out
    }
}

extension Diagnostic {
    /// Quoted lines longer than this are cut to a window around the column, so a diagnostic never
    /// echoes megabytes of input.
    public static let maxQuotedLine = 160

    /// A message that quotes input (a name, a string) is cut after 400 characters.
    static func clipped(_ message: String) -> String {
        guard message.unicodeScalars.count > 500 else { return message }
        let head = String(String.UnicodeScalarView(message.unicodeScalars.prefix(400)))
        return head + "... (\(message.unicodeScalars.count - 400) more characters)"
    }

    /// The part of `line` to quote and the caret's column within it.
    static func window(_ line: String, column: Int) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > maxQuotedLine else { return (line, column) }
        let half = maxQuotedLine / 2
        let at = min(max(column - 1, 0), scalars.count)
        let start = max(0, min(at - half, scalars.count - maxQuotedLine))
        let end = min(scalars.count, start + maxQuotedLine)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var caret = at - start + 1
        if start > 0 { text = "..." + text; caret += 3 }
        if end < scalars.count { text += "..." }
        return (text, caret)
    }
}

/// Several diagnostics raised together (a file stops at its first error, but callers may collect).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
