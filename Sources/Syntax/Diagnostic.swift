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
        out += "\(severity.rawValue): \(message)"
        if let location, let sourceLine {
            out += "\n\(sourceLine)\n"
            // Keep tabs so the caret lines up under the offending column.
            let prefix = sourceLine.unicodeScalars.prefix(max(0, location.column - 1))
            out += String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " })) + "^"
        }
        return out
    }
}

/// Several diagnostics raised together (a file stops at its first error, but callers may collect).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
