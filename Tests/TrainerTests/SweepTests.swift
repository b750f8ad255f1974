import Driver
@testable import Experiments
import Foundation
import IR
import TestSupport
import Testing
@testable import Trainer

/// `eptc sweep` and `eptc report` on the tiny BERT and slices of CoLA: a sweep killed midway
/// continues without repeating a finished run, the table's statistics are those of the run folders'
/// summaries, failed runs are recorded while the sweep goes on, and bad grids are refused before
/// anything runs.
@Suite(.serialized) struct SweepTests {

    /// A few steps of a tiny model per run; one bucket so each configuration compiles one program.
    static func tinyArguments(data: String, out: String, task: String = "cola") -> [String] {
        ["--task", task, "--model", TinyModels.bert, "--data-dir", data, "--max-steps", "4", "--eval-every", "2",
         "--batch-size", "8", "--max-length", "24", "--buckets", "1", "--threads", "1", "--out", out]
    }

    static func finishedRuns(_ folder: String) -> [String] {
        SweepResults.discover(folder).filter { FileManager.default.fileExists(atPath: folder + "/" + $0 + "/summary.json") }
    }

    static func summary(_ path: String) throws -> RunSummary {
        try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: URL(fileURLWithPath: path + "/summary.json")))
    }

    @Test func killedSweepContinuesWithoutRepeatingFinishedRuns() throws {
        let binary = eptcExecutable
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no eptc binary at \(binary.path)")
        let data = try dataSlice("CoLA", train: 32, dev: 16)
        let out = try temporaryDirectory("sweep-kill") + "/sweep"
        // 2 methods × 2 prompt lengths × 2 seeds = 8 runs.
        let arguments = ["sweep", "--method", "ept,dept", "--set", "prompt_len=2,4", "--seeds", "1,2"]
            + Self.tinyArguments(data: data, out: out)

        let process = try launchEPTC(arguments)
        let deadline = Date().addingTimeInterval(600)
        while Self.finishedRuns(out).count < 2 && process.isRunning && Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let before = Self.finishedRuns(out)
        let started = SweepResults.discover(out).filter {
            !before.contains($0) && FileManager.default.fileExists(atPath: out + "/" + $0 + "/config.json")
        }
        try #require(before.count >= 2 && before.count < 8, "killed after \(before.count) of 8 runs")
        var saved: [String: (Data, Data)] = [:]
        for path in before {
            saved[path] = (try Data(contentsOf: URL(fileURLWithPath: out + "/" + path + "/summary.json")),
                           try Data(contentsOf: URL(fileURLWithPath: out + "/" + path + "/log.jsonl")))
        }

        let r = eptc(arguments)
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        for path in before {
            #expect(r.stdout.contains("\(path): finished earlier, skipped"), "\(path) was run again")
            let (summary, log) = try #require(saved[path])
            #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + path + "/summary.json")) == summary)
            #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + path + "/log.jsonl")) == log)
        }
        // A run the kill cut short continues from its folder rather than starting over elsewhere.
        for path in started { #expect(r.stdout.contains("\(path): resuming"), "\(path) was not resumed") }
        let runs = Self.finishedRuns(out)
        #expect(runs.count == 8)
        #expect(r.stdout.components(separatedBy: "finished earlier, skipped").count - 1 == before.count)

        // Every cell of the 2 × 2 grid is in the table, each over both seeds.
        let table = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(table.contains("Budget per run: 4 steps, batch 8."), "\(table)")
        for name in ["ept-prompt_len=2", "ept-prompt_len=4", "dept-prompt_len=2", "dept-prompt_len=4"] {
            let line = try #require(table.split(separator: "\n").first { $0.contains("| `\(name)` |") }, "no row for \(name)")
            #expect(line.contains("| cola |") && line.contains("| 2/2 |") && line.contains("| ok |") && line.contains("mcc "), "\(table)")
        }
        #expect(FileManager.default.fileExists(atPath: out + "/report.csv"))
        #expect(FileManager.default.fileExists(atPath: out + "/time-cola.svg"))
        #expect(FileManager.default.fileExists(atPath: out + "/metric-vs-prompt_len.svg"))

        // Rerunning a finished sweep runs nothing; another grid in the same folder is refused.
        let again = eptc(arguments)
        #expect(again.exitCode == 0 && again.stdout.components(separatedBy: "finished earlier, skipped").count - 1 == 8)
        let other = eptc(["sweep", "--method", "ept", "--seeds", "1"] + Self.tinyArguments(data: data, out: out))
        #expect(other.exitCode == 1 && other.stderr.contains("holds another sweep"), "\(other.stderr)")
    }

    /// A sweep folder has one sweep at a time: a second one stops at once, instead of finding
    /// each run locked by the first and recording it as failed.
    @Test func aSweepFolderInUseIsRefused() throws {
        let data = try dataSlice("CoLA", train: 32, dev: 8)
        let out = try temporaryDirectory("sweep-lock") + "/sweep"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let lock = try RunFolder(path: out).lock()
        let r = eptc(["sweep", "--method", "ept", "--seeds", "1"] + Self.tinyArguments(data: data, out: out))
        #expect(r.exitCode == 1 && r.stderr.contains("is in use by another eptc process (pid \(getpid()))"), "\(r.stderr)")
        #expect(SweepResults.discover(out).isEmpty)
        withExtendedLifetime(lock) {}
    }

    @Test func reportStatisticsMatchTheRunFolders() throws {
        // SST-2 (accuracy) on 13 dev rows (7 positive) with a fast head: the seeds end on different
        // accuracies, so the mean and standard deviation have something to get wrong.
        let data = try dataSlice("SST-2", train: 32, dev: 13, header: true)
        let out = try temporaryDirectory("sweep-stats") + "/sweep"
        let r = eptc(["sweep", "--method", "ept", "--set", "prompt_len=2,4", "--seeds", "1,2,3", "--lr", "head=0.3"]
                     + Self.tinyArguments(data: data, out: out, task: "sst2"))
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        // Rebuild the report from the run folders alone.
        try FileManager.default.removeItem(atPath: out + "/report.csv")
        try FileManager.default.removeItem(atPath: out + "/sweep.json")
        let report = eptc(["report", out, "--baseline", "ept-prompt_len=2"])
        try #require(report.exitCode == 0, "\(report.stderr)")
        let csv = try String(contentsOfFile: out + "/report.csv", encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = csv[0]
        func column(_ row: [String], _ name: String) throws -> String { row[try #require(header.firstIndex(of: name))] }
        #expect(csv.count == 3)
        var baselineSeconds: Double?
        var deviations: [Double] = []
        for row in csv.dropFirst() {
            let name = try column(row, "configuration")
            // Independently: best metric ×100 from each seed's summary.json, two-pass mean and sample sd.
            let summaries = try (1...3).map { try Self.summary(out + "/sst2/\(name)/seed-\($0)") }
            let values = summaries.map { ($0.bestMetric ?? .nan) * 100 }
            let mean = values.reduce(0, +) / 3
            let sd = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 2).squareRoot()
            #expect(abs(try #require(Double(try column(row, "mean"))) - mean) <= 1e-6, "\(name) mean")
            #expect(abs(try #require(Double(try column(row, "std"))) - sd) <= 1e-6, "\(name) sd")
            deviations.append(sd)
            #expect(try column(row, "finished") == "3")
            let seconds = summaries.map(\.trainingSeconds).reduce(0, +) / 3
            #expect(abs(try #require(Double(try column(row, "training_seconds"))) - seconds) <= 1e-6 * max(1, seconds))
            // The time to the best checkpoint is the best evaluation's training_seconds in log.jsonl.
            let toBest = try summaries.enumerated().map { i, s -> Double in
                let records = RunLog.records(at: out + "/sst2/\(name)/seed-\(i + 1)/log.jsonl")
                let eval = try #require(records.first { $0["step"]?.intValue == s.bestStep && $0["eval"] != nil })
                return try #require(eval["training_seconds"]?.doubleValue)
            }.reduce(0, +) / 3
            #expect(abs(try #require(Double(try column(row, "seconds_to_best"))) - toBest) <= 1e-6 * max(1, toBest))
            if name == "ept-prompt_len=2" { baselineSeconds = seconds }
            let rel = try #require(Double(try column(row, "rel_training_time")))
            #expect(abs(rel - seconds / (try #require(baselineSeconds))) <= 1e-6)
            let table = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
            #expect(table.contains("`\(name)` | accuracy " + String(format: "%.1f ± %.1f", mean, sd)), "\(table)")
        }
        #expect(deviations.contains { $0 > 0 }, "every seed scored the same: the check proves little")
    }

    @Test func failedRunIsRecordedAndTheSweepGoesOn() throws {
        let data = try dataSlice("CoLA", train: 32, dev: 16)
        // SST-2 with an empty training file: it passes the checks (they need no training rows) and fails when it runs.
        let sst = data + "/SST-2"
        try FileManager.default.createDirectory(atPath: sst, withIntermediateDirectories: true)
        try "sentence\tlabel\n".write(toFile: sst + "/train.tsv", atomically: true, encoding: .utf8)
        let dev = try String(contentsOfFile: repositoryRoot + "/data/glue/SST-2/dev.tsv", encoding: .utf8)
        try (dev.split(separator: "\n").prefix(9).joined(separator: "\n") + "\n").write(toFile: sst + "/dev.tsv", atomically: true, encoding: .utf8)
        let out = try temporaryDirectory("sweep-fail") + "/sweep"
        var arguments = ["sweep", "--method", "ept", "--set", "prompt_len=2", "--seeds", "1"] + Self.tinyArguments(data: data, out: out)
        arguments[arguments.firstIndex(of: "cola")!] = "sst2,cola"
        let r = eptc(arguments)
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        let failure = try #require(SweepFailure.load(runFolder: out + "/sst2/ept-prompt_len=2/seed-1"))
        #expect(failure.error.contains("the train split has no rows"), "\(failure.error)")
        #expect(FileManager.default.fileExists(atPath: out + "/cola/ept-prompt_len=2/seed-1/summary.json"))
        let table = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(table.contains("1 failed") && table.contains("## Failed runs") && table.contains("the train split has no rows"))
        // A rerun leaves the failure recorded unless asked to retry it.
        let again = eptc(arguments)
        #expect(again.stdout.contains("failed earlier") && again.exitCode == 0)
    }

    @Test func badGridsAreRefusedBeforeAnythingRuns() throws {
        let data = try dataSlice("CoLA", train: 16, dev: 8)
        func refused(_ extra: [String], _ expected: String) throws {
            let out = try temporaryDirectory("sweep-bad") + "/sweep"
            let r = eptc(["sweep", "--seeds", "1"] + Self.tinyArguments(data: data, out: out) + extra)
            #expect(r.exitCode == 1, "\(extra): \(r.stdout)")
            #expect(r.stderr.contains(expected), "\(extra): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out), "\(extra) created the sweep folder")
        }
        try refused(["--set", "spacez=2,4"], "declares no param 'spacez'")
        try refused(["--set", "spaces=2,two"], "spaces=two")
        try refused(["--set", "spaces=two"], "two")
        try refused(["--preset", "ablations"], "unknown preset 'ablations' (compare, ablation, spaces, sensitivity)")
        try refused(["--set", "spaces="], "empty grid")
        try refused(["--method", "ept,,dept"], "empty grid")
        try refused(["--method", "ept,prefix"], "unknown method 'prefix'")
        try refused(["--preset", "ablation", "--method", "ept"], "fixes the methods")
        try refused(["--seed", "3"], "--seeds")
        try refused(["--baseline", "nope"], "--baseline nope: no such configuration")
        try refused(["--set", "prompt_len=2,4", "--time-budget", "60", "--total-budget", "2m"], "--total-budget 2m00s: 2 runs")
        try refused(["--total-budget", "1h"], "needs a per-run --time-budget")

        // --dry-run checks and lists, and writes nothing.
        let out = try temporaryDirectory("sweep-dry") + "/sweep"
        let dry = eptc(["sweep", "--seeds", "1,2", "--set", "prompt_len=2,4", "--dry-run"] + Self.tinyArguments(data: data, out: out))
        #expect(dry.exitCode == 0, "\(dry.stderr)")
        #expect(dry.stdout.components(separatedBy: "would run").count - 1 == 4)
        #expect(dry.stdout.contains("ept-prompt_len=4") && dry.stdout.contains("trainable (1.03× ept-prompt_len=2)"), "\(dry.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func presetsExpandToThePapersGrids() throws {
        func names(_ p: SweepPreset) -> [String] {
            SweepGrid(tasks: ["cola"], variants: p.variants, axes: p.axes, seeds: [1]).configurations.map(\.name)
        }
        #expect(names(.compare) == ["ept", "dept", "pt", "lora", "finetune"])
        #expect(names(.ablation) == ["dept", "dept+fusion", "dept+multispace", "ept"])
        #expect(SweepPreset.ablation.variants.allSatisfy { $0.method == "ept" })
        #expect(names(.spaces) == ["ept-spaces=2", "ept-spaces=4", "ept-spaces=6", "ept-spaces=8"])
        #expect(names(.sensitivity).count == 7 && names(.sensitivity).contains(SweepPreset.sensitivity.baseline))
        // An axis replaces a variant's own setting of the same name; the duplicate it makes is dropped.
        let grid = SweepGrid(tasks: ["cola", "rte"], variants: SweepPreset.sensitivity.variants,
                             axes: [try SweepAxis(name: "rank", written: ["8"])], seeds: [1, 2])
        #expect(grid.configurations.count == 4 && grid.runCount == 16)
        #expect(grid.configurations.allSatisfy { $0.settings.items.filter { $0.name == "rank" }.map(\.description) == ["rank=8"] })
    }
}
