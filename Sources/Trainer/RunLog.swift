import Foundation

/// The run's JSON-lines log (`log.jsonl`): one object per training step that is logged and one per
/// evaluation. Each line is written and flushed whole, so a killed run leaves at most one torn last
/// line; `truncate(after:)` drops it and anything past the checkpoint a resumed run continues from.
public final class RunLog {
    public let path: String
    private let handle: FileHandle

    public init(path: String) throws {
        self.path = path
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw TrainerError("cannot create the log '\(path)'")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw TrainerError("cannot open the log '\(path)'") }
        handle.seekToEndOfFile()
        self.handle = handle
    }

    deinit { try? handle.close() }

    public func append(_ record: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) else { return }
        handle.write(data + Data("\n".utf8))
    }

    /// Every complete record of the log at `path`.
    public static func records(at path: String) -> [[String: Any]] {
        guard let data = (try? RunFiles.read(path, maxBytes: RunFiles.maxLogBytes)) ?? nil else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0))) as? [String: Any]
        }
    }

    /// Keeps the complete records whose step is at most `step` (rewritten atomically).
    public static func truncate(at path: String, after step: Int) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let kept = records(at: path).filter { (($0["step"] as? NSNumber)?.intValue ?? 0) <= step }
        var out = Data()
        for record in kept {
            out += (try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])) + Data("\n".utf8)
        }
        try out.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
