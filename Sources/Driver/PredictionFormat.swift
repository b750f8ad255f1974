import ArgumentParser
import Foundation
import Tasks
import Trainer

/// How `eptc predict` (and `eval --output`) writes predictions: one row per input row, as TSV or
/// JSON lines. A class is written by its name — a custom task's label string, a GLUE / SuperGLUE
/// task's label word — a regression prediction as its value, an unreadable T5 answer as `?` (TSV)
/// or null with the decoded text (JSON).
///
///     TSV                 0<TAB>positive                      (no header: the lines eptc always wrote)
///     TSV with scores     index<TAB>label<TAB>negative<TAB>positive, then 0<TAB>positive<TAB>0.120000<TAB>0.880000
///     JSON lines          {"index":0,"label":"positive"}
///     with scores         {"index":0,"label":"positive","scores":{"negative":0.12,"positive":0.88}}
///     regression          0<TAB>3.2500 · {"index":0,"value":3.25}; with scores the value unrounded (TSV header index, value)
enum PredictionFormat: String, CaseIterable, ExpressibleByArgument {
    case tsv, jsonl

    /// The format an output file's extension names (.jsonl, .ndjson, .json: JSON lines), else TSV.
    static func of(path: String?) -> PredictionFormat {
        guard let path else { return .tsv }
        return ["jsonl", "ndjson", "json"].contains(URL(fileURLWithPath: path).pathExtension.lowercased()) ? .jsonl : .tsv
    }

    /// The TSV lines without scores.
    static func lines(_ result: Evaluator.Result, task: TaskDefinition) -> [String] {
        PredictionFormat.tsv.lines(result, task: task, scores: false)
    }

    /// Every output line (a header first for TSV with scores). `scores` writes the result's
    /// class probabilities (`Evaluator.Result.probabilities`) for a classification task.
    func lines(_ result: Evaluator.Result, task: TaskDefinition, scores: Bool) -> [String] {
        let classes = (0..<task.labelCount).map(task.className)
        let regression = task.labelCount == 0
        var out: [String] = []
        if self == .tsv && scores { out.append((["index", regression ? "value" : "label"] + classes).joined(separator: "\t")) }
        for (i, prediction) in result.predictions.enumerated() {
            let probabilities = scores ? result.probabilities[i] : []
            switch self {
            case .tsv: out.append(tsv(i, prediction, probabilities, task: task, exact: scores))
            case .jsonl: out.append(json(i, prediction, probabilities, classes: classes, text: result.texts[i], task: task, exact: scores))
            }
        }
        return out
    }

    private func tsv(_ i: Int, _ p: Label?, _ probabilities: [Double], task: TaskDefinition, exact: Bool) -> String {
        let cell: String
        switch p {
        case .score(let s)?: cell = exact ? String(s) : String(format: "%.4f", s)
        case .index(let k)?: cell = task.className(k)
        case nil: cell = "?"
        }
        return ([String(i), cell] + probabilities.map { String(format: "%.6f", $0) }).joined(separator: "\t")
    }

    private func json(_ i: Int, _ p: Label?, _ probabilities: [Double], classes: [String], text: String,
                      task: TaskDefinition, exact: Bool) -> String {
        var record: [String: Any] = ["index": i]
        switch p {
        case .score(let s)?: record["value"] = exact ? s : (s * 1e4).rounded() / 1e4
        case .index(let k)?: record["label"] = task.className(k)
        case nil:
            record["label"] = NSNull()
            record["text"] = text
        }
        if !probabilities.isEmpty {
            record["scores"] = Dictionary(zip(classes, probabilities.map { ($0 * 1e6).rounded() / 1e6 }), uniquingKeysWith: { a, _ in a })
        }
        let data = (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
