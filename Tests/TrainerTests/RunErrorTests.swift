import Driver
import Foundation
import TestSupport
import Testing
@testable import Trainer

/// Bad input to `eptc run` is a clear error before training starts (exit 1), and a diverging loss
/// stops the run naming the step while keeping the last good checkpoint.
@Suite(.serialized) struct RunErrorTests {
    static func run(_ extra: [String], data: String? = nil) throws -> CommandResult {
        let out = try temporaryDirectory("errors") + "/run"
        var args = ["run", "--model", TinyModels.bert, "--max-steps", "2", "--batch-size", "4", "--set", "prompt_len=4",
                    "--max-length", "16", "--out", out]
        if let data { args += ["--data-dir", data] }
        return eptc(args + extra)
    }

    @Test func unknownTaskListsTheKnownOnes() throws {
        let r = try Self.run(["--task", "colaa"])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("unknown task 'colaa'") && r.stderr.contains("cola, sst2"))
    }

    @Test func unknownMethodAndBadFlags() throws {
        #expect(try Self.run(["--task", "cola", "--method", "prefix"]).stderr.contains("unknown method 'prefix'"))
        #expect(try Self.run(["--task", "cola", "--lr", "prompt"]).stderr.contains("expected GROUP=VALUE"))
        // --set and --lr are read by the argument parser, which names the flag and the item.
        let set = try Self.run(["--task", "cola", "--set", "prompt_len"])
        #expect(set.exitCode == 1 && set.stderr.contains("'prompt_len' is invalid for '--set <NAME=VALUE>': expected NAME=VALUE"))
        let int = try Self.run(["--task", "cola", "--set", "prompt_len=99999999999999999999"])
        #expect(int.exitCode == 1 && int.stderr.contains("out of range for a 64-bit integer"))
        let lr = try Self.run(["--task", "cola", "--lr", "head=-1"])
        #expect(lr.exitCode == 1 && lr.stderr.contains("'head=-1' is invalid for '--lr <GROUP=VALUE>'"))
        #expect(try Self.run(["--task", "cola", "--time-budget", "ten"]).stderr.contains("expected a duration"))
        #expect(try Self.run(["--task", "cola", "--dropout", "1.5"]).stderr.contains("--dropout must be between"))
        #expect(try Self.run(["--task", "cola", "--batch-size", "0"]).exitCode == 1)
    }

    @Test func missingDataNamesTheFilesLookedFor() throws {
        let empty = try temporaryDirectory("no-data")
        let r = try Self.run(["--task", "qqp"], data: empty)
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("no train data for task 'qqp'") && r.stderr.contains("QQP/train.tsv"))
    }

    @Test func malformedRowIsAnErrorWithFileAndLine() throws {
        let data = try dataSlice("CoLA", train: 20, dev: 8)
        let file = data + "/CoLA/train.tsv"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "gj04\t1\t\t", with: "gj04\tx\t\t", options: [], range: text.range(of: "gj04\t1\t\t"))
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try Self.run(["--task", "cola"], data: data)
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("\(file):1:"), "\(r.stderr)")
        let skipped = try Self.run(["--task", "cola", "--skip-bad-rows"], data: data)
        #expect(skipped.exitCode == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("skipped 1 malformed row"))
    }

    @Test func unreadableModelAndUnwritableFolderFailBeforeTraining() throws {
        let r = eptc(["run", "--task", "cola", "--model", "/nonexistent/model", "--max-steps", "1"])
        #expect(r.exitCode == 1 && r.stderr.contains("/nonexistent/model"))
        let data = try dataSlice("CoLA", train: 8, dev: 4)
        let file = try temporaryDirectory("not-a-folder") + "/file"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let w = eptc(["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--out", file + "/run"])
        #expect(w.exitCode == 1 && w.stderr.contains("cannot create the run folder"), "\(w.stderr)")
    }

    @Test func aDivergingLossStopsAndKeepsTheLastGoodCheckpoint() throws {
        let data = try dataSlice("CoLA", train: 64, dev: 8)
        let out = try temporaryDirectory("nan") + "/run"
        let r = eptc(["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "40",
                      "--eval-every", "1", "--batch-size", "4", "--set", "prompt_len=4", "--max-length", "16",
                      "--warmup", "0", "--lr", "head=1e38", "--lr", "prompt=1e38", "--lr", "lowrank=1e38", "--out", out])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("the loss is") && r.stderr.contains("last good checkpoint"), "\(r.stderr)")
        let checkpoint = try TrainingCheckpointProbe.step(out + "/last.safetensors")
        #expect(checkpoint >= 1)
    }
}

enum TrainingCheckpointProbe {
    /// The step a checkpoint was written at (it loads only if every tensor is finite).
    static func step(_ path: String) throws -> Int {
        let file = try SafeTensorsFileProbe.metadata(path)
        let data = Data((file["eptc.position"] ?? "{}").utf8)
        return try JSONDecoder().decode(TrainingPosition.self, from: data).step
    }
}

import Models
enum SafeTensorsFileProbe {
    static func metadata(_ path: String) throws -> [String: String] { try SafeTensorsFile(path: path).metadata }
}
