import Foundation
import Support

/// The run's JSON-lines log (`log.jsonl`): one object per training step that is logged and one per
/// evaluation. Each line is written and flushed whole, so a killed run leaves at most one torn last
/// line; `truncate(after:)` drops it and anything past the checkpoint a resumed run continues from.
public final class RunLog {
    public let path: String
    private let handle: FileHandle

    public init(path: String) throws {
        self.path = path
        // O_APPEND: every line lands whole at the end; O_NONBLOCK: a pipe there cannot block the
        // open, and is refused below (only a regular file is a log).
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw UserError("cannot open the log '\(path)': \(String(cString: strerror(errno)).lowercased())") }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw UserError("cannot open the log '\(path)': not a regular file")
        }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    deinit { try? handle.close() }

    /// Writes one record as a line (keys sorted; a non-finite number as null).
    public func append(_ record: [String: JSONValue]) {
        handle.write(JSONValue.object(record).line() + Data("\n".utf8))
    }

    /// Every complete record of the log at `path`.
    public static func records(at path: String) -> [[String: JSONValue]] {
        guard let data = (try? RunFiles.read(path, maxBytes: RunFiles.maxLogBytes)) ?? nil else { return [] }
        return parse(data)
    }

    static func parse(_ data: Data) -> [[String: JSONValue]] {
        data.split(separator: UInt8(ascii: "\n")).compactMap { (try? JSONValue.parse(Data($0)))?.objectValue }
    }

    /// Keeps the complete records whose step is at most `step` (rewritten atomically).
    public static func truncate(at path: String, after step: Int) throws {
        // A log that cannot be read (a pipe, too large) is an error, never rewritten as empty.
        guard let data = try RunFiles.read(path, maxBytes: RunFiles.maxLogBytes) else { return }
        let kept = parse(data).filter { ($0["step"]?.intValue ?? 0) <= step }
        var out = Data()
        for record in kept {
            out += JSONValue.object(record).line() + Data("\n".utf8)
        }
        try RunFiles.write(out, to: path)
    }
}
