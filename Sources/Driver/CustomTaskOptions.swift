import ArgumentParser
import Foundation
import Support
import Tasks
import Trainer

/// `eptc run`'s flags for a task from the user's own files (docs/TASKS.md, "Your own data"). Every
/// one is optional so that `--resume` can tell what the user changed from what the saved run holds.
struct CustomTaskOptions: ParsableArguments {
    @Option(name: .customLong("train"), help: ArgumentHelp(
        "Train on your own file instead of --task: CSV, TSV or JSON lines (by extension, or --format), "
            + "with --dev, --text-column and --label-column.", valueName: "FILE"))
    var train: String?

    @Option(name: .customLong("dev"), help: ArgumentHelp("Your dev file: evaluated during training, picks the best checkpoint.",
                                                         valueName: "FILE"))
    var dev: String?

    @Option(name: .customLong("test"), help: ArgumentHelp("Your test file (labels optional), for eptc eval --split test.",
                                                          valueName: "FILE"))
    var test: String?

    @Option(name: .customLong("format"), help: "csv, tsv or jsonl for all three files (default: each file's extension).")
    var format: DataFormat?

    @Option(name: .customLong("text-column"), help: ArgumentHelp("The column holding the text.", valueName: "NAME"))
    var textColumn: String?

    @Option(name: .customLong("text-pair-column"), help: ArgumentHelp("A second text column (sentence pairs).", valueName: "NAME"))
    var textPairColumn: String?

    @Option(name: .customLong("label-column"), help: ArgumentHelp(
        "The column holding the label: a class name (the classes are the training file's labels), or a number with --regression.",
        valueName: "NAME"))
    var labelColumn: String?

    @Flag(name: .customLong("regression"), help: "The labels are numbers: train a regression (metrics Pearson and Spearman).")
    var regression = false

    @Option(name: .customLong("metric"), help: ArgumentHelp(
        "The metric that picks the best checkpoint: accuracy (default), macro_f1 or mcc (two classes); "
            + "pearson (default) or spearman with --regression."))
    var metric: String?

    @Option(name: .customLong("template"), help: ArgumentHelp(
        "T5 only: the input text, with {text} and {text_pair} for the columns (default \"TEXT_COLUMN: {text}\").",
        valueName: "TEXT"))
    var template: String?

    @Option(name: .customLong("label-words"), help: ArgumentHelp(
        "T5 only: the word T5 writes for a label, LABEL=WORD, comma-separated or repeated (default: the label itself).",
        valueName: "LABEL=WORD"))
    var labelWords: [String] = []

    var isGiven: Bool {
        train != nil || dev != nil || test != nil || format != nil || textColumn != nil || textPairColumn != nil
            || labelColumn != nil || regression || metric != nil || template != nil || !labelWords.isEmpty
    }

    func validate() throws {
        do { _ = try parsedLabelWords() } catch let e as UserError { throw ValidationError(e.message) }
    }

    /// The custom task these flags give, over `base` (a resumed run's saved task): each flag given
    /// replaces its part; a file named again keeps its recorded fingerprint. Nil when neither the
    /// flags nor `base` define one.
    func overlaid(on base: CustomTask?) throws -> CustomTask? {
        guard isGiven else { return base }
        var task = try base ?? newTask()
        if let train { task.train = try dataFile(train, "--train", keeping: task.train) } else if let format { task.train.format = format }
        if let dev { task.dev = try dataFile(dev, "--dev", keeping: task.dev) } else if let format { task.dev.format = format }
        if let test { task.test = try dataFile(test, "--test", keeping: task.test) } else if let format { task.test?.format = format }
        if let textColumn { task.textColumn = textColumn }
        if let textPairColumn { task.textPairColumn = textPairColumn }
        if let labelColumn { task.labelColumn = labelColumn }
        if regression { task.regression = true }
        if let metric { task.metric = metric }
        if let template { task.template = template }
        if let words = try parsedLabelWords() { task.labelWords = words }
        if let problem = task.problem { throw UserError(problem) }
        return task
    }

    /// A new run's task: the files and columns it cannot do without.
    private func newTask() throws -> CustomTask {
        let needed = [("--train FILE", train), ("--dev FILE", dev), ("--text-column NAME", textColumn),
                      ("--label-column NAME", labelColumn)]
        let missing = needed.filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty, let train, let dev, let textColumn, let labelColumn else {
            throw UserError("your own data needs --train FILE, --dev FILE, --text-column NAME and --label-column NAME; "
                            + "missing: " + missing.joined(separator: ", "))
        }
        let trainFile = try dataFile(train, "--train", keeping: nil)
        return CustomTask(train: trainFile, dev: try dataFile(dev, "--dev", keeping: nil), textColumn: textColumn,
                          textPairColumn: textPairColumn, labelColumn: labelColumn, regression: regression)
    }

    /// A file flag's path (absolute) and format; the fingerprint `old` recorded when it is the same file.
    private func dataFile(_ path: String, _ flag: String, keeping old: CustomDataFile?) throws -> CustomDataFile {
        let full = absolute(path)
        guard let format = format ?? DataFormat.of(path: full) else {
            throw UserError("\(flag) \(path): the extension does not say the format (.csv, .tsv, .jsonl); give --format csv, tsv or jsonl")
        }
        var file = CustomDataFile(path: full, format: format)
        if let old, old.path == full, old.format == format { file.fingerprint = old.fingerprint }
        return file
    }

    /// `--label-words` as label → word; nil when not given.
    func parsedLabelWords() throws -> [String: String]? {
        guard !labelWords.isEmpty else { return nil }
        var words: [String: String] = [:]
        for item in labelWords.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw UserError("--label-words \(item): expected LABEL=WORD (e.g. --label-words pos=positive,neg=negative)")
            }
            guard words[parts[0]] == nil else { throw UserError("--label-words: the label \"\(parts[0])\" is given two words") }
            words[parts[0]] = parts[1]
        }
        return words
    }

    /// Refuses the T5-only flags on an encoder, which reads the text columns itself.
    func checkBackbone(_ backbone: Backbone) throws {
        guard backbone == .bert else { return }
        if template != nil || !labelWords.isEmpty {
            throw UserError("--template and --label-words shape T5's text-to-text input and targets; an encoder (BERT family) "
                            + "reads the text columns as they are and predicts through its head: drop them, or --model a T5 folder")
        }
    }
}

/// `--format csv|tsv|jsonl`: a typed option; a wrong value is refused by the parser, listing the choices.
extension DataFormat: ExpressibleByArgument {}
