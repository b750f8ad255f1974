import Foundation
import Support
import Trainer

/// Training speeds measured on a quiet machine, one per (task, configuration): what turns a time
/// budget into a step budget, so that runs sharing the CPU with other work still train as long as
/// they would have on the quiet machine.
///
/// The file is a table with a header (`tools/accuracy/measure-rates.sh` writes it): tab-separated
/// columns `task`, `method` and `steps_per_s` at least (others are ignored), `#` lines are comments
/// and are kept as the table's provenance (the host and date of the measurement).
///
///     # host: AMD EPYC, family 25 model 17, 2 CPUs
///     task    method  steps_per_s  examples_per_s
///     cola    ept     3.16         50.6
public struct MeasuredRates: Sendable, Equatable {
    /// Steps per second keyed by "task/name", where name is a method or a sweep configuration.
    public var stepsPerSecond: [String: Double]
    /// The comment lines, without their `#`.
    public var provenance: [String]

    public init(stepsPerSecond: [String: Double], provenance: [String]) {
        self.stepsPerSecond = stepsPerSecond
        self.provenance = provenance
    }

    public static func load(path: String) throws -> MeasuredRates {
        guard let data = try RunFiles.read(path) else { throw UserError("\(path): no such file") }
        guard let text = String(data: data, encoding: .utf8) else { throw UserError("\(path): not UTF-8 text") }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws -> MeasuredRates {
        var rates: [String: Double] = [:]
        var provenance: [String] = []
        var columns: (task: Int, name: Int, rate: Int)?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let at = "\(file):\(index + 1)"
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                provenance.append(line.dropFirst().trimmingCharacters(in: .whitespaces))
                continue
            }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let c = columns else {
                func column(_ names: [String]) throws -> Int {
                    guard let i = fields.firstIndex(where: names.contains) else {
                        throw UserError("\(at): the header has no column \(names.map { "'\($0)'" }.joined(separator: " or ")) "
                                           + "(expected tab-separated task, method, steps_per_s)")
                    }
                    return i
                }
                columns = (try column(["task"]), try column(["method", "configuration"]), try column(["steps_per_s"]))
                continue
            }
            let needed = max(c.task, c.name, c.rate) + 1
            guard fields.count >= needed else { throw UserError("\(at): \(fields.count) fields, the header names \(needed)") }
            guard let value = Double(fields[c.rate]), value.isFinite, value > 0 else {
                throw UserError("\(at): column steps_per_s: '\(fields[c.rate])' is not a positive number")
            }
            let key = fields[c.task] + "/" + fields[c.name]
            guard rates[key] == nil else { throw UserError("\(at): \(key) is measured twice") }
            rates[key] = value
        }
        guard columns != nil, !rates.isEmpty else { throw UserError("\(file): no rates (a header and one row per task and method)") }
        return MeasuredRates(stepsPerSecond: rates, provenance: provenance)
    }

    /// The rate of a run: its sweep configuration's own, else its method's.
    public func rate(task: String, configuration: String, method: String) -> Double? {
        stepsPerSecond[task + "/" + configuration] ?? stepsPerSecond[task + "/" + method]
    }
}

extension RunConfiguration {
    /// This run with its time budget (and a time cadence of evaluation) turned into steps at
    /// `stepsPerSecond`, the rate measured on a quiet machine; the rate is kept in the
    /// configuration so reports can count time as steps ÷ rate.
    public func stepBudget(at stepsPerSecond: Double) throws -> RunConfiguration {
        guard let seconds = timeBudget else {
            throw UserError("a step budget from measured rates needs a --time-budget to convert")
        }
        var run = self
        let steps = max(1, Int((seconds * stepsPerSecond).rounded()))
        run.maxSteps = min(steps, maxSteps ?? steps)  // training stops at the first limit reached
        run.timeBudget = nil
        if let every = evalSeconds {
            run.evalEvery = max(1, Int((every * stepsPerSecond).rounded()))
            run.evalSeconds = nil
        }
        run.quietStepsPerSecond = stepsPerSecond
        return run
    }
}

extension SweepPlan {
    /// Every run's time budget as the steps it takes at its measured rate; a run whose task and
    /// configuration (or method) the table lacks is refused, naming them.
    public mutating func convertToSteps(_ rates: MeasuredRates, file: String) throws {
        for i in runs.indices {
            let run = runs[i]
            guard let rate = rates.rate(task: run.task, configuration: run.configuration, method: run.run.method) else {
                throw UserError("--rates \(file): no steps_per_s for task \(run.task), configuration \(run.configuration) "
                                   + "(method \(run.run.method)); measure it with tools/accuracy/measure-rates.sh")
            }
            runs[i].run = try run.run.stepBudget(at: rate)
        }
        rateSource = [file] + rates.provenance
    }
}
