import Driver
@testable import Experiments
import Foundation
import Support
import TestSupport
import Testing
@testable import Trainer

/// Step budgets from rates measured on a quiet machine (`eptc sweep --rates`): the rate table's
/// reading and its errors, the conversion of a time budget and a time cadence into steps, and a
/// sweep whose report counts time as steps ÷ rate.
@Suite struct StepBudgetTests {
    static let table = """
        # host: AMD EPYC, family 25 model 17, 2 CPUs
        # date: 2026-12-06
        task\tmethod\tsteps_per_s\texamples_per_s
        cola\tept\t2.0\t32
        cola\tdept\t3.0\t96
        """

    @Test func rateTableIsReadWithItsProvenance() throws {
        let rates = try MeasuredRates.parse(Self.table, file: "rates.tsv")
        #expect(rates.stepsPerSecond == ["cola/ept": 2.0, "cola/dept": 3.0])
        #expect(rates.provenance == ["host: AMD EPYC, family 25 model 17, 2 CPUs", "date: 2026-12-06"])
        #expect(rates.rate(task: "cola", configuration: "ept-prompt_len=4", method: "ept") == 2.0)
        #expect(rates.rate(task: "rte", configuration: "ept", method: "ept") == nil)
    }

    @Test(arguments: [
        ("task\tsteps_per_s\ncola\t1\n", "rates.tsv:1: the header has no column 'method' or 'configuration'"),
        ("task\tmethod\tsteps_per_s\ncola\tept\tfast\n", "rates.tsv:2: column steps_per_s: 'fast' is not a positive number"),
        ("task\tmethod\tsteps_per_s\ncola\tept\t0\n", "rates.tsv:2: column steps_per_s: '0' is not a positive number"),
        ("task\tmethod\tsteps_per_s\ncola\tept\n", "rates.tsv:2: 2 fields, the header names 3"),
        ("task\tmethod\tsteps_per_s\ncola\tept\t1\ncola\tept\t2\n", "rates.tsv:3: cola/ept is measured twice"),
        ("# nothing\n", "rates.tsv: no rates"),
    ])
    func badRateTablesAreRefusedWithTheirLine(text: String, expected: String) {
        #expect {
            _ = try MeasuredRates.parse(text, file: "rates.tsv")
        } throws: { error in
            (error as? UserError)?.message.contains(expected) == true
        }
    }

    @Test func timeBudgetAndCadenceBecomeSteps() throws {
        var run = RunConfiguration(task: "cola", method: "ept", model: "m", backbone: .bert, graph: "g")
        run.timeBudget = 300
        run.evalSeconds = 30
        let steps = try run.stepBudget(at: 2.54)
        #expect(steps.maxSteps == 762 && steps.evalEvery == 76 && steps.timeBudget == nil && steps.evalSeconds == nil)
        #expect(steps.quietStepsPerSecond == 2.54)
        // A step limit given beside the time budget still applies: training stops at the first limit.
        run.maxSteps = 100
        #expect(try run.stepBudget(at: 2.54).maxSteps == 100)
        run.timeBudget = nil
        #expect(throws: UserError.self) { try run.stepBudget(at: 2.54) }
    }
}

extension SweepTests {
    /// A sweep trained on step budgets converted from measured rates: each run trains exactly the
    /// steps its time takes at its rate, evaluates on the converted cadence, and the report states
    /// the source and counts time as steps ÷ rate (3 s each), whatever the clock said.
    @Test func sweepOnMeasuredRatesTrainsEqualQuietTime() throws {
        let data = try dataSlice("CoLA", train: 32, dev: 8)
        let folder = try temporaryDirectory("sweep-rates")
        let rates = folder + "/rates.tsv"
        try StepBudgetTests.table.write(toFile: rates, atomically: true, encoding: .utf8)
        let out = folder + "/sweep"
        let base = ["--task", "cola", "--model", TinyModels.bert, "--data-dir", data, "--batch-size", "8", "--max-length", "24",
                    "--buckets", "1", "--threads", "1", "--seeds", "1", "--set", "prompt_len=4", "--time-budget", "3s", "--eval-every", "1s", "--out", out]
        let r = eptc(["sweep", "--method", "ept,dept", "--rates", rates] + base)
        try #require(r.exitCode == 0, "\(r.stderr)\n\(r.stdout)")
        // The configurations are named ept-prompt_len=4 and dept-prompt_len=4: their rates are their methods'.
        for (method, steps) in [("ept", 6), ("dept", 9)] {
            let path = out + "/cola/\(method)-prompt_len=4/seed-1"
            let summary = try Self.summary(path)
            #expect(summary.steps == steps && summary.stoppedBecause == "budget", "\(method): \(summary)")
            let evaluations = RunLog.records(at: path + "/log.jsonl").compactMap { $0["eval"] }.count
            #expect(evaluations == 3, "\(method): \(evaluations) evaluations")
        }
        let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(report.contains("3 s of training on a quiet machine, as a step budget per run"), "\(report)")
        #expect(report.contains("host: AMD EPYC, family 25 model 17, 2 CPUs"), "\(report)")
        let csv = try String(contentsOfFile: out + "/report.csv", encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let column = try #require(csv[0].firstIndex(of: "training_seconds"))
        for row in csv.dropFirst() { #expect(Double(row[column]) == 3.0, "\(row)") }

        // A cell the table lacks, and a rate with no time to convert, are refused before anything runs.
        let lora = eptc(["sweep", "--method", "lora", "--rates", rates] + base.dropLast(2) + ["--out", folder + "/other"])
        #expect(lora.exitCode == 1 && lora.stderr.contains("no steps_per_s for task cola, configuration lora-prompt_len=4"), "\(lora.stderr)")
        let noTime = eptc(["sweep", "--method", "ept", "--rates", rates, "--max-steps", "4"]
                          + base.filter { $0 != "--time-budget" && $0 != "3s" }.dropLast(2) + ["--out", folder + "/third"])
        #expect(noTime.exitCode == 1 && noTime.stderr.contains("needs a --time-budget"), "\(noTime.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/other") && !FileManager.default.fileExists(atPath: folder + "/third"))
    }
}
