/// One loaded graph file: its display path and its lines, so diagnostics can quote the line.
public struct SourceText: Sendable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of a 1-based line, if it exists (found on demand: only diagnostics need it).
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        // Bytes, because "\r\n" is one Character and would hide the line break from a String split.
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if current == number {
                return String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self)
            }
            current += 1
        }
        return nil
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
    /// The bytes, or why they cannot be read (in words, for the diagnostic).
    func read(_ path: String) -> Result<[UInt8], InputFile.Failure>
    /// One key per file however it is reached (`a/../b.graph`, a symlink); the path itself by default.
    func identity(of path: String) -> String
}

extension SourceLoader {
    public func read(_ path: String) -> Result<[UInt8], InputFile.Failure> {
        guard let bytes = load(path) else { return .failure(InputFile.Failure(kind: .missing, reason: "no such file")) }
        return .success(bytes)
    }
    public func identity(of path: String) -> String { path }
}

/// Files in memory, keyed by path. Used by tests and the fuzzer.
public struct InMemoryLoader: SourceLoader {
    public var files: [String: [UInt8]]
    public init(files: [String: String]) { self.files = files.mapValues { Array($0.utf8) } }
    public init(bytes: [String: [UInt8]]) { self.files = bytes }
    public func load(_ path: String) -> [UInt8]? { files[path] }
}

/// Some files from memory, the rest from another loader (the fuzzer mutates one file of many).
public struct OverlayLoader: SourceLoader {
    public var files: [String: [UInt8]]
    public var fallback: any SourceLoader
    public init(files: [String: [UInt8]], fallback: any SourceLoader) {
        self.files = files
        self.fallback = fallback
    }
    public func load(_ path: String) -> [UInt8]? { files[path] ?? fallback.load(path) }
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
