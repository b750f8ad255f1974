import Foundation
import Testing
@testable import Driver
import TestSupport
import Trainer

/// A run records the machine-dependent choices behind its code (vector width, each GEMM shape's
/// kernel) in kernel-choices.json, and `--resume` builds with them: the run ends where an
/// uninterrupted one ends even after the machine's cached choices changed in between.
@Suite(.serialized) struct KernelChoicesTests {
    /// `eptc ARGS…` as a child process (each process reads the machine's cached choices afresh)
    /// with its own cache folder; returns the exit status and what it printed (stdout and stderr).
    static func eptcProcess(_ arguments: [String], cache: String) throws -> (status: Int32, output: String) {
        let process = eptcChild(arguments, cache: cache)
        let output = Pipe()
        (process.standardOutput, process.standardError) = (output, output)
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// Every cached choice of the machine turned the other way: the vector width (where the host
    /// has two) and every GEMM shape's kernel — as if another process had measured them otherwise.
    static func flipCachedChoices(_ cache: String) throws {
        let host = cache + "/host"
        for name in try FileManager.default.contentsOfDirectory(atPath: host) where name.hasSuffix(".json") {
            let url = URL(fileURLWithPath: host + "/" + name)
            guard var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] else { continue }
            if name.hasPrefix("vector-width-"), let bits = json["bits"] as? Int {
                json["bits"] = bits == 512 ? 256 : 512
            } else if name.hasPrefix("gemm-choice-"), var shapes = json["shapes"] as? [String: [String: Any]] {
                for (key, var decision) in shapes {
                    decision["generated"] = !((decision["generated"] as? Bool) ?? false)
                    shapes[key] = decision
                }
                json["shapes"] = shapes
            }
            try JSONSerialization.data(withJSONObject: json).write(to: url)
        }
    }

    @Test func resumeKeepsTheRunsKernelChoices() throws {
        let data = try dataSlice("CoLA", train: 256, dev: 16)
        let root = try temporaryDirectory("kernel-choices")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cache = root + "/cache"
        let arguments = ["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "40",
                         "--eval-every", "20", "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24"]
        let reference = try Self.eptcProcess(arguments + ["--out", root + "/reference"], cache: cache)
        try #require(reference.status == 0, "\(reference.output)")
        let first = try Self.eptcProcess(arguments + ["--out", root + "/victim", "--interrupt-after", "20"], cache: cache)
        try #require(first.status == 1, "\(first.output)")
        let recorded = try #require(try RunKernelChoices.read(.init(path: root + "/victim")))
        #expect(recorded.gemm.count > 0, "the tiny model's products reach the GEMM threshold")
        #expect(try RunKernelChoices.read(.init(path: root + "/reference")) == recorded)

        try Self.flipCachedChoices(cache)
        let resumed = try Self.eptcProcess(["run", "--resume", root + "/victim"], cache: cache)
        try #require(resumed.status == 0, "\(resumed.output)")
        #expect(resumed.output.contains("kept from the run's start (kernel-choices.json): the GEMM choices"),
                "\(resumed.output)")
        #expect(try RunKernelChoices.read(.init(path: root + "/victim")) == recorded)
        #expect(try DeterminismTests.state(root + "/victim/last.safetensors")
                == DeterminismTests.state(root + "/reference/last.safetensors"))
        #expect(DeterminismTests.losses(root + "/victim") == DeterminismTests.losses(root + "/reference"))
    }

    @Test func aDamagedChoiceFileIsAnErrorNamingIt() throws {
        let root = try temporaryDirectory("kernel-choices-bad")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("{\"gemm\": 3}".utf8).write(to: URL(fileURLWithPath: root + "/kernel-choices.json"))
        #expect(throws: (any Error).self) { try RunKernelChoices.read(.init(path: root)) }
        do {
            _ = try RunKernelChoices.read(.init(path: root))
        } catch {
            #expect("\(error)".contains(root + "/kernel-choices.json: not a kernel choice file eptc wrote"), "\(error)")
        }
    }
}
