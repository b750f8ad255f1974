// A task: its name, label space, T5 label words, metrics, and the folder its files live in.
// Behaviour that differs per task (templates, readers) switches on the internal `TaskID`.

/// Which task a definition describes; internal so the public surface stays the struct.
enum TaskID: String, Sendable, CaseIterable {
    case cola, sst2, mrpc, stsb, rte, qqp, mnli, mnliMismatched = "mnli-mm", qnli
    case boolq, cb, superglueRTE = "superglue-rte", copa, multirc, wic, wsc
    /// A task from the user's own files (`TaskDefinition.custom`); never in the registry.
    case custom
}

/// One GLUE or SuperGLUE task, made by `TaskRegistry`, or a task from the user's files
/// (`init(custom:)`); see docs/TASKS.md.
public struct TaskDefinition: Equatable, Sendable {
    /// Registry name: "cola", "sst2", "mrpc", "stsb", "rte" (GLUE RTE, TSV), "qqp", "mnli"
    /// (dev = matched), "mnli-mm" (dev = mismatched), "qnli", "boolq", "cb", "superglue-rte"
    /// (SuperGLUE RTE, JSON lines), "copa", "multirc", "wic", "wsc".
    public let name: String
    public let benchmark: Benchmark
    public let kind: TaskKind
    /// T5 target words, index-aligned with class indices (TFDS label names); empty for STS-B.
    public let labelWords: [String]
    /// Keys of `metrics(...)`'s result, in print order; multi-metric tasks end with "average".
    public let metricNames: [String]
    /// The one number to rank by: the official GLUE/SuperGLUE task score, i.e. the single
    /// metric, or "average" (mean of the others) for MRPC, QQP, STS-B, CB and MultiRC.
    public let primaryMetric: String
    /// The `Example.texts` keys this task's reader fills.
    public let textFields: [String]
    /// The benchmark's folder name ("CoLA", "SST-2", "BoolQ", ...).
    public let folder: String
    /// Whether data for this task ships in the repository's data/ folder.
    public let isShipped: Bool
    let id: TaskID
    /// The user's files and columns for a custom task; nil for the GLUE / SuperGLUE tasks.
    public internal(set) var custom: CustomTask? = nil

    /// Number of classes; 0 for regression.
    public var labelCount: Int {
        if case .classification(let n) = kind { return n }
        return 0
    }

    /// The task's metrics for `predictions` against `references` (fractions; the caller scales).
    /// `groups` matters only for MultiRC (pass `Example.group`s); other tasks may pass [].
    /// Class tasks read `.score` predictions as `Label.unknown`.
    public func metrics(predictions: [Label], references: [Label], groups: [Int?] = []) -> [String: Double] {
        precondition(predictions.count == references.count,
                     "\(name) metrics: \(predictions.count) predictions for \(references.count) references")
        var result: [String: Double] = [:]
        switch kind {
        case .regression:
            let p = predictions.map(\.value), r = references.map(\.value)
            result["pearson"] = Metrics.pearson(p, r)
            result["spearman"] = Metrics.spearman(p, r)
        case .classification(let count):
            let p = predictions.map { $0.classIndex ?? -1 }, r = references.map { $0.classIndex ?? -1 }
            for metric in metricNames {
                switch metric {
                case "accuracy": result[metric] = Metrics.accuracy(predictions: p, references: r)
                case "f1": result[metric] = Metrics.f1(predictions: p, references: r)
                case "mcc": result[metric] = Metrics.matthews(predictions: p, references: r)
                case "macro_f1":
                    // A custom task averages over the classes that occur, as scikit-learn's default.
                    result[metric] = custom == nil ? Metrics.macroF1(predictions: p, references: r, classes: 0..<count)
                        : Metrics.macroF1(predictions: p, references: r)
                case "f1a": result[metric] = Metrics.f1a(predictions: p, references: r)
                case "em":
                    let g = groups.count == r.count ? groups : [Int?](repeating: nil, count: r.count)
                    result[metric] = Metrics.exactMatch(predictions: p, references: r, groups: g)
                default: break
                }
            }
        }
        if metricNames.contains("average") {
            let parts = metricNames.filter { $0 != "average" }.compactMap { result[$0] }
            result["average"] = parts.isEmpty ? 0 : parts.reduce(0, +) / Double(parts.count)
        }
        return result
    }
}
