import Driver
import Foundation
import Models
import Runtime
import TestSupport
import Testing
@testable import Trainer

/// A step is a pure function of (weights, batch, seed, step): the same seed gives the same loss
/// curve bit for bit, and a run interrupted after N steps and resumed ends where an uninterrupted
/// run of the same length ends — on the compiled engine and on the interpreter.
@Suite(.serialized) struct DeterminismTests {
    static let data = try! dataSlice("CoLA", train: 64, dev: 16)

    /// One thread, pinned: `--threads` sets process-wide BLAS and kernel-pool counts, and other
    /// suites' in-process runs use `--threads 1`; BLAS sums in a thread-count-dependent order, so a
    /// run and its resume must see the same count for the bit-for-bit comparison to mean anything.
    static func run(_ out: String, engine: String, extra: [String] = []) -> CommandResult {
        eptc(["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "8",
              "--eval-every", "4", "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24",
              "--dropout", "0.1", "--engine", engine, "--threads", "1", "--out", out] + extra)
    }

    static func losses(_ out: String) -> [Double] {
        RunLog.records(at: out + "/log.jsonl").compactMap { $0["loss"]?.doubleValue }
    }

    /// Every tensor of a checkpoint, by name.
    static func state(_ path: String) throws -> [String: [Float]] {
        let file = try SafeTensorsFile(path: path)
        var out: [String: [Float]] = [:]
        for name in file.names { out[name] = try file.tensor(name).converted(to: .f32).floats }
        return out
    }

    @Test(arguments: ["compiled", "interpreter"])
    func sameSeedSameCurveAndResumeIsExact(engine: String) throws {
        let root = try temporaryDirectory("determinism-\(engine)")
        let a = Self.run(root + "/a", engine: engine)
        try #require(a.exitCode == 0, "\(a.stderr)")
        let b = Self.run(root + "/b", engine: engine)
        try #require(b.exitCode == 0, "\(b.stderr)")
        #expect(Self.losses(root + "/a").count == 8)
        #expect(Self.losses(root + "/a") == Self.losses(root + "/b"))

        // Interrupted after step 4, then resumed: the same 8 losses and the same final state.
        let c = Self.run(root + "/c", engine: engine, extra: ["--interrupt-after", "4"])
        #expect(c.exitCode == 1 && c.stderr.contains("interrupted after step 4"))
        #expect(!FileManager.default.fileExists(atPath: root + "/c/summary.json"))
        let resumed = eptc(["run", "--resume", root + "/c"])
        try #require(resumed.exitCode == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("resume: step 4"))
        #expect(Self.losses(root + "/c") == Self.losses(root + "/a"))
        #expect(try Self.state(root + "/c/last.safetensors") == Self.state(root + "/a/last.safetensors"))

        // A different seed gives a different curve (dropout masks, data order, initialization).
        let d = Self.run(root + "/d", engine: engine, extra: ["--seed", "7"])
        try #require(d.exitCode == 0, "\(d.stderr)")
        #expect(Self.losses(root + "/d") != Self.losses(root + "/a"))
    }

    @Test func resumeRefusesAChangedConfigurationUnlessForced() throws {
        let root = try temporaryDirectory("resume-changed")
        let a = Self.run(root + "/a", engine: "compiled", extra: ["--interrupt-after", "4"])
        #expect(a.exitCode == 1)
        let changed = eptc(["run", "--resume", root + "/a", "--batch-size", "4", "--lr", "prompt=0.5"])
        #expect(changed.exitCode == 1)
        #expect(changed.stderr.contains("differs from the saved run"))
        #expect(changed.stderr.contains("batch-size: 8 → 4"))
        #expect(changed.stderr.contains("learning rates"))
        let forced = eptc(["run", "--resume", root + "/a", "--max-steps", "6", "--force"])
        #expect(forced.exitCode == 0, "\(forced.stderr)")
    }
}

/// `kill -9` at any moment leaves a run that `--resume` continues to the state an uninterrupted run
/// reaches: a child `eptc run` process is killed right after its first checkpoint, then resumed.
@Suite(.serialized) struct KillResumeTests {
    @Test func killedRunResumesToTheUninterruptedState() throws {
        let exe = eptcExecutable.path
        try #require(FileManager.default.isExecutableFile(atPath: exe), "no eptc binary at \(exe)")
        let data = try dataSlice("CoLA", train: 256, dev: 16)
        let root = try temporaryDirectory("kill")
        func args(_ out: String) -> [String] {
            ["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "240",
             "--eval-every", "20", "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24", "--out", out]
        }
        // Warm the compile cache so both runs start at once.
        let reference = try launchEPTC(args(root + "/reference"))
        reference.waitUntilExit()
        try #require(reference.terminationStatus == 0)

        let victim = try launchEPTC(args(root + "/victim"))
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: root + "/victim/last.safetensors") && Date() < deadline && victim.isRunning {
            usleep(2_000)
        }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        #expect(victim.terminationReason == .uncaughtSignal, "the run finished before it could be killed")
        #expect(!FileManager.default.fileExists(atPath: root + "/victim/summary.json"))

        let resumed = try launchEPTC(["run", "--resume", root + "/victim"])
        resumed.waitUntilExit()
        try #require(resumed.terminationStatus == 0)
        #expect(try DeterminismTests.state(root + "/victim/last.safetensors")
                == DeterminismTests.state(root + "/reference/last.safetensors"))
        #expect(DeterminismTests.losses(root + "/victim") == DeterminismTests.losses(root + "/reference"))
    }
}
