#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the files a user names (graphs, imports, configs, tokenizers): only regular files, and
/// at most `InputFile.maxBytes` of them, so `/dev/zero`, a FIFO or a runaway file fails at once
/// with its reason instead of filling memory or blocking forever.
public enum InputFile {
    /// 64 MiB: far above any graph, config or tokenizer file (T5's tokenizer.json is 2.4 MB).
    public static let defaultMaxBytes = 64 << 20

    /// The cap, raised (or lowered) with the environment variable `EPTC_MAX_INPUT_BYTES`.
    public static var maxBytes: Int {
        if let text = getenv("EPTC_MAX_INPUT_BYTES").map({ String(cString: $0) }), let n = Int(text), n > 0 {
            return n
        }
        return defaultMaxBytes
    }

    /// Why a file could not be read, in words.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public enum Kind: Sendable { case missing, notRegular, tooLarge, unreadable }
        public var kind: Kind
        public var reason: String
        public var description: String { reason }
    }

    /// The whole file, or why not. Opens with O_NONBLOCK so a FIFO cannot block the open itself.
    public static func read(_ path: String, maxBytes: Int = InputFile.maxBytes) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else {
            let code = errno
            let kind: Failure.Kind = code == ENOENT || code == ENOTDIR ? .missing : .unreadable
            return .failure(Failure(kind: kind, reason: String(cString: strerror(code)).lowercased()))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            return .failure(Failure(kind: .unreadable, reason: String(cString: strerror(errno)).lowercased()))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            return .failure(Failure(kind: .notRegular, reason: notRegular(info.st_mode)))
        }
        let size = Int(info.st_size)
        if size > maxBytes { return .failure(tooLarge(size, maxBytes)) }
        // Read to the end rather than trusting st_size (the file may grow), but never past the cap.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(Failure(kind: .unreadable, reason: String(cString: strerror(errno)).lowercased()))
            }
            if n == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maxBytes { return .failure(tooLarge(bytes.count, maxBytes)) }
        }
    }

    /// "a pipe, not a regular file", "a folder, not a regular file", …: a refusal's reason.
    public static func notRegular(_ mode: mode_t) -> String {
        let type = mode & S_IFMT
        let what = type == S_IFDIR ? "a folder" : type == S_IFCHR || type == S_IFBLK ? "a device"
            : type == S_IFIFO ? "a pipe" : type == S_IFSOCK ? "a socket" : "a special file"
        return "\(what), not a regular file"
    }

    private static func tooLarge(_ size: Int, _ cap: Int) -> Failure {
        Failure(kind: .tooLarge, reason: "\(size) bytes or more, over the input limit of \(cap) bytes "
                + "(raise it with EPTC_MAX_INPUT_BYTES)")
    }
}

#if canImport(Glibc)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Glibc.read(fd, buffer, count) }
#else
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Darwin.read(fd, buffer, count) }
#endif
