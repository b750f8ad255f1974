import Foundation
import IR
import Support
import Tasks

/// Everything that decides what a run computes, resolved (defaults filled in) and written to the run
/// folder as `config.json`. `--resume` reads it back and refuses a changed configuration unless forced:
/// `differences(from:)` names each field that changed.
public struct RunConfiguration: Codable, Equatable, Sendable {
    public var task: String
    public var method: String
    /// The model folder (absolute path) and its family.
    public var model: String
    public var backbone: Backbone
    /// The method's graph file (absolute path).
    public var graph: String
    /// `--set` values passed to the graph, typed (saved as written: "use_fusion=false").
    public var settings: ParamBindings = []
    /// A user's full GLUE / SuperGLUE folder, if any.
    public var dataDirectory: String?
    public var trainSplit = Split.train
    public var evalSplit = Split.dev
    /// A task from the user's own files (`task` is then "custom"): files and their fingerprints,
    /// columns, labels, metric, T5 template and label words.
    public var custom: CustomTask?

    // Budget: training stops at the first limit reached.
    public var epochs: Int?
    public var maxSteps: Int?
    /// Seconds of training (evaluation excluded); with a time budget the schedule runs on time.
    public var timeBudget: Double?
    /// Set when `maxSteps` was converted from a time budget (`stepBudget(at:)`): the steps per
    /// second measured on a quiet machine, by which reports count time as steps ÷ rate.
    public var quietStepsPerSecond: Double?

    public var batchSize = 32
    /// Longest input (tokens) and the length buckets examples are grouped into (each compiled once).
    public var maxLength = 0
    public var buckets: [Int] = []
    /// T5 target length (tokens, EOS included); 0 for the encoder head.
    public var targetLength = 0

    /// Learning rate per optimizer group (`prompt`, `lowrank`, `head`, `lora`, `backbone`).
    public var learningRates: [String: Double] = [:]
    public var weightDecay = 0.01
    /// Fraction of the schedule spent warming up linearly; then linear decay to zero.
    public var warmupFraction = 0.06
    public var maxGradNorm = 1.0
    /// Dropout rate override (nil: the model's config.json rate).
    public var dropout: Double?

    /// Evaluate (and checkpoint) every this many steps, or every `evalSeconds` of training.
    public var evalEvery: Int?
    public var evalSeconds: Double?
    /// Stop early after this many evaluations without improvement (nil: never).
    public var patience: Int?
    public var seed: UInt64 = 42
    public var threads = 0
    public var engine = StepPrograms.EngineKind.compiled
    public var skipBadRows = false

    /// The defaults above for a task, method, model folder and graph file.
    public init(task: String, method: String, model: String, backbone: Backbone, graph: String) {
        self.task = task
        self.method = method
        self.model = model
        self.backbone = backbone
        self.graph = graph
    }

    /// Fields whose change makes a checkpoint meaningless (or a resumed run different); the budget,
    /// evaluation cadence and threads may change on resume.
    public func differences(from other: RunConfiguration) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ name: String, _ a: T, _ b: T) {
            if a != b { out.append("\(name): \(b) → \(a)") }
        }
        check("task", task, other.task)
        check("method", method, other.method)
        check("model", model, other.model)
        check("graph", graph, other.graph)
        check("settings", settings, other.settings)
        check("batch-size", batchSize, other.batchSize)
        check("max-length", maxLength, other.maxLength)
        check("buckets", buckets, other.buckets)
        check("target-length", targetLength, other.targetLength)
        check("learning rates", learningRates, other.learningRates)
        check("weight-decay", weightDecay, other.weightDecay)
        check("warmup", warmupFraction, other.warmupFraction)
        check("max-grad-norm", maxGradNorm, other.maxGradNorm)
        check("dropout", Self.describe(dropout), Self.describe(other.dropout))
        check("seed", seed, other.seed)
        check("engine", engine, other.engine)
        check("epochs", Self.describe(epochs), Self.describe(other.epochs))
        check("max-steps", Self.describe(maxSteps), Self.describe(other.maxSteps))
        check("time-budget", Self.describe(timeBudget), Self.describe(other.timeBudget))
        check("data-dir", dataDirectory ?? "shipped", other.dataDirectory ?? "shipped")
        check("train split", trainSplit, other.trainSplit)
        if let custom, let saved = other.custom { out += custom.differences(from: saved) }
        return out
    }

    /// What the ranks of one data-parallel job must share: everything `differences` compares, plus
    /// what decides when every rank evaluates and stops (threads may differ between machines).
    public func rankDifferences(from other: RunConfiguration) -> [String] {
        var out = differences(from: other)
        func check<T: Equatable>(_ name: String, _ a: T, _ b: T) {
            if a != b { out.append("\(name): \(b) → \(a)") }
        }
        check("eval-every", Self.describe(evalEvery), Self.describe(other.evalEvery))
        check("eval-every seconds", Self.describe(evalSeconds), Self.describe(other.evalSeconds))
        check("patience", Self.describe(patience), Self.describe(other.patience))
        check("eval split", evalSplit, other.evalSplit)
        check("skip-bad-rows", skipBadRows, other.skipBadRows)
        return out
    }

    static func describe<T>(_ v: T?) -> String { v.map { "\($0)" } ?? "none" }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    public static func load(path: String) throws -> RunConfiguration {
        guard let data = try RunFiles.read(path) else { throw UserError("\(path): no such file") }
        let configuration: RunConfiguration
        do {
            configuration = try JSONDecoder().decode(RunConfiguration.self, from: data)
        } catch {
            throw UserError("\(path): not a run configuration (\(describeDecoding(error)))")
        }
        try configuration.checkRanges(file: path)
        return configuration
    }
}

/// The model family a run's folder holds, which picks the method graph and the head: T5's
/// text-to-text decoder, or an encoder (BERT family) with a classification head. Written to
/// config.json as "t5" / "bert".
public enum Backbone: String, Codable, Sendable, CustomStringConvertible {
    case t5, bert
    public var description: String { rawValue }
}
