import Foundation
import IR
import Support
import Trainer

/// One configuration of a sweep before seeds and tasks: a method with fixed `--set` values under a
/// label ("ept", "dept+fusion"). Presets are lists of these; `--method a,b` makes one per method.
public struct SweepVariant: Codable, Equatable, Sendable {
    public var label: String
    public var method: String
    public var settings: ParamBindings

    public init(label: String, method: String, settings: ParamBindings = []) {
        self.label = label
        self.method = method
        self.settings = settings
    }
}

/// A `--set NAME=V1,V2,…` axis: every configuration runs once per value, each a typed binding of
/// `name` (saved as the values written).
public struct SweepAxis: Codable, Equatable, Sendable {
    public var name: String
    public var values: [ParamBinding]

    public init(name: String, values: [ParamBinding]) {
        self.name = name
        self.values = values
    }

    /// `name` bound to each value as written; a value that does not read is refused, naming it.
    public init(name: String, written: [String]) throws(BindingError) {
        var values: [ParamBinding] = []
        for text in written {
            do throws(BindingError) {
                values.append(try ParamBinding(name: name, written: text))
            } catch {
                throw BindingError("--set \(name)=\(text): \(error.message)")
            }
        }
        self.init(name: name, values: values)
    }

    private enum CodingKeys: String, CodingKey { case name, values }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        do {
            try self.init(name: name, written: try c.decode([String].self, forKey: .values))
        } catch let error as BindingError {
            throw DecodingError.dataCorruptedError(forKey: .values, in: c, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(values.map(\.written), forKey: .values)
    }
}

/// The grid a sweep runs: tasks × variants × axis values × seeds, expanded to cells in that order.
public struct SweepGrid: Equatable, Sendable {
    public var tasks: [String]
    public var variants: [SweepVariant]
    public var axes: [SweepAxis]
    public var seeds: [UInt64]

    public init(tasks: [String], variants: [SweepVariant], axes: [SweepAxis], seeds: [UInt64]) {
        self.tasks = tasks
        self.variants = variants
        self.axes = axes
        self.seeds = seeds
    }

    /// One configuration of the grid: the variant with the axis values applied (an axis value
    /// replaces the variant's own setting of the same name) and its folder name.
    public struct Configuration: Equatable, Sendable {
        public var variant: SweepVariant
        public var settings: ParamBindings
        /// `<label>[-name=value…]` (axis values only: the variant's own settings are in its label).
        public var name: String
    }

    /// The distinct configurations, in variant order then axis order (duplicates dropped).
    public var configurations: [Configuration] {
        var combos: [[ParamBinding]] = [[]]
        for axis in axes {
            combos = combos.flatMap { prefix in axis.values.map { prefix + [$0] } }
        }
        var out: [Configuration] = []
        for variant in variants {
            for combo in combos {
                let settings = variant.settings.overridden(by: ParamBindings(combo))
                let name = ([variant.label] + combo.map(\.description)).joined(separator: "-")
                let configuration = Configuration(variant: variant, settings: settings, name: name)
                if !out.contains(where: { $0.name == name || ($0.variant.method == variant.method
                                                              && Set($0.settings.items) == Set(settings.items)) }) {
                    out.append(configuration)
                }
            }
        }
        return out
    }

    /// Runs = tasks × configurations × seeds.
    public var runCount: Int { tasks.count * configurations.count * seeds.count }
}

/// `sweep.json`: the grid as given and every run's configuration before the data resolves its
/// lengths (what a fresh `eptc run` with the same flags would start from). A rerun of the same
/// command, or `eptc sweep --resume DIR`, continues from it; the report reads it for the order of
/// the table and the cells that never ran.
public struct SweepPlan: Codable, Equatable, Sendable {
    public struct Run: Codable, Equatable, Sendable {
        /// `<task>/<configuration>/seed-<n>`, relative to the sweep folder.
        public var path: String
        public var task: String
        public var configuration: String
        public var seed: UInt64
        public var run: RunConfiguration

        public init(path: String, task: String, configuration: String, seed: UInt64, run: RunConfiguration) {
            self.path = path
            self.task = task
            self.configuration = configuration
            self.seed = seed
            self.run = run
        }
    }

    public var preset: String?
    /// The configuration relative times are measured against (per task).
    public var baseline: String?
    /// `--total-budget` in seconds, if any.
    public var totalBudget: Double?
    public var runs: [Run]
    /// Set when the time budgets were turned into step budgets (`--rates`): the rate table's path
    /// and its comment lines (the host and date of the measurement).
    public var rateSource: [String]?

    public init(preset: String?, baseline: String?, totalBudget: Double?, runs: [Run]) {
        self.preset = preset
        self.baseline = baseline
        self.totalBudget = totalBudget
        self.runs = runs
    }

    public static func fileName(in folder: String) -> String { folder + "/sweep.json" }

    public func write(to folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try RunFiles.write(encoder.encode(self), to: Self.fileName(in: folder))
    }

    public static func load(folder: String) throws -> SweepPlan {
        let path = fileName(in: folder)
        guard let data = try RunFiles.read(path) else { throw UserError("\(path): no such file") }
        do {
            return try JSONDecoder().decode(SweepPlan.self, from: data)
        } catch {
            throw UserError("\(path): not a sweep plan (\(describeDecoding(error)))")
        }
    }

    /// Why `other` (a rerun's plan) is not this sweep: the first run that differs, or nil.
    public func difference(from other: SweepPlan) -> String? {
        if runs.map(\.path) != other.runs.map(\.path) {
            let mine = Set(runs.map(\.path)), theirs = Set(other.runs.map(\.path))
            if let extra = theirs.subtracting(mine).sorted().first { return "the new grid has \(extra), the sweep does not" }
            if let missing = mine.subtracting(theirs).sorted().first { return "the sweep has \(missing), the new grid does not" }
            return "the runs are in another order"
        }
        for (a, b) in zip(runs, other.runs) {
            let changed = b.run.differences(from: a.run)
            if !changed.isEmpty { return "\(a.path): " + changed.joined(separator: "; ") }
        }
        return nil
    }
}

/// `failed.json` in a run folder: the run stopped with an error; the sweep went on.
public struct SweepFailure: Codable, Equatable, Sendable {
    public var error: String
    public var date: String

    public init(error: String, date: Date = Date()) {
        self.error = error
        self.date = ISO8601DateFormatter().string(from: date)
    }

    public static func fileName(in runFolder: String) -> String { runFolder + "/failed.json" }

    public func write(to runFolder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try RunFiles.write(encoder.encode(self), to: Self.fileName(in: runFolder))
    }

    public static func load(runFolder: String) -> SweepFailure? {
        guard let data = (try? RunFiles.read(fileName(in: runFolder))) ?? nil else { return nil }
        return try? JSONDecoder().decode(SweepFailure.self, from: data)
    }
}
