import Foundation
import IR
import Support
import Trainer

/// What one run folder of a sweep holds, read back from its files alone: `config.json` (task,
/// method, settings), `summary.json` (finished), `failed.json` (stopped with an error) and the
/// evaluation records of `log.jsonl` (training time at each evaluation, so the time to the best
/// checkpoint).
public struct SweepRunResult: Sendable {
    public enum Status: String, Sendable {
        case finished, failed, unfinished, missing
    }

    /// `<task>/<configuration>/seed-<n>` relative to the sweep folder.
    public var path: String
    public var task: String
    public var configuration: String
    public var method: String
    public var settings: ParamBindings
    public var seed: UInt64?
    public var status: Status
    public var error: String?
    public var summary: RunSummary?
    /// Training seconds at the evaluation of the best step (log.jsonl), nil without one.
    public var bestTrainingSeconds: Double?
    /// (training seconds, primary metric) at each evaluation, in order.
    public var curve: [(seconds: Double, metric: Double)]

    /// The best dev metric, ×100.
    public var bestPercent: Double? { summary?.bestMetric.map { $0 * 100 } }
}

public enum SweepResults {
    /// Every run of the sweep in `folder`: the plan's runs in its order (those never started are
    /// `missing`), then run folders the plan does not name (`<task>/<configuration>/seed-<n>`).
    public static func collect(folder: String) -> [SweepRunResult] {
        let plan = try? SweepPlan.load(folder: folder)
        var results: [SweepRunResult] = []
        var seen: Set<String> = []
        for run in plan?.runs ?? [] {
            seen.insert(run.path)
            results.append(read(folder: folder, path: run.path, fallback: run))
        }
        for path in discover(folder) where !seen.contains(path) {
            results.append(read(folder: folder, path: path, fallback: nil))
        }
        return results
    }

    /// Paths of the form `<task>/<configuration>/seed-<n>` under `folder`, sorted.
    static func discover(_ folder: String) -> [String] {
        let fm = FileManager.default
        func directories(_ path: String) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: path)) ?? []).filter { name in
                var isDirectory: ObjCBool = false
                return !name.hasPrefix(".") && fm.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
                    && isDirectory.boolValue
            }.sorted()
        }
        var out: [String] = []
        for task in directories(folder) {
            for configuration in directories(folder + "/" + task) {
                for seed in directories(folder + "/" + task + "/" + configuration) where seed.hasPrefix("seed-") {
                    out.append("\(task)/\(configuration)/\(seed)")
                }
            }
        }
        return out
    }

    static func read(folder: String, path: String, fallback: SweepPlan.Run?) -> SweepRunResult {
        let parts = path.split(separator: "/").map(String.init)
        let runFolder = RunFolder(path: folder + "/" + path)
        let config = try? RunConfiguration.load(path: runFolder.configuration)
        let seedText = parts.last.map { String($0.dropFirst("seed-".count)) }
        var result = SweepRunResult(
            path: path, task: config?.task ?? fallback?.task ?? parts.first ?? "?",
            configuration: fallback?.configuration ?? (parts.count >= 2 ? parts[parts.count - 2] : path),
            method: config?.method ?? fallback?.run.method ?? "?", settings: config?.settings ?? fallback?.run.settings ?? [],
            seed: config?.seed ?? fallback?.seed ?? seedText.flatMap { UInt64($0) }, status: .missing, error: nil,
            summary: nil, bestTrainingSeconds: nil, curve: [])
        if FileManager.default.fileExists(atPath: runFolder.summary) {
            // A summary that is there but unreadable (cut short, NaN, not a file) is a failed run, named.
            do {
                let data = try RunFiles.read(runFolder.summary) ?? Data()
                result.summary = try JSONDecoder().decode(RunSummary.self, from: data)
                result.status = .finished
            } catch let error as UserError {
                result.status = .failed
                result.error = error.message
            } catch {
                result.status = .failed
                result.error = "\(runFolder.summary): not a run summary (\(describeDecoding(error)))"
            }
        } else if let failure = SweepFailure.load(runFolder: runFolder.path) {
            result.status = .failed
            result.error = failure.error
        } else if FileManager.default.fileExists(atPath: runFolder.path) {
            result.status = .unfinished
        }
        // A step budget converted from a quiet machine's rate counts time as steps ÷ rate: the clock
        // of a run that shared the CPU says how busy the machine was, not how long training took.
        let quietRate = config?.quietStepsPerSecond
        if let quietRate, var summary = result.summary, summary.steps > 0 {
            summary.trainingSeconds = Double(summary.steps) / quietRate
            summary.examplesPerSecond = Double(summary.examplesSeen) / summary.trainingSeconds
            result.summary = summary
        }
        let primary = result.summary?.primaryMetric
        for record in RunLog.records(at: runFolder.log) {
            guard let eval = record["eval"], let clock = record["training_seconds"]?.doubleValue,
                  let step = record["step"]?.intValue else { continue }
            let seconds = quietRate.map { Double(step) / $0 } ?? clock
            if let primary, let v = eval[primary]?.doubleValue { result.curve.append((seconds, v * 100)) }
            if step == result.summary?.bestStep { result.bestTrainingSeconds = seconds }
        }
        return result
    }
}

/// One line of the report: a configuration on a task, over its seeds.
public struct SweepRow: Sendable {
    public var task: String
    public var configuration: String
    public var method: String
    public var settings: ParamBindings
    public var metric: String
    public var runs: Int
    public var finished: Int
    public var failed: Int
    /// "path: error" of each failed run.
    public var errors: [String]
    /// Best dev metric ×100 over the finished seeds: mean and sample standard deviation (n − 1; nil
    /// for fewer than two seeds).
    public var mean: Double?
    public var std: Double?
    public var finalMean: Double?
    public var trainable: Int?
    public var examplesPerSecond: Double?
    /// Mean training seconds to the best checkpoint, and in all.
    public var secondsToBest: Double?
    public var trainingSeconds: Double?
    /// Against the baseline configuration of the same task (1 = as long).
    public var relativeTrainingTime: Double?
    public var relativeTimeToBest: Double?
}

extension SweepResults {
    /// Rows per (task, configuration), in first-seen order; `baseline` names the configuration the
    /// relative times divide by (nil or absent on a task: no relative times there).
    public static func rows(_ results: [SweepRunResult], baseline: String?) -> [SweepRow] {
        var keys: [String] = []
        var groups: [String: [SweepRunResult]] = [:]
        for r in results {
            let key = r.task + "/" + r.configuration
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(r)
        }
        var rows = keys.compactMap { groups[$0].map(row) }
        for (i, row) in rows.enumerated() {
            guard let baseline, let base = rows.first(where: { $0.task == row.task && $0.configuration == baseline }) else { continue }
            rows[i].relativeTrainingTime = ratio(row.trainingSeconds, base.trainingSeconds)
            rows[i].relativeTimeToBest = ratio(row.secondsToBest, base.secondsToBest)
        }
        return rows
    }

    static func row(_ runs: [SweepRunResult]) -> SweepRow {
        let first = runs[0]
        let done = runs.filter { $0.status == .finished }
        let best = done.compactMap(\.bestPercent)
        let summaries = done.compactMap(\.summary)
        return SweepRow(
            task: first.task, configuration: first.configuration, method: first.method, settings: first.settings,
            metric: summaries.first?.primaryMetric ?? "", runs: runs.count, finished: done.count,
            failed: runs.filter { $0.status == .failed }.count,
            errors: runs.filter { $0.status == .failed }.map { "\($0.path): \($0.error ?? "?")" },
            mean: mean(best), std: standardDeviation(best),
            finalMean: mean(summaries.compactMap { s in s.finalMetrics[s.primaryMetric].map { $0 * 100 } }),
            trainable: summaries.first?.trainableParameters, examplesPerSecond: mean(summaries.map(\.examplesPerSecond)),
            secondsToBest: mean(done.compactMap(\.bestTrainingSeconds)), trainingSeconds: mean(summaries.map(\.trainingSeconds)))
    }

    public static func mean(_ xs: [Double]) -> Double? {
        xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
    }

    /// Sample standard deviation (n − 1), nil below two values.
    public static func standardDeviation(_ xs: [Double]) -> Double? {
        guard xs.count >= 2, let m = mean(xs) else { return nil }
        return (xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count - 1)).squareRoot()
    }

    static func ratio(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b, b > 0 else { return nil }
        return a / b
    }
}
