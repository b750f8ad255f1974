import Codegen
import Driver
import Foundation
import TestSupport
import Testing

/// The smaller items of the hardening issue.
@Suite(.timeLimit(.minutes(10))) struct SmallHardeningTests {
    let mlp = repositoryRoot + "/graphs/mlp.graph"

    @Test func byteOrderMarkIsAccepted() throws {
        let s = try Scratch("bom"); defer { s.remove() }
        let file = try s.write("bom.graph", "\u{FEFF}" + entryGraph(""))
        let r = runEPTC(["check", file], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
    }

    /// A 1 MB line with an error at its end is quoted as a window around the column.
    @Test func diagnosticsNeverEchoMegabytes() throws {
        let s = try Scratch("long"); defer { s.remove() }
        let line = "param p: int = " + String(repeating: "1 + ", count: 250_000) + "@"
        let file = try s.write("long.graph", line + "\n")
        let r = runEPTC(["check", file], environment: [:])
        #expect(r.exitCode == 1)
        #expect(r.stderr.utf8.count < 2000, "\(r.stderr.utf8.count) bytes of diagnostic")
    }

    @Test func outputFolderIsNotCreatedWhenTheCompileFails() throws {
        let s = try Scratch("nodir"); defer { s.remove() }
        let bad = try s.write("bad.graph", "entry f(x: f32[2]) -> (y: f32[2]) {\n  return z\n}\n")
        let out = s.path + "/out"
        expectRefused(["compile", bad, "-o", out], firstLine: "undefined value 'z'")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func writeFailuresAreSaidInWords() throws {
        let s = try Scratch("ro"); defer { s.remove() }
        try s.write("blocker", "a file where a folder should be")
        let r = runEPTC(["compile", mlp, "--no-codegen", "--dump-after", "all", "-o", s.path + "/blocker/out"],
                        environment: [:])
        #expect(r.exitCode == 1)
        #expect(r.stderr.hasPrefix("error: cannot create '"), "\(r.stderr)")
        #expect(!r.stderr.contains("NSCocoaErrorDomain"), "\(r.stderr)")
    }

    /// A temporary left by `kill -9` between write and rename goes on the next use of the folder;
    /// a fresh one (a live writer's) stays.
    @Test func staleTemporariesAreRemoved() throws {
        let s = try Scratch("nosync"); defer { s.remove() }
        let stale = try s.write(".graph.o.nosync1234", "half")
        let fresh = try s.write(".manifest.json.nosync5678", "half")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: stale)
        removeStaleTemporaries(in: URL(fileURLWithPath: s.path))
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: fresh))
    }

    /// `eptc ARGUMENTS` under `ulimit -v KIB`: its exit status and standard error.
    static func underAddressLimit(_ kib: Int, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let binary = AOTProcessTests.executable
        try #require(FileManager.default.isExecutableFile(atPath: binary.path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(kib); exec \"$0\" \"$@\"", binary.path] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    /// Under a low `ulimit -v`, OpenBLAS's workers spun forever in their allocator and the process
    /// never exited; now bench refuses up front and the process exits.
    @Test func lowAddressSpaceLimitIsRefusedAndTheProcessExits() throws {
        let (status, stderr) = try Self.underAddressLimit(450_000, ["bench", mlp, "--repeat", "1", "--no-interpreter"])
        #expect(status == 1, "\(stderr)")
        #expect(stderr.hasPrefix("error: benchmarking graph 'mlp' needs about"), "\(stderr)")
    }

    /// Below what the start-up itself needs (`ulimit -v 300000`), eptc aborted in the allocator
    /// (exit 134) before printing anything; now it refuses at once, naming the limit.
    @Test func addressSpaceTooSmallToStartIsRefused() throws {
        let (status, stderr) = try Self.underAddressLimit(300_000, ["run", "--task", "cola", "--max-steps", "1"])
        #expect(status == 1, "\(stderr)")
        #expect(stderr.hasPrefix("error: the address-space limit (ulimit -v) is 300000 KiB; eptc needs at least 409600 KiB"),
                "\(stderr)")
    }
}
