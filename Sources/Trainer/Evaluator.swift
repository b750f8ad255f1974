import Foundation
import IR
import Runtime
import Support
import Tasks

/// Predictions and metrics of the current weights on a split. The encoder head predicts through
/// `encode`'s logits (argmax, or the single output for regression); T5 decodes greedily through
/// `greedy` and maps the text back to a label — a word that is no label counts as wrong and is
/// counted in `unknown`.
public struct Evaluator {
    public let programs: StepPrograms
    public let codec: TextCodec
    public let task: TaskDefinition
    public let batchSize: Int
    /// Data-parallel: each rank predicts every `size`-th batch and the predictions are shared.
    public var parallel: DataParallel?

    public init(programs: StepPrograms, codec: TextCodec, task: TaskDefinition, batchSize: Int) {
        self.programs = programs
        self.codec = codec
        self.task = task
        self.batchSize = batchSize
    }

    public var entryName: String { codec.isT5 ? "greedy" : "encode" }

    public struct Result {
        /// One prediction per example, in split order (nil: unknown T5 text).
        public var predictions: [Label?]
        public var texts: [String]
        /// The encoder head's class probabilities per example (softmax of its logits), in class
        /// order; empty for T5 and regression (and for the rows another rank predicted).
        public var probabilities: [[Double]]
        public var metrics: [String: Double]
        public var unknown: Int
        public var seconds: Double
    }

    /// Predicts every example; computes the task's metrics when every example has a label.
    public func evaluate(_ examples: [EncodedExample]) throws -> Result {
        let start = Date()
        let bucketOf = examples.map { programs.buckets.bucket(for: $0.ids.count) }
        var predictions = [Label?](repeating: nil, count: examples.count)
        var texts = [String](repeating: "", count: examples.count)
        var probabilities = [[Double]](repeating: [], count: examples.count)
        var mine = [Bool](repeating: false, count: examples.count)
        let plan = EpochPlan.evaluation(bucketOf: bucketOf, bucketCount: programs.buckets.lengths.count, batchSize: batchSize)
        for (k, batch) in plan.enumerated() where parallel.map({ k % $0.size == $0.rank }) ?? true {
            let engine = programs.engine(bucket: batch.bucket)
            guard let entry = engine.graph.entry(named: entryName) else { throw UserError("no '\(entryName)' entry") }
            let inputs = try BatchInputs.make(entry, examples: examples, batch: batch,
                                              length: programs.buckets.lengths[batch.bucket], padID: codec.padID)
            let outputs = try engine.run(entryName, inputs: inputs)
            let real = batch.rows.count - batch.padding
            for (r, row) in batch.rows.prefix(real).enumerated() {
                (predictions[row], texts[row], probabilities[row]) = try predict(outputs, row: r)
                mine[row] = true
            }
        }
        if let parallel { predictions = try parallel.share(predictions, mine: mine) }
        let unknown = predictions.filter { $0 == nil }.count
        var metrics: [String: Double] = [:]
        let references = examples.compactMap(\.label)
        if !examples.isEmpty, references.count == examples.count {
            metrics = task.metrics(predictions: predictions.map { $0 ?? .unknown }, references: references,
                                   groups: examples.map(\.group))
        }
        return Result(predictions: predictions, texts: texts, probabilities: probabilities, metrics: metrics, unknown: unknown,
                      seconds: Date().timeIntervalSince(start))
    }

    private func predict(_ outputs: [String: Tensor], row r: Int) throws -> (Label?, String, [Double]) {
        if codec.isT5 {
            guard let tokens = outputs["tokens"] else { throw UserError("'greedy' returned no tokens") }
            let t = tokens.shape[1]
            let text = codec.text(Array(tokens.ints[r * t..<(r + 1) * t]))
            return (task.label(fromT5Text: text), text, [])
        }
        guard let logits = outputs["logits"] else { throw UserError("'encode' returned no logits") }
        let c = logits.shape[1]
        let row = Array(logits.floats[r * c..<(r + 1) * c])
        if case .regression = task.kind { return (.score(Double(row[0])), String(row[0]), []) }
        var best = 0
        for k in row.indices where row[k] > row[best] { best = k }
        return (.index(best), String(best), Self.softmax(row.map(Double.init)))
    }

    /// exp(x − max) / Σ exp(x − max): class probabilities from logits or log-likelihoods (c).
    static func softmax(_ logits: [Double]) -> [Double] {
        let top = logits.max() ?? 0
        let e = logits.map { Foundation.exp($0 - top) }
        let sum = e.reduce(0, +)
        return e.map { $0 / sum }
    }
}
