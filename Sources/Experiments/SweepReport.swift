import Foundation
import Support
import Trainer

/// The report of a sweep folder, rebuilt from its run folders alone (`eptc report DIR`, and at the
/// end of every `eptc sweep`):
///
///     report.md             the table (Markdown) and the failed runs with their errors
///     report.csv            the same rows, full precision
///     time-<task>.svg       dev metric against training time, one line per configuration
///     metric-vs-<name>.svg  dev metric against spaces (N), prompt_len (s) and rank (r), where the
///                           sweep varies them
public enum SweepReport {
    public struct Files: Sendable {
        public var markdown: String
        public var csv: String
        public var plots: [String]
    }

    /// Writes every file of the report into `folder`; returns their paths.
    @discardableResult
    public static func write(folder: String, baseline: String? = nil) throws -> Files {
        // A sweep.json that is there must be whole: a damaged one is named, not silently skipped.
        let plan = FileManager.default.fileExists(atPath: SweepPlan.fileName(in: folder)) ? try SweepPlan.load(folder: folder) : nil
        let results = SweepResults.collect(folder: folder)
        guard !results.isEmpty else { throw UserError("\(folder): no sweep here (no sweep.json and no <task>/<configuration>/seed-<n> run folders)") }
        let chosen = baseline ?? plan?.baseline
        if let baseline {
            let names = Set(results.map(\.configuration))
            guard names.contains(baseline) else {
                throw UserError("--baseline \(baseline): no such configuration in \(folder) (it has "
                                   + names.sorted().joined(separator: ", ") + ")")
            }
        }
        let rows = SweepResults.rows(results, baseline: chosen)
        let files = Files(markdown: folder + "/report.md", csv: folder + "/report.csv", plots: [])
        try write(markdown(rows, baseline: chosen, preset: plan?.preset, budget: plan.flatMap(budget)), to: files.markdown)
        try write(csv(rows), to: files.csv)
        var plots: [String] = []
        for (name, svg) in SweepPlots.all(results: results, rows: rows) {
            let path = folder + "/" + name
            try write(svg, to: path)
            plots.append(path)
        }
        return Files(markdown: files.markdown, csv: files.csv, plots: plots)
    }

    static func write(_ text: String, to path: String) throws {
        try RunFiles.write(Array(text.utf8), to: path)
    }

    // MARK: Markdown

    /// The budget every run of `plan` shares, in words; nil when the runs differ.
    static func budget(_ plan: SweepPlan) -> String? {
        if let source = plan.rateSource {
            // Whole steps make a run's time differ from the budget by up to half a step (1.4 s at
            // 0.35 steps/s): times within 2% of each other are one budget.
            let seconds = plan.runs.compactMap { r in r.run.quietStepsPerSecond.flatMap { rate in r.run.maxSteps.map { Double($0) / rate } } }
            let (low, high) = (seconds.min() ?? 0, seconds.max() ?? 0)
            let time = high - low <= 0.02 * high ? String(format: "%g s", ((low + high) / 2).rounded()) : "the same time"
            return "\(time) of training on a quiet machine, as a step budget per run (each run's steps per second measured there: "
                + source.joined(separator: "; ") + "), so runs could share the CPU; times below are steps ÷ that rate"
        }
        let budgets = Set(plan.runs.map { r -> String in
            var parts: [String] = []
            if let t = r.run.timeBudget {
                parts.append(String(format: "%g s of training", t))
            }
            if let n = r.run.maxSteps { parts.append("\(n) steps") }
            if let e = r.run.epochs { parts.append("\(e) epochs") }
            return parts.joined(separator: " or ") + ", batch \(r.run.batchSize)"
                + (r.run.timeBudget != nil ? " (a time budget: training times are equal by design, compare examples/s)" : "")
        })
        return budgets.count == 1 ? budgets.first : nil
    }

    public static func markdown(_ rows: [SweepRow], baseline: String?, preset: String?, budget: String? = nil) -> String {
        var s = "# Sweep report\n\n"
        if let preset { s += "Preset `\(preset)`. " }
        if let budget { s += "Budget per run: \(budget). " }
        s += "Dev metric ×100 at the best checkpoint: mean ± sample standard deviation over the finished seeds. "
        s += "Times are training seconds (evaluation excluded), means over seeds"
        s += baseline.map { "; relative times divide by `\($0)` on the same task.\n\n" } ?? ".\n\n"
        s += "| task | configuration | dev metric | seeds | trainable | examples/s | s to best | training s | rel. training time | rel. time to best | status |\n"
        s += "|---|---|---|---|---:|---:|---:|---:|---:|---:|---|\n"
        for r in rows { s += "| " + cells(r).joined(separator: " | ") + " |\n" }
        let errors = rows.flatMap(\.errors)
        if !errors.isEmpty {
            s += "\n## Failed runs\n\n"
            for e in errors { s += "- " + e.replacingOccurrences(of: "\n", with: " ") + "\n" }
        }
        return s
    }

    /// A row's table cells, "—" where there is nothing to show.
    static func cells(_ r: SweepRow) -> [String] {
        func show(_ v: Double?, _ digits: Int) -> String { v.map { fixed($0, digits) } ?? "—" }
        var metric = "—"
        if let m = r.mean {
            metric = r.metric + " " + fixed(m, 1)
            if let sd = r.std { metric += " ± " + fixed(sd, 1) }
        }
        let trainable: String = r.trainable.map { grouped($0) } ?? "—"
        return [r.task, "`\(r.configuration)`", metric, "\(r.finished)/\(r.runs)", trainable, show(r.examplesPerSecond, 1),
                show(r.secondsToBest, 1), show(r.trainingSeconds, 1), show(r.relativeTrainingTime, 2),
                show(r.relativeTimeToBest, 2), status(r)]
    }

    static func status(_ r: SweepRow) -> String {
        var parts: [String] = []
        if r.failed > 0 { parts.append("\(r.failed) failed") }
        let other = r.runs - r.finished - r.failed
        if other > 0 { parts.append("\(other) not finished") }
        return parts.isEmpty ? "ok" : parts.joined(separator: ", ")
    }

    // MARK: CSV

    public static let csvHeader = ["task", "configuration", "method", "settings", "metric", "runs", "finished", "failed",
                                   "mean", "std", "final_mean", "trainable", "examples_per_s", "seconds_to_best",
                                   "training_seconds", "rel_training_time", "rel_time_to_best", "errors"]

    public static func csv(_ rows: [SweepRow]) -> String {
        var s = csvHeader.joined(separator: ",") + "\n"
        for r in rows {
            let fields = [r.task, r.configuration, r.method, r.settings.description, r.metric, "\(r.runs)",
                          "\(r.finished)", "\(r.failed)", full(r.mean), full(r.std), full(r.finalMean),
                          r.trainable.map(String.init) ?? "", full(r.examplesPerSecond), full(r.secondsToBest),
                          full(r.trainingSeconds), full(r.relativeTrainingTime), full(r.relativeTimeToBest),
                          r.errors.joined(separator: " | ")]
            s += fields.map(quoted).joined(separator: ",") + "\n"
        }
        return s
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func full(_ v: Double?) -> String { v.map { String(format: "%.10g", $0) } ?? "" }
    static func fixed(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
}
