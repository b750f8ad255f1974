// The values a task reader produces and a trainer consumes: splits, labels, examples.

/// A data split. `train32` is the 32-example FewGLUE training set shipped for SuperGLUE tasks;
/// `dev` is GLUE `dev.tsv` (MNLI: `dev_matched.tsv` / `dev_mismatched.tsv`) or SuperGLUE `val.jsonl`.
public enum Split: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    case train, dev, test, train32
    public var description: String { rawValue }
}

/// A gold or predicted label: a class index, or a score for regression (STS-B).
public enum Label: Equatable, Hashable, Sendable {
    case index(Int)
    case score(Double)

    /// What a caller passes for a prediction that `label(fromT5Text:)` could not read. Metrics
    /// treat it as its own class (wrong for accuracy and exact match, never the positive class
    /// of F1, an extra class in MCC) and as the score -1 for regression, as T5's post-processors do.
    public static let unknown = Label.index(-1)

    /// The class index; a score has none (nil).
    public var classIndex: Int? {
        if case .index(let i) = self { return i }
        return nil
    }

    /// The value used by regression metrics: a score, or a class index read as a number.
    public var value: Double {
        switch self {
        case .index(let i): return Double(i)
        case .score(let s): return s
        }
    }
}

/// One example, as read from a task file. `texts` holds the task's fields by name (see
/// `TaskDefinition.textFields`); `label` is nil for unlabeled test splits; `group` is the
/// MultiRC question (all answers of one question share it, for exact match); `source` is
/// "path:line" of the row it came from.
public struct Example: Equatable, Sendable {
    public var texts: [String: String]
    public var label: Label?
    public var group: Int?
    public var source: String

    public init(texts: [String: String], label: Label?, group: Int? = nil, source: String = "") {
        self.texts = texts
        self.label = label
        self.group = group
        self.source = source
    }

    /// The named field, or "" when absent (templates never fail on a missing field).
    public subscript(field: String) -> String { texts[field] ?? "" }
}

/// What a task predicts.
public enum TaskKind: Equatable, Sendable {
    case classification(labelCount: Int)
    case regression(min: Double, max: Double)
}

/// The benchmark a task belongs to; decides its folder layout (GLUE TSV or SuperGLUE JSON lines),
/// or `custom`: the user's own files (`CustomTask`).
public enum Benchmark: String, Sendable {
    case glue, superglue, custom
}
