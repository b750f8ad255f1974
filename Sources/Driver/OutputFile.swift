import Foundation
import Trainer
#if canImport(Glibc)
import Glibc
#endif

/// Writing a file the user names (`--output`, dumps): what is at the path decides how.
/// - nothing, or a regular file: a temporary sibling, flushed, renamed over it — a reader never
///   sees half a file, and a failed write leaves the old one;
/// - a link to a regular file: the same, in the link's target folder (the link stays a link);
/// - a pipe, a device or a socket (`/dev/stdout`, `/dev/null`, a FIFO, `/proc/self/fd/1`): written
///   through, as a shell redirection would — never replaced by a regular file;
/// - a folder, or a link that leads nowhere: refused.
func writeAtomically(_ text: String, to path: String) throws {
    var info = stat()
    if stat(path, &info) != 0 {
        var link = stat()
        if lstat(path, &link) == 0 { throw UserError("cannot write '\(path)': a link to nothing (broken or looping)") }
        return try replaceFile(path, with: text)
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
        var link = stat()
        let isLink = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
        try replaceFile(isLink ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path, with: text)
    case S_IFIFO, S_IFCHR, S_IFSOCK:
        try writeThrough(path, text)
    case S_IFDIR:
        throw UserError("cannot write '\(path)': it is a folder")
    default:
        throw UserError("cannot write '\(path)': not a regular file, pipe or device")
    }
}

private func replaceFile(_ path: String, with text: String) throws {
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw UserError("cannot write '\(path)': \(describeWriteError(error))")
    }
}

/// Opens and writes an existing pipe or device; every byte must be taken (`/dev/full` says no).
private func writeThrough(_ path: String, _ text: String) throws {
    let fd = open(path, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw UserError("cannot write '\(path)': \(String(cString: strerror(errno)).lowercased())") }
    defer { close(fd) }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            throw UserError("cannot write '\(path)': \(String(cString: strerror(errno)).lowercased())")
        }
        bytes = bytes.dropFirst(n)
    }
}

/// Whether two paths name the same file (after links and other spellings): device and inode.
func sameFile(_ a: String, _ b: String) -> Bool {
    var x = stat(), y = stat()
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino
}
