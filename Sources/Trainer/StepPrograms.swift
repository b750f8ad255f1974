import Foundation
import IR
import Models
import Passes
import Runtime
import Support

/// The method's graph specialized to each length bucket — elaborated with (B, L[, T]), differentiated,
/// AdamW appended, trimmed to the entries a run calls — and one engine per bucket. All engines share
/// one `WeightStore`: a step in any bucket updates the same prompt, moments and step counter.
public final class StepPrograms {
    public enum EngineKind: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
        case compiled, interpreter
        public var description: String { rawValue }
    }

    /// How the driver turns a graph into a program (its compile cache lives there).
    public typealias Compile = (Graph) throws -> CompiledProgramHandle

    public let buckets: LengthBuckets
    public let graphs: [Graph]
    public let engines: [any Engine]
    public let store: WeightStore

    /// Whether a step is one entry (`train_step`) or split around an all-reduce of the gradients
    /// (`loss_grad` per bucket, then `apply_gradients`, compiled once: data-parallel training).
    public let split: Bool

    /// The entries a run calls: training, evaluation (`encode` for the encoder head, `greedy` for T5)
    /// and prompt initialization (first bucket only); split steps call the gradient and update entries.
    public static let trainingEntry = "train_step"
    public static let gradientEntry = "loss_grad"
    public static let applyEntry = OptimizerPass.applyGradientsEntry
    public static let promptInitEntry = "init_prompt"

    /// `passOverride` replaces the training pipeline (tests: a pass that breaks the graph must be
    /// caught here as on every other path). `extraEntries` are kept too where the graph has them
    /// (`eptc predict --scores` on T5 scores label words through `logits`).
    public init(graphFile: String, folder: ModelFolder, settings: [String: SymbolValue], buckets: LengthBuckets,
                batchSize: Int, targetLength: Int, evalEntry: String, training: Bool, optimizer: AdamWConfig,
                engine: EngineKind, seed: UInt64, split: Bool = false, passOverride: [any Pass]? = nil,
                extraEntries: [String] = [], compile: Compile) throws {
        self.buckets = buckets
        self.split = split
        let stepEntry = split ? Self.gradientEntry : Self.trainingEntry
        let pipeline = PassRunner(passOverride ?? (split
            ? splitStepPipeline(optimizer: optimizer, applyEntry: Self.applyEntry)
            : standardPipeline(optimizer: optimizer)))
        var graphs: [Graph] = []
        for (k, length) in buckets.lengths.enumerated() {
            var bindings = settings
            bindings["B"] = .int(batchSize)
            bindings["L"] = .int(length)
            if targetLength > 0 { bindings["T"] = .int(targetLength) }
            var graph = try folder.elaborate(graphFile, bindings: bindings)
            if training && k == 0 { try Self.checkLearningRates(graph, optimizer) }
            if training { graph = try pipeline.run(graph) }
            var keep = Set([evalEntry] + extraEntries)
            if training { keep.insert(stepEntry) }
            if training && split && k == 0 { keep.insert(Self.applyEntry) }
            if k == 0 { keep.insert(Self.promptInitEntry) }
            guard graph.entry(named: evalEntry) != nil else {
                throw UserError("\(graphFile) has no '\(evalEntry)' entry")
            }
            if training && graph.entry(named: stepEntry) == nil {
                throw UserError("\(graphFile) has no trainable weights: no '\(stepEntry)' entry was derived")
            }
            graph.entries.removeAll { !keep.contains($0.name) }
            if let first = graphs.first, first.weights != graph.weights {
                throw UserError("\(graphFile): the weights differ between length buckets \(buckets.lengths[0]) and "
                                   + "\(length) (a weight's shape depends on L); bind it with --set")
            }
            graphs.append(graph)
        }
        let store = try folder.weightStore(for: graphs[0], seed: seed)
        switch engine {
        case .interpreter:
            engines = graphs.map { Interpreter(graph: $0, weights: store) }
        case .compiled:
            engines = try graphs.map { try compile($0).engine(store) }
        }
        self.graphs = graphs
        self.store = store
    }

    /// Every trainable weight's group needs a learning rate (AdamW's fallback would hide a typo).
    static func checkLearningRates(_ graph: Graph, _ optimizer: AdamWConfig) throws {
        var missing: [String] = []
        for w in graph.weights where w.role == .trainable && optimizer.groups[w.group] == nil && !missing.contains(w.group) {
            missing.append(w.group)
        }
        guard missing.isEmpty else {
            throw UserError("no learning rate for optimizer group\(missing.count == 1 ? "" : "s") "
                               + missing.joined(separator: ", ") + " (give it with --lr GROUP=VALUE)")
        }
    }

    /// The engine of the bucket that holds `length` tokens.
    public func engine(bucket: Int) -> any Engine { engines[bucket] }

    /// Trainable elements (what the optimizer updates).
    public var trainableCount: Int {
        graphs[0].weights.filter { $0.role == .trainable }.reduce(0) { $0 + $1.type.elementCount }
    }

    /// Trainable weights' optimizer groups, in first-seen order.
    public var trainableGroups: [String] {
        var seen: [String] = []
        for w in graphs[0].weights where w.role == .trainable && !seen.contains(w.group) { seen.append(w.group) }
        return seen
    }
}

/// A compiled program as the trainer needs it: something that makes an engine over a store. The
/// driver wraps `Codegen.CompiledProgram` (keeps Trainer free of LLVM).
public struct CompiledProgramHandle {
    public let engine: (WeightStore) throws -> any Engine
    public init(engine: @escaping (WeightStore) throws -> any Engine) { self.engine = engine }
}
