import Foundation
import Models
import Support
import Syntax

/// Reading the files of run folders and sweeps (config.json, summary.json, sweep.json, the log):
/// the same reader as every other input — regular files only, capped in size, opened without
/// blocking — so a FIFO or a device where such a file should be is refused by name, never
/// waited on.
public enum RunFiles {
    /// The file's bytes; nil when nothing is there. Anything else that stops the read is an
    /// error naming the file.
    public static func read(_ path: String, maxBytes: Int = InputFile.maxBytes) throws -> Data? {
        switch InputFile.read(path, maxBytes: maxBytes) {
        case .success(let bytes): return Data(bytes)
        case .failure(let f) where f.kind == .missing: return nil
        case .failure(let f): throw UserError("\(path): cannot read: \(f.reason)")
        }
    }

    /// Writes one of eptc's own files through the one writer (`OutputFile`): atomically, and
    /// refused when a pipe or device sits where the regular file should be.
    public static func write<Bytes: Collection<UInt8>>(_ bytes: Bytes, to path: String) throws {
        do {
            try OutputFile.write(bytes, to: path, regularOnly: true)
        } catch let failure as OutputFile.Failure {
            throw UserError(failure.description)
        }
    }

    /// A log grows with the run: 4 GiB, far above a year of steps.
    public static let maxLogBytes = 4 << 30
}
