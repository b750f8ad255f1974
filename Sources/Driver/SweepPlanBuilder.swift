import Experiments
import Foundation
import IR
import Support
import Tasks
import Trainer

/// Turns `eptc sweep`'s flags into the grid and every run's configuration. Each run's configuration
/// comes from `RunOptions.configuration` with that run's task, method, settings and seed put in,
/// so it is exactly what `eptc run` with those flags would train.
struct SweepPlanBuilder {
    let options: RunOptions
    let grid: SweepGrid
    let preset: String?
    let baseline: String

    init(options: RunOptions, preset presetName: String?, seeds seedList: String, baseline: String?) throws {
        if options.seed != nil { throw UserError("--seed: a sweep takes --seeds LIST (e.g. --seeds 1,2,3)") }
        if options.graph != nil && options.method?.contains(",") == true {
            throw UserError("--graph: one graph cannot stand for several methods; sweep one method with --graph")
        }
        // Your own data (--train …) is the sweep's one task.
        let tasks = options.custom.isGiven && options.task == nil ? [CustomTask.taskName]
            : try Self.list(options.task, flag: "--task", required: true)
        var variants: [SweepVariant]
        var axes: [SweepAxis] = []
        var defaultBaseline: String?
        if let presetName {
            guard let preset = SweepPreset.named(presetName) else {
                throw UserError("unknown preset '\(presetName)' (\(SweepPreset.names.joined(separator: ", ")))")
            }
            if options.method != nil { throw UserError("--method: the preset '\(presetName)' fixes the methods; drop --method") }
            variants = preset.variants
            axes = preset.axes
            defaultBaseline = preset.baseline
        } else {
            variants = try Self.list(options.method ?? "ept", flag: "--method", required: true).map { SweepVariant(label: $0, method: $0) }
        }
        for binding in options.settings {
            let axis = try Self.axis(binding)
            if let i = axes.firstIndex(where: { $0.name == axis.name }) { axes[i] = axis } else { axes.append(axis) }
        }
        let seeds = try Self.list(seedList, flag: "--seeds", required: true).map { text -> UInt64 in
            guard let seed = UInt64(text) else { throw UserError("--seeds \(seedList): '\(text)' is not a seed (a non-negative integer)") }
            return seed
        }
        guard Set(seeds).count == seeds.count else { throw UserError("--seeds \(seedList): a seed is repeated") }
        grid = SweepGrid(tasks: tasks, variants: variants, axes: axes, seeds: seeds)
        self.options = options
        self.preset = presetName
        let names = grid.configurations.map(\.name)
        if let baseline, !names.contains(baseline) {
            throw UserError("--baseline \(baseline): no such configuration (" + names.joined(separator: ", ") + ")")
        }
        self.baseline = baseline ?? defaultBaseline.flatMap { names.contains($0) ? $0 : nil } ?? names.first ?? ""
    }

    /// A comma list; an empty one (or an empty item) is refused, naming the flag.
    static func list(_ text: String?, flag: String, required: Bool) throws -> [String] {
        guard let text else {
            if required { throw UserError("\(flag) is required") }
            return []
        }
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.isEmpty, !items.contains(where: \.isEmpty) else {
            throw UserError("\(flag) '\(text)': an empty value makes an empty grid; give a comma list such as a,b")
        }
        guard Set(items).count == items.count else { throw UserError("\(flag) '\(text)': a value is repeated") }
        return items
    }

    /// `--set NAME=V1,V2,…`: the one binding the command line read, its value split into the axis's.
    static func axis(_ binding: ParamBinding) throws -> SweepAxis {
        let values = try list(binding.written, flag: "--set \(binding.name)", required: true)
        do throws(BindingError) {
            return try SweepAxis(name: binding.name, written: values)
        } catch {
            throw UserError(error.message)
        }
    }

    /// Every run, tasks outermost, then configurations, then seeds.
    func plan(resources: Resources, env: [String: String]) throws -> SweepPlan {
        var runs: [SweepPlan.Run] = []
        for task in grid.tasks {
            for configuration in grid.configurations {
                for seed in grid.seeds {
                    var o = options
                    if !options.custom.isGiven { o.task = task }
                    o.method = configuration.variant.method
                    o.settings = configuration.settings.items
                    o.seed = seed
                    o.out = nil
                    let run = try o.configuration(resources: resources, env: env)
                    runs.append(SweepPlan.Run(path: "\(run.task)/\(configuration.name)/seed-\(seed)", task: run.task,
                                              configuration: configuration.name, seed: seed, run: run))
                }
            }
        }
        guard !runs.isEmpty else { throw UserError("the grid is empty") }
        return SweepPlan(preset: preset, baseline: baseline, totalBudget: nil, runs: runs)
    }

    /// Elaborates each (task, configuration) once, as its first bucket would be compiled, and prints
    /// the trainable counts against the baseline's. A bad `--set` name or value fails here, naming
    /// the configuration.
    func checkConfigurations(_ plan: SweepPlan, resources: Resources, console: Console) throws {
        var counts: [String: Int] = [:]
        var lines: [(String, String, Int)] = []
        for run in plan.runs where run.seed == grid.seeds[0] {
            let count: Int
            do {
                count = try Self.trainableCount(run.run, resources: resources, bucketCount: options.bucketCount)
            } catch {
                throw UserError("configuration \(run.configuration) on \(run.task): " + SweepCommand.message(error))
            }
            counts[run.task + "/" + run.configuration] = count
            lines.append((run.task, run.configuration, count))
        }
        let width = lines.map(\.1.count).max() ?? 0
        let taskWidth = lines.map(\.0.count).max() ?? 0
        for (task, name, count) in lines {
            let base = counts[task + "/" + baseline]
            let ratio = base.map { String(format: " (%.2f× %@)", Double(count) / Double(max(1, $0)), baseline) } ?? ""
            console.line("  \(task.padding(toLength: taskWidth, withPad: " ", startingAt: 0))  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  "
                         + grouped(count).leftPadded(12) + " trainable" + ratio)
        }
    }

    /// Trainable elements of a run's graph: the data resolves the lengths (`max_len` of the low-rank
    /// methods), then the first bucket is elaborated with the run's bindings.
    static func trainableCount(_ configuration: RunConfiguration, resources: Resources, bucketCount: Int) throws -> Int {
        let session = try RunSession(configuration, fallbackT5Vocabulary: resources.t5Vocabulary)
        let train = try session.examples(configuration.trainSplit, shippedData: resources.data)
        let dev = try session.examples(configuration.evalSplit, shippedData: resources.data)
        try session.resolveLengths(train: train, dev: dev, bucketCount: bucketCount)
        let c = session.configuration
        var bindings = try session.graphSettings()
        bindings["B"] = .int(c.batchSize)
        bindings["L"] = .int(c.buckets.first ?? c.maxLength)
        if c.targetLength > 0 { bindings["T"] = .int(c.targetLength) }
        let graph = try session.folder.elaborate(c.graph, bindings: bindings)
        return graph.weights.filter { $0.role == .trainable }.reduce(0) { $0 + $1.type.elementCount }
    }
}

/// `--total-budget`: the runs still to do must fit it, each counted as its `--time-budget` plus an
/// allowance for evaluation, checkpoints and compiling (15% + 20 s: evaluation runs about every
/// tenth of the budget, and compiled programs are cached after a configuration's first run).
enum SweepBudget {
    static let overheadFraction = 0.15
    static let overheadSeconds = 20.0

    static func estimate(_ run: RunConfiguration) -> Double? {
        seconds(run).map { $0 * (1 + overheadFraction) + overheadSeconds }
    }

    /// The run's training time: its time budget, or a step budget converted from measured rates
    /// counted as the quiet machine's time.
    static func seconds(_ run: RunConfiguration) -> Double? {
        run.timeBudget ?? run.quietStepsPerSecond.flatMap { rate in run.maxSteps.map { Double($0) / rate } }
    }

    static func check(_ runs: [RunConfiguration], total: Double?) throws {
        guard let total else { return }
        var needed = 0.0
        for run in runs {
            guard let seconds = estimate(run) else {
                throw UserError("--total-budget needs a per-run --time-budget to check against (a step or epoch budget has no known duration)")
            }
            needed += seconds
        }
        if needed > total {
            let each = runs.first.flatMap(seconds) ?? 0
            throw UserError("--total-budget \(durationText(total)): \(runs.count) runs × --time-budget \(durationText(each)) "
                            + "(+ \(Int(overheadFraction * 100))% + \(Int(overheadSeconds)) s each for evaluation and compiling) "
                            + "need about \(durationText(needed)); raise --total-budget or shrink the grid")
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
