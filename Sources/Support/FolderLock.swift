import Foundation

/// Runs `body` holding an exclusive `flock` on the folder `path` itself: how processes that share
/// a cache folder read, merge and replace its files (written by atomic rename, so the files'
/// own inodes cannot carry the lock) without losing each other's writes, and without leaving a
/// lock file beside them. If the folder cannot be opened, `body` runs unlocked (caches are best
/// effort).
public func withExclusiveFolderLock<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return try body() }
    defer { close(fd) }  // closing drops the lock
    while flock(fd, LOCK_EX) != 0, errno == EINTR {}
    return try body()
}
