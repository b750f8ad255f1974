import Driver
import Foundation
import Runtime
import TestSupport
import Testing
@testable import Trainer

/// SIGINT and SIGTERM stop a run after the step it is in, with a checkpoint of that step and a
/// resume hint, exit 128 + the signal; resuming ends exactly where an uninterrupted run ends.
@Suite(.serialized) struct StopSignalTests {
    static func arguments(_ data: String, _ out: String) -> [String] {
        ["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "240",
         "--eval-every", "20", "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24", "--out", out]
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func signalStopsAfterTheStepAndResumesExactly(_ signal: Int32) throws {
        let data = try dataSlice("CoLA", train: 256, dev: 16)
        let root = try temporaryDirectory("signal-\(signal)")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let reference = try launchEPTC(Self.arguments(data, root + "/reference"))
        reference.waitUntilExit()
        try #require(reference.terminationStatus == 0)

        let victim = eptcChild(Self.arguments(data, root + "/victim"))
        let stderr = Pipe()
        victim.standardError = stderr
        try victim.run()
        // Past the first evaluation and a few steps more, so the stop falls between two evaluations.
        let deadline = Date().addingTimeInterval(120)
        while victim.isRunning, Date() < deadline,
              (RunLog.records(at: root + "/victim/log.jsonl").compactMap { $0["loss"] != nil ? $0["step"]?.intValue : nil }.last ?? 0) < 23 {
            usleep(1_000)
        }
        kill(victim.processIdentifier, signal)
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        victim.waitUntilExit()
        try #require(victim.terminationReason == .exit && victim.terminationStatus == 128 + signal,
                     "status \(victim.terminationStatus): \(message)")
        #expect(message.contains("stopping after this step and writing a checkpoint"), "\(message)")
        #expect(message.contains("continue with: eptc run --resume \(root)/victim"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: root + "/victim/summary.json"))

        // A child as well, not an in-process run: `--threads` limits the test process's BLAS and
        // kernel pool for good (another suite's in-process run sets 1), and BLAS sums in a
        // thread-count-dependent order, so an in-process resume could end a few ulps away from the
        // reference child (it did on a 2-core AMD Zen 3 host) without anything being wrong.
        let resumed = eptcChild(["run", "--resume", root + "/victim"])
        let resumeErrors = Pipe()
        resumed.standardError = resumeErrors
        try resumed.run()
        let resumeMessage = String(decoding: resumeErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        resumed.waitUntilExit()
        try #require(resumed.terminationStatus == 0, "\(resumeMessage)")
        #expect(try DeterminismTests.state(root + "/victim/last.safetensors")
                == DeterminismTests.state(root + "/reference/last.safetensors"))
        #expect(try DeterminismTests.state(root + "/victim/best.safetensors")
                == DeterminismTests.state(root + "/reference/best.safetensors"))
        #expect(DeterminismTests.losses(root + "/victim") == DeterminismTests.losses(root + "/reference"))
    }

    /// In-process: a pending request stops the next step with a checkpoint, naming the signal.
    @Test func pendingRequestStopsWithTheHint() throws {
        let request = StopRequest()
        #expect(request.request(SIGTERM))
        #expect(!request.request(SIGINT), "the first signal is the one reported")
        let stop = TrainingInterrupted(signal: request.signal ?? 0, step: 7, checkpoint: "r/last.safetensors", folder: "r")
        #expect(stop.exitCode == 143)
        #expect(stop.description == "interrupted by SIGTERM after step 7; checkpoint r/last.safetensors; "
                + "continue with: eptc run --resume r")
    }
}

/// `--lr GROUP=VALUE` must name a group the method trains.
@Suite struct LearningRateGroupTests {
    @Test func unknownGroupIsRefused() throws {
        let data = try dataSlice("CoLA", train: 16, dev: 8)
        let root = try temporaryDirectory("lr-group")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = eptc(["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "1",
                      "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24", "--threads", "1",
                      "--lr", "nosuchgroup=0.1", "--out", root + "/run"])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("--lr nosuchgroup=…: ept on this model trains no group 'nosuchgroup'; its groups are "),
                "\(r.stderr)")
    }
}
