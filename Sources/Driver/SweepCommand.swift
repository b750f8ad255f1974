import ArgumentParser
import Experiments
import Foundation
import Runtime
import Support
import Trainer

/// `eptc sweep`: a grid of `eptc run` configurations — tasks × methods (or a preset's configurations)
/// × `--set` values × seeds — each with the same budget, one after another in this process, into
/// `SWEEP/<task>/<configuration>/seed-<n>/`. Finished runs are skipped, so an interrupted sweep
/// continues where it stopped; a failed run is recorded (`failed.json`) and the sweep goes on. The
/// report (`SweepReport`) is written at the end.
///
/// Runs execute in-process through `RunExecution`, the code `eptc run` uses: a sweep run is a
/// hand-started run bit for bit, its errors arrive typed (no parsing of a child's stderr), and the
/// compile cache is shared. A crash of one run (a trap, not a thrown error) ends the sweep; rerunning
/// it resumes that run from its last checkpoint.
struct SweepCommand: DriverCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a grid of training configurations (methods × --set values × tasks × seeds) and report them.",
        discussion: """
        --task, --method and --set take comma lists here: --task cola,rte --method ept,dept --set spaces=2,4,8.
        Every other `eptc run` flag applies to every run; --out names the sweep folder.
        Presets (the EPT paper's experiments): \(SweepPreset.all.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")).

        Examples:
          eptc sweep --preset compare --task cola,rte,mrpc --seeds 1,2,3 --max-steps 600 --out sweeps/compare
          eptc sweep --task cola --method ept --set spaces=2,4 --set prompt_len=20,40 --time-budget 5m --total-budget 2h
          eptc sweep --resume sweeps/compare               # continue after a stop or a kill
          eptc report sweeps/compare --baseline pt         # rebuild the tables and plots
        """)

    @OptionGroup var options: RunOptions

    @Option(name: .customLong("preset"), help: ArgumentHelp("A named grid: " + SweepPreset.names.joined(separator: ", ") + "."))
    var preset: String?

    @Option(name: .customLong("seeds"), help: ArgumentHelp("Seeds, a comma list (default 1,2,3).", valueName: "LIST"))
    var seeds = "1,2,3"

    @Option(name: .customLong("baseline"), help: ArgumentHelp(
        "The configuration relative training times divide by (default: the preset's, else the first).", valueName: "NAME"))
    var baseline: String?

    @Option(name: .customLong("total-budget"), help: ArgumentHelp(
        "Refuse a grid whose runs would not fit this long (needs --time-budget), and start no run past it.",
        valueName: "DURATION"))
    var totalBudget: String?

    @Option(name: .customLong("resume"), help: ArgumentHelp("Continue the sweep in DIR (its grid from sweep.json).", valueName: "DIR"))
    var resume: String?

    @Option(name: .customLong("rates"), help: ArgumentHelp(
        "Train each run for the steps its --time-budget takes on a quiet machine, at the steps/s FILE gives for its task and "
        + "method (tools/accuracy/measure-rates.sh writes it); a time --eval-every becomes steps too. The sweep may then share the CPU.",
        valueName: "FILE"))
    var rates: String?

    @Flag(name: .customLong("dry-run"), help: "Check the grid and print the runs and trainable counts; run nothing.")
    var dryRun = false

    @Flag(name: .customLong("retry-failed"), help: "Run failed runs again (default: they stay recorded as failed).")
    var retryFailed = false

    func execute(_ output: inout CommandOutput) throws {
        let env = output.environment
        let resources = try Resources.locate(env)
        let console = Console(output: output)
        defer { output = console.output }
        let total = try totalBudget.map { try RunOptions.seconds($0, flag: "--total-budget") }
        let (folder, planned, builder) = try resume != nil ? resumedPlan() : try newPlan(resources: resources, env: env, console: console)
        var plan = planned
        if let total { plan.totalBudget = total }
        if let baseline { plan.baseline = baseline }
        let pending = plan.runs.filter { !Self.isDone(folder + "/" + $0.path, retryFailed: retryFailed) }
        try SweepBudget.check(pending.map(\.run), total: plan.totalBudget)
        // Every configuration is elaborated once per task before anything runs: unknown --set names and
        // values of the wrong type fail here, and the trainable counts show the parameter budgets.
        try builder?.checkConfigurations(plan, resources: resources, console: console)
        if dryRun {
            for run in pending { console.line("  would run \(folder)/\(run.path)") }
            return
        }
        // One sweep per folder: a second would find each run locked and record it as failed.
        let lock = try trainerCall { () throws -> RunFolderLock in
            try RunFolder(path: folder).prepare()
            let lock = try RunFolder(path: folder).lock()
            try plan.write(to: folder)
            return lock
        }
        defer { withExtendedLifetime(lock) {} }
        console.line("sweep \(folder): \(plan.runs.count) runs, \(plan.runs.count - pending.count) already done")
        if let first = plan.runs.first { BLASSetup.limitThreads(to: first.run.threads) }
        runAll(plan, folder: folder, resources: resources, console: console)
        let files = try trainerCall { try SweepReport.write(folder: folder, baseline: plan.baseline) }
        if let table = try? String(contentsOfFile: files.markdown, encoding: .utf8) { console.line("\n" + table) }
        console.line("report: \(files.markdown), \(files.csv)" + files.plots.map { ", " + $0 }.joined())
    }

    /// A run is done when it finished, or failed and failures are not retried.
    static func isDone(_ path: String, retryFailed: Bool) -> Bool {
        if FileManager.default.fileExists(atPath: RunFolder(path: path).summary) { return true }
        return !retryFailed && SweepFailure.load(runFolder: path) != nil
    }

    func runAll(_ plan: SweepPlan, folder: String, resources: Resources, console: Console) {
        var execution = RunExecution(bucketCount: options.bucketCount, noCache: options.noCache, interruptAfter: nil)
        execution.gemm = options.gemm
        let start = Date()
        for (i, run) in plan.runs.enumerated() {
            let path = folder + "/" + run.path
            let tag = "[\(i + 1)/\(plan.runs.count)] \(run.path)"
            if FileManager.default.fileExists(atPath: RunFolder(path: path).summary) {
                console.line("\(tag): finished earlier, skipped")
                continue
            }
            if let failure = SweepFailure.load(runFolder: path) {
                if !retryFailed {
                    console.line("\(tag): failed earlier (\(failure.error)), skipped; --retry-failed runs it again")
                    continue
                }
                try? FileManager.default.removeItem(atPath: path)
            }
            if let total = plan.totalBudget, Date().timeIntervalSince(start) >= total {
                console.line("\(tag): not started: --total-budget \(Int(total)) s spent; rerun the sweep to continue")
                continue
            }
            let runFolder = RunFolder(path: path)
            let resuming = runFolder.hasRun
            console.line("\(tag)" + (resuming ? ": resuming" : ""))
            do {
                let configuration = resuming ? try RunConfiguration.load(path: runFolder.configuration) : run.run
                try runFolder.prepare()
                let lock = try runFolder.lock()
                defer { withExtendedLifetime(lock) {} }
                _ = try execution.train(configuration, folder: runFolder, resources: resources, resuming: resuming, console: console)
            } catch {
                let message = Self.message(error)
                console.line("\(tag): failed: \(message)")
                do {
                    try runFolder.prepare()
                    try SweepFailure(error: message).write(to: path)
                } catch {
                    console.line("\(tag): cannot record the failure: \(Self.message(error))")
                }
            }
        }
    }

    static func message(_ error: Error) -> String {
        switch error {
        case let e as UserError: return e.message
        default:
            let text = classify(error).1
            return text.hasPrefix("error: ") ? String(text.dropFirst(7)) : text
        }
    }

    // MARK: The plan

    func resumedPlan() throws -> (String, SweepPlan, SweepPlanBuilder?) {
        guard let resume else { throw UserError("--resume needs a folder") }
        if preset != nil || options.task != nil || options.method != nil || !options.settings.isEmpty || rates != nil {
            throw UserError("--resume \(resume): the grid comes from its sweep.json; drop --preset, --task, --method, --set and --rates")
        }
        guard FileManager.default.fileExists(atPath: SweepPlan.fileName(in: resume)) else {
            throw UserError("--resume \(resume): no sweep there (no sweep.json)")
        }
        return (resume, try trainerCall { try SweepPlan.load(folder: resume) }, nil)
    }

    func newPlan(resources: Resources, env: [String: String], console: Console) throws -> (String, SweepPlan, SweepPlanBuilder?) {
        let builder = try SweepPlanBuilder(options: options, preset: preset, seeds: seeds, baseline: baseline)
        var plan = try builder.plan(resources: resources, env: env)
        if let rates {
            let table = try trainerCall { try MeasuredRates.load(path: rates) }
            try trainerCall { try plan.convertToSteps(table, file: rates) }
        }
        let folder = options.out ?? "sweeps/" + RunFolder.defaultName(task: builder.grid.tasks.joined(separator: "+"),
                                                                      method: preset ?? "grid")
        if FileManager.default.fileExists(atPath: SweepPlan.fileName(in: folder)) {
            let existing = try trainerCall { try SweepPlan.load(folder: folder) }
            if let difference = existing.difference(from: plan) {
                throw UserError("\(folder) holds another sweep (\(difference)); continue it with --resume \(folder) or use another --out")
            }
        }
        console.line("eptc sweep: \(builder.grid.tasks.count) task(s) × \(builder.grid.configurations.count) configuration(s) × "
                     + "\(builder.grid.seeds.count) seed(s) = \(plan.runs.count) runs" + (preset.map { " (preset \($0))" } ?? ""))
        return (folder, plan, builder)
    }
}

/// `eptc report DIR`: the sweep's tables and plots again, from its run folders.
struct ReportCommand: DriverCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Rebuild a sweep's report (report.md, report.csv, plots) from its run folders.")

    @Argument(help: ArgumentHelp("The sweep folder.", valueName: "DIR"))
    var folder: String

    @Option(name: .customLong("baseline"), help: ArgumentHelp("The configuration relative training times divide by.", valueName: "NAME"))
    var baseline: String?

    func execute(_ output: inout CommandOutput) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UserError("\(folder): no such folder")
        }
        let files = try trainerCall { try SweepReport.write(folder: folder, baseline: baseline) }
        if let table = try? String(contentsOfFile: files.markdown, encoding: .utf8) { output.print(table) }
        output.print("report: \(files.markdown), \(files.csv)" + files.plots.map { ", " + $0 }.joined())
    }
}
