import Foundation

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
        guard fd >= 0 else { throw TrainerError("cannot open the log '\(path)': \(String(cString: strerror(errno)).lowercased())") }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw TrainerError("cannot open the log '\(path)': not a regular file")
        }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    deinit { try? handle.close() }

    public func append(_ record: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) else { return }
        handle.write(data + Data("\n".utf8))
    }

    /// Every complete record of the log at `path`.
    public static func records(at path: String) -> [[String: Any]] {
        guard let data = (try? RunFiles.read(path, maxBytes: RunFiles.maxLogBytes)) ?? nil else { return [] }
        return parse(data)
    }

    static func parse(_ data: Data) -> [[String: Any]] {
        data.split(separator: UInt8(ascii: "\n")).compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0))) as? [String: Any]
        }
    }

    /// Keeps the complete records whose step is at most `step` (rewritten atomically).
    public static func truncate(at path: String, after step: Int) throws {
        // A log that cannot be read (a pipe, too large) is an error, never rewritten as empty.
        guard let data = try RunFiles.read(path, maxBytes: RunFiles.maxLogBytes) else { return }
        let kept = parse(data).filter { (($0["step"] as? NSNumber)?.intValue ?? 0) <= step }
        var out = Data()
        for record in kept {
            out += (try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])) + Data("\n".utf8)
        }
        try RunFiles.write(out, to: path)
    }
}
