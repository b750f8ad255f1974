import Foundation
import Testing
@testable import Models
#if canImport(Glibc)
import Glibc
#endif

/// The one writer (`OutputFile`): what is at the path decides how it is written.
@Suite("output file writer")
struct OutputFileTests {
    func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test("a regular file is replaced whole and keeps its mode; a new file is created")
    func regularFilesAreReplaced() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/out.txt"
            try OutputFile.write(Array("new\n".utf8), to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
            #expect(chmod(path, 0o600) == 0)
            try OutputFile.write(Array("again\n".utf8), to: path)
            var info = stat()
            #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "again\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
        }
    }

    @Test("a link is followed: its target is replaced, the link stays a link")
    func linksAreFollowed() throws {
        try withTemporaryFolder { folder in
            let target = folder.path + "/target.txt", link = folder.path + "/link.txt"
            try "old".write(toFile: target, atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
            try OutputFile.write(Array("new".utf8), to: link)
            #expect(fileType(link) == S_IFLNK)
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
            // A link to nothing is refused, and nothing is created at its target.
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/dangling", withDestinationPath: folder.path + "/none")
            #expect(throws: OutputFile.Failure.self) { try OutputFile.write(Array("x".utf8), to: folder.path + "/dangling") }
            #expect(!FileManager.default.fileExists(atPath: folder.path + "/none"))
        }
    }

    @Test("a FIFO is written through and stays a FIFO; regularOnly refuses it")
    func pipesAreWrittenThrough() throws {
        try withTemporaryFolder { folder in
            let fifo = folder.path + "/pipe"
            #expect(mkfifo(fifo, 0o600) == 0)
            // The reader opens the pipe first (O_RDWR never blocks), so the writer's open does not wait.
            let reader = open(fifo, O_RDWR | O_NONBLOCK)
            #expect(reader >= 0)
            defer { close(reader) }
            try OutputFile.write(Array("through\n".utf8), to: fifo)
            var buffer = [UInt8](repeating: 0, count: 64)
            let n = read(reader, &buffer, buffer.count)
            #expect(n == 8 && String(decoding: buffer[0..<8], as: UTF8.self) == "through\n")
            #expect(fileType(fifo) == S_IFIFO)
            #expect(throws: OutputFile.Failure(path: fifo, reason: "a pipe or device is there, not a regular file")) {
                try OutputFile.write(Array("x".utf8), to: fifo, regularOnly: true)
            }
            #expect(fileType(fifo) == S_IFIFO)
        }
    }

    @Test("devices are written through, never replaced: /dev/null takes all, /dev/full says no space")
    func devicesAreWrittenThrough() throws {
        try OutputFile.write(Array("x".utf8), to: "/dev/null")
        #expect(fileType("/dev/null") == S_IFCHR)
        #expect(throws: OutputFile.Failure(path: "/dev/full", reason: "no space left on device")) {
            try OutputFile.write(Array("x".utf8), to: "/dev/full")
        }
        #expect(fileType("/dev/full") == S_IFCHR)
    }

    @Test("a folder is refused; a failed body leaves the old file and no temporary")
    func foldersAndFailuresLeaveNothing() throws {
        try withTemporaryFolder { folder in
            #expect(throws: OutputFile.Failure(path: folder.path, reason: "it is a folder")) {
                try OutputFile.write(Array("x".utf8), to: folder.path)
            }
            let path = folder.path + "/kept.txt"
            try OutputFile.write(Array("old".utf8), to: path)
            struct Stop: Error {}
            #expect(throws: Stop.self) { try OutputFile.write(to: path) { _ in throw Stop() } }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kept.txt"])
        }
    }
}
