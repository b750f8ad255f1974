/// One loaded graph file: its display path and its lines, so diagnostics can quote the line.
public struct SourceText: Sendable {
    public let path: String
    public let text: String
    public let lines: [String]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        // Split on \n only; a trailing \r is dropped so CRLF files quote cleanly.
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }

    /// The text of a 1-based line, if it exists.
    public func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    /// A diagnostic at `location` (in this file), quoting its line.
    public func diagnostic(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(message, at: location, sourceLine: location.file == path ? line(location.line) : nil)
    }
}

/// Where graph files come from: the file system in the compiler, a dictionary in tests.
public protocol SourceLoader {
    /// The bytes of the file at `path`, or nil when there is no such file.
    func load(_ path: String) -> [UInt8]?
}

/// Files in memory, keyed by path. Used by tests and the fuzzer.
public struct InMemoryLoader: SourceLoader {
    public var files: [String: [UInt8]]
    public init(files: [String: String]) { self.files = files.mapValues { Array($0.utf8) } }
    public init(bytes: [String: [UInt8]]) { self.files = bytes }
    public func load(_ path: String) -> [UInt8]? { files[path] }
}

/// Joins an import path to the folder of the importing file and removes `.` and `x/..` steps,
/// so one file always gets one key however it is reached.
public func resolveImportPath(_ path: String, relativeTo importer: String) -> String {
    let joined: String
    if path.hasPrefix("/") {
        joined = path
    } else if let slash = importer.lastIndex(of: "/") {
        joined = String(importer[...slash]) + path
    } else {
        joined = path
    }
    var parts: [Substring] = []
    for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
        if part == "." { continue }
        if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
        parts.append(part)
    }
    return (joined.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
}
