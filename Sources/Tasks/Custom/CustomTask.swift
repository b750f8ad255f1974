import Foundation

// A task from the user's own files (`eptc run --train FILE --dev FILE`): which files, which
// columns, classification or regression, the metric, and for T5 the template and label words.
// Saved whole in the run's config.json, so `--resume`, `eval` and `predict` rebuild the same task.
// The label set is read from the training file and kept in sorted order (numeric order when every
// label is an integer), so the class indices do not depend on the order of the rows.

/// The file formats a custom task reads.
public enum DataFormat: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    case csv, tsv, jsonl
    public var description: String { rawValue }

    /// The format a file's extension names (.csv; .tsv, .tab; .jsonl, .ndjson), or nil.
    public static func of(path: String) -> DataFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }
}

/// One of a custom task's files: where, in which format, and the FNV-1a fingerprint of its bytes
/// when the run first read it (nil until then). A resumed run or `eval` refuses a file whose
/// bytes changed since.
public struct CustomDataFile: Codable, Equatable, Sendable {
    public var path: String
    public var format: DataFormat
    public var fingerprint: String?

    public init(path: String, format: DataFormat, fingerprint: String? = nil) {
        self.path = path
        self.format = format
        self.fingerprint = fingerprint
    }
}

public struct CustomTask: Codable, Equatable, Sendable {
    /// The task name runs, folders and checkpoints use.
    public static let taskName = "custom"
    /// Metrics a custom task can report; MCC only with two classes.
    public static let classificationMetrics = ["accuracy", "macro_f1", "mcc"]
    public static let regressionMetrics = ["pearson", "spearman"]

    public var train: CustomDataFile
    public var dev: CustomDataFile
    public var test: CustomDataFile?
    public var textColumn: String
    public var textPairColumn: String?
    public var labelColumn: String
    public var regression: Bool
    /// The class names, index order (sorted; see the file comment); empty for regression and
    /// until the training file has been read.
    public var labels: [String] = []
    /// The primary metric (nil: accuracy, or pearson for regression).
    public var metric: String?
    /// T5 input template with `{text}` and `{text_pair}` (nil: "COLUMN: {text} PAIR: {text_pair}").
    public var template: String?
    /// T5 target word per label (label → word); a label without one is its own word.
    public var labelWords: [String: String]?

    public init(train: CustomDataFile, dev: CustomDataFile, test: CustomDataFile? = nil, textColumn: String,
                textPairColumn: String? = nil, labelColumn: String, regression: Bool = false) {
        self.train = train
        self.dev = dev
        self.test = test
        self.textColumn = textColumn
        self.textPairColumn = textPairColumn
        self.labelColumn = labelColumn
        self.regression = regression
    }

    /// The file a split reads (no train32 here; test only when given).
    public func file(for split: Split) -> CustomDataFile? {
        switch split {
        case .train: return train
        case .dev: return dev
        case .test: return test
        case .train32: return nil
        }
    }

    /// Replaces the file a split reads (train32 has none).
    public mutating func setFile(_ file: CustomDataFile, for split: Split) {
        switch split {
        case .train: train = file
        case .dev: dev = file
        case .test: test = file
        case .train32: break
        }
    }

    public var metricNames: [String] {
        regression ? Self.regressionMetrics : ["accuracy", "macro_f1"] + (labels.count == 2 ? ["mcc"] : [])
    }

    public var primaryMetric: String { metric ?? (regression ? "pearson" : "accuracy") }

    /// T5 target words in class order.
    public var words: [String] { labels.map { labelWords?[$0] ?? $0 } }

    /// What is wrong with this definition as given (before or after the labels are known), or nil.
    /// Messages name the flag that sets the value.
    public var problem: String? {
        if let p = columnProblem { return p }
        let allowed = regression ? Self.regressionMetrics : Self.classificationMetrics
        if let metric, !allowed.contains(metric) {
            return "--metric \(metric): \(regression ? "a regression" : "a classification") task reports "
                + allowed.joined(separator: ", ")
        }
        if let template, let reason = CustomTemplate.problem(template, hasPair: textPairColumn != nil) {
            return "--template \(template): \(reason)"
        }
        if regression {
            return labelWords == nil ? nil : "--label-words: a regression task has no labels to give words to"
        }
        return labelProblem
    }

    private var columnProblem: String? {
        let columns = [("--text-column", textColumn), ("--label-column", labelColumn)]
            + (textPairColumn.map { [("--text-pair-column", $0)] } ?? [])
        if let empty = columns.first(where: { $0.1.isEmpty }) { return "\(empty.0): the column name is empty" }
        for (i, a) in columns.enumerated() {
            for b in columns[(i + 1)...] where a.1 == b.1 {
                return "\(a.0) and \(b.0) name the same column \"\(a.1)\""
            }
        }
        return nil
    }

    /// Label-set problems once the labels are known: duplicates, MCC with more than two classes,
    /// label words for unknown labels or repeated words.
    private var labelProblem: String? {
        if Set(labels).count != labels.count { return "the label list repeats a label" }
        if !labels.isEmpty, metric == "mcc", labels.count != 2 {
            return "--metric mcc: MCC is reported for two classes; this task has \(labels.count) (\(Self.list(labels)))"
        }
        guard let labelWords else { return nil }
        for (label, word) in labelWords.sorted(by: { $0.key < $1.key }) {
            if !labels.isEmpty, !labels.contains(label) {
                return "--label-words \(label)=\(word): the training file has no label \"\(label)\" (its labels: \(Self.list(labels)))"
            }
            if word.isEmpty || word != word.trimmingCharacters(in: .whitespacesAndNewlines) {
                return "--label-words \(label)=\(word): a label word must be non-empty, without surrounding spaces"
            }
        }
        let all = labels.isEmpty ? Array(labelWords.values) : words
        if let repeated = all.first(where: { w in all.filter { $0 == w }.count > 1 }) {
            return "--label-words: two labels have the word \"\(repeated)\"; each label needs its own word"
        }
        return nil
    }

    /// What differs from `other` in what decides a run (files, columns, labels, metric, template),
    /// as "name: old → new" lines; fingerprints are checked where the files are read.
    public func differences(from other: CustomTask) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ name: String, _ a: T, _ b: T) {
            if a != b { out.append("\(name): \(b) → \(a)") }
        }
        func describe(_ f: CustomDataFile?) -> String { f.map { "\($0.path) (\($0.format))" } ?? "none" }
        check("train file", describe(train), describe(other.train))
        check("dev file", describe(dev), describe(other.dev))
        check("text-column", textColumn, other.textColumn)
        check("text-pair-column", textPairColumn ?? "none", other.textPairColumn ?? "none")
        check("label-column", labelColumn, other.labelColumn)
        check("regression", regression, other.regression)
        check("labels", labels, other.labels)
        check("metric", primaryMetric, other.primaryMetric)
        check("template", template ?? "default", other.template ?? "default")
        check("label-words", words, other.words)
        return out
    }

    /// "a, b, c" with each label quoted where it has spaces or is empty.
    static func list(_ labels: [String]) -> String {
        labels.map { $0.isEmpty || $0.contains(" ") || $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ", ")
    }
}
