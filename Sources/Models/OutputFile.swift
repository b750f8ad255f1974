import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one writer for every file eptc produces (checkpoints, run-folder files, `--output`, dumps):
/// what is at the path decides how.
/// - nothing, or a regular file: a temporary sibling, flushed to disk, renamed over it — a reader
///   never sees half a file, a failed write leaves the old one, and the old file's mode is kept;
/// - a link to a regular file: the same in the target's folder (the link stays a link);
/// - a pipe, a device or a socket (`/dev/stdout`, `/dev/null`, a FIFO, `/proc/self/fd/1`): opened
///   and written through, as a shell redirection would — never replaced by a regular file;
/// - a folder, a link that leads nowhere, or anything else: refused.
public enum OutputFile {
    /// Why a file could not be written; `description` names the path.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// An open destination; `write` takes every byte or throws (a short write is retried).
    public struct Sink {
        let fd: Int32
        public let path: String

        public func write<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws {
            if let written = bytes.withContiguousStorageIfAvailable({ buffer in
                Result { try writeAll(UnsafeRawBufferPointer(buffer)) }
            }) {
                return try written.get()
            }
            try Array(bytes).withUnsafeBytes { try writeAll($0) }
        }

        private func writeAll(_ buffer: UnsafeRawBufferPointer) throws {
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw Failure(path: path, reason: OutputFile.lastError()) }
                offset += n
            }
        }
    }

    /// Writes `bytes` to `path` (see the type's comment for what each kind of path gets).
    /// `regularOnly`: eptc's own files (checkpoints, a run folder's files) refuse a pipe or device
    /// there rather than block on it or feed it a checkpoint.
    public static func write<Bytes: Collection<UInt8>>(_ bytes: Bytes, to path: String, regularOnly: Bool = false) throws {
        try write(to: path, regularOnly: regularOnly) { try $0.write(bytes) }
    }

    /// Lets `body` fill the destination; on a replace, nothing is renamed unless `body` returns.
    public static func write(to path: String, regularOnly: Bool = false, _ body: (Sink) throws -> Void) throws {
        switch try destination(of: path) {
        case .replace(let target, let mode):
            try replace(target, mode: mode, body)
        case .stream:
            guard !regularOnly else { throw Failure(path: path, reason: "a pipe or device is there, not a regular file") }
            try writeThrough(path, body)
        }
    }

    enum Destination: Equatable {
        /// A regular file (or a new one) at this path; `mode` is the existing file's, kept.
        case replace(String, mode: mode_t?)
        case stream
    }

    static func destination(of path: String) throws -> Destination {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            // Nothing there: a new file (a missing folder is named when the temporary is created).
            if errno == ENOENT { return .replace(path, mode: nil) }
            throw Failure(path: path, reason: lastError())
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(path: path, reason: "a link to nothing (broken or looping)") }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard link.st_mode & S_IFMT == S_IFLNK else { return .replace(path, mode: info.st_mode & 0o7777) }
            guard let resolved = realpath(path, nil) else { throw Failure(path: path, reason: lastError()) }
            defer { free(resolved) }
            return .replace(String(cString: resolved), mode: info.st_mode & 0o7777)
        case S_IFIFO, S_IFCHR, S_IFSOCK:
            return .stream
        case S_IFDIR:
            throw Failure(path: path, reason: "it is a folder")
        default:
            throw Failure(path: path, reason: "not a regular file, pipe or device")
        }
    }

    /// Temporary beside `path` (O_EXCL, so never someone else's file), filled, fsynced, renamed.
    private static func replace(_ path: String, mode: mode_t?, _ body: (Sink) throws -> Void) throws {
        let (fd, temporary) = try createTemporary(beside: path)
        var isOpen = true
        do {
            try body(Sink(fd: fd, path: path))
            // A new file gets 0666 less the umask from open(); a replaced one keeps its mode.
            if let mode { _ = fchmod(fd, mode) }
            guard fsync(fd) == 0 else { throw Failure(path: path, reason: lastError()) }
            isOpen = false
            guard close(fd) == 0 else { throw Failure(path: path, reason: lastError()) }
            guard rename(temporary, path) == 0 else { throw Failure(path: path, reason: lastError()) }
        } catch {
            if isOpen { close(fd) }
            unlink(temporary)
            throw error
        }
        // Makes the rename itself durable.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let folderFD = open(folder, O_RDONLY | O_CLOEXEC)
        if folderFD >= 0 { fsync(folderFD); close(folderFD) }
    }

    private static func createTemporary(beside path: String) throws -> (Int32, String) {
        for _ in 0..<16 {
            let name = path + ".tmp-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
            let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, name) }
            guard errno == EEXIST else { throw Failure(path: path, reason: lastError()) }
        }
        throw Failure(path: path, reason: "no free temporary name beside it")
    }

    /// Opens an existing pipe or device and writes into it; `/dev/full` says "no space left on device".
    private static func writeThrough(_ path: String, _ body: (Sink) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, reason: lastError()) }
        defer { close(fd) }
        try body(Sink(fd: fd, path: path))
    }

    static func lastError() -> String { String(cString: strerror(errno)).lowercased() }
}

#if canImport(Glibc)
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Glibc.write(fd, buffer, count) }
#else
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Darwin.write(fd, buffer, count) }
#endif
