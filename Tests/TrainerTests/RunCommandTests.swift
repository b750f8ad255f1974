import Driver
import Foundation
import Models
import TestSupport
import Testing
@testable import Trainer

/// `eptc run`, `eval` and `predict` end to end on tiny models and slices of the real task data.
@Suite(.serialized) struct RunCommandTests {
    /// The run folder's files, without its hidden lock (`RunFolderLock`).
    static func files(_ folder: String) -> Set<String> {
        Set(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") })
    }

    @Test func bertOnColaWritesAWholeRunFolder() throws {
        let data = try dataSlice("CoLA", train: 96, dev: 40)
        let out = try temporaryDirectory("bert-cola") + "/run"
        let r = eptc(["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "12",
                      "--eval-every", "6", "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24", "--out", out])
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        #expect(Self.files(out).isSuperset(of: ["config.json", "log.jsonl", "best.safetensors", "last.safetensors",
                                                "summary.json", "curves.svg", "kernel-choices.json"]))
        let records = RunLog.records(at: out + "/log.jsonl")
        #expect(records.filter { $0["loss"] != nil }.count == 12)
        #expect(records.filter { $0["eval"] != nil }.count == 2)
        let summary = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json")))
        #expect(summary.steps == 12 && summary.examplesSeen == 96 && summary.primaryMetric == "mcc")
        #expect(summary.finalMetrics["mcc"] != nil && summary.bestStep != nil)
        let svg = try String(contentsOfFile: out + "/curves.svg", encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("polyline"))
        let config = try RunConfiguration.load(path: out + "/config.json")
        #expect(config.backbone == .bert && config.maxLength <= 24 && !config.buckets.isEmpty)

        // eval reproduces the best evaluation; predict writes one line per row.
        let e = eptc(["eval", "--run", out, "--checkpoint", "last"])
        try #require(e.exitCode == 0, "\(e.stderr)")
        let lastEval = try #require(records.last { $0["eval"] != nil }?["eval"])
        let mcc = lastEval["mcc"]?.doubleValue ?? .nan
        #expect(e.stdout.contains(String(format: "mcc %.2f", mcc * 100)), "\(e.stdout) vs \(mcc)")
        let p = eptc(["predict", "--run", out, "--input", data + "/CoLA/dev.tsv"])
        try #require(p.exitCode == 0, "\(p.stderr)")
        let lines = p.stdout.split(separator: "\n")
        #expect(lines.count == 40)
        #expect(lines.allSatisfy { $0.hasSuffix("acceptable") })
        #expect(p.stderr.contains("mcc"))
    }

    /// `--profile`: the training step's kernel classes per length bucket, after the final metric;
    /// every step taken is counted in the buckets' tables.
    @Test func profileReportsWhereTheStepTimeGoes() throws {
        let data = try dataSlice("CoLA", train: 32, dev: 8)
        let out = try temporaryDirectory("bert-profile") + "/run"
        let r = eptc(["run", "--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "4",
                      "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "24", "--buckets", "2",
                      "--profile", "--out", out])
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let headers = lines.filter { $0.hasPrefix("bucket L = ") }
        #expect(!headers.isEmpty)
        let steps = headers.compactMap { Int($0.split(separator: ":")[1].split(separator: " ")[0]) }
        #expect(steps.reduce(0, +) == 4)
        #expect(r.stdout.contains("profile of train_step") && r.stdout.contains("optimizer"))
        #expect(lines.contains { $0.hasPrefix("total") })
    }

    @Test func t5OnColaDecodesLabelWords() throws {
        let data = try dataSlice("CoLA", train: 48, dev: 16)
        let out = try temporaryDirectory("t5-cola") + "/run"
        let r = eptc(["run", "--task", "cola", "--model", TinyModels.t5, "--method", "pt", "--data-dir", data,
                      "--max-steps", "4", "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "32", "--out", out])
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        #expect(r.stdout.contains("tokenizer:"))      // the folder has none: the shipped T5 vocabulary
        let config = try RunConfiguration.load(path: out + "/config.json")
        #expect(config.backbone == .t5 && config.targetLength >= 2)
        let records = RunLog.records(at: out + "/log.jsonl")
        let eval = try #require(records.last { $0["eval"] != nil })
        #expect(eval["unknown_predictions"] != nil)
    }

    @Test func t5OnStsbTrainsTheTextToTextRegression() throws {
        let data = try dataSlice("STS-B", train: 40, dev: 16, files: ("train.tsv", "original-sts-dev.tsv"), header: true)
        let out = try temporaryDirectory("t5-stsb") + "/run"
        let r = eptc(["run", "--task", "stsb", "--model", TinyModels.t5, "--method", "dept", "--data-dir", data,
                      "--max-steps", "3", "--batch-size", "8", "--set", "prompt_len=4", "--set", "rank=2",
                      "--max-length", "48", "--out", out])
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        let summary = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json")))
        #expect(summary.finalMetrics["pearson"] != nil && summary.finalMetrics["spearman"] != nil)
    }
}

/// The encoder's regression head (MSE) on STS-B: scores in, Pearson/Spearman out, scores predicted.
@Suite(.serialized) struct RegressionRunTests {
    @Test func bertOnStsbTrainsTheRegressionHead() throws {
        let data = try dataSlice("STS-B", train: 40, dev: 16, files: ("train.tsv", "original-sts-dev.tsv"), header: true)
        let out = try temporaryDirectory("bert-stsb") + "/run"
        let r = eptc(["run", "--task", "stsb", "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "6",
                      "--eval-every", "3", "--batch-size", "8", "--set", "prompt_len=4", "--max-length", "32", "--out", out])
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        let summary = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json")))
        #expect(summary.primaryMetric == "average")
        #expect(summary.finalMetrics["pearson"] != nil && summary.finalMetrics["spearman"] != nil)
        let p = eptc(["predict", "--run", out, "--input", data + "/STS-B/original-sts-dev.tsv"])
        try #require(p.exitCode == 0, "\(p.stderr)")
        let scores = p.stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").last.flatMap { Double($0) } }
        #expect(scores.count >= 16 && Set(scores).count > 1)
    }
}
