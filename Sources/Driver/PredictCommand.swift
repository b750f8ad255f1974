import ArgumentParser
import Foundation
import Support
import Tasks
import Trainer

/// `eptc predict --run DIR --input FILE`: predictions of a saved run for new rows in the task's own
/// layout — for a run on your own data, a CSV, TSV or JSON lines file with the run's column names —
/// (labels optional); with labels it also prints the task metric. Output: `PredictionFormat`.
struct PredictCommand: DriverCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict", abstract: "Predict labels for new rows with a saved run.",
        discussion: "One line per input row: its index and the predicted label (the score for regression), "
            + "to stdout or --output FILE, as TSV or JSON lines (--format; default by the output file's extension); "
            + "--scores adds each label's probability or the unrounded value (regression).")

    @Option(name: .customLong("run"), help: ArgumentHelp("The run folder.", valueName: "DIR"))
    var run: String

    @Option(name: .customLong("input"), help: ArgumentHelp(
        "Rows in the task's layout (the GLUE TSV or SuperGLUE JSON lines of its dev or test file; for your own data, "
            + "CSV, TSV or JSON lines with the run's columns).", valueName: "FILE"))
    var input: String

    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "Runs on your own data: csv, tsv or jsonl (default: the input's extension, else the run's training file's format)."))
    var inputFormat: DataFormat?

    @Option(name: .customLong("format"), help: "tsv or jsonl (default: by the --output file's extension; tsv on stdout).")
    var format: PredictionFormat?

    @Flag(name: .customLong("scores"), help: ArgumentHelp(
        "Add each label's probability (the encoder head's softmax; on T5 each label word's likelihood, "
            + "normalized over the words), or the unrounded value (regression)."))
    var scores = false

    @Option(name: .customLong("output"), help: ArgumentHelp("Write the predictions here instead of stdout.", valueName: "FILE"))
    var outputFile: String?

    @Option(name: .customLong("checkpoint"), help: "best (default) or last.")
    var checkpoint = "best"

    @Flag(name: .customLong("skip-bad-rows"), help: "Skip (and count) malformed rows instead of stopping.")
    var skipBadRows = false

    @Option(name: .customLong("threads"), parsing: .unconditional, help: "Threads for BLAS and the generated kernels.")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be a positive number (got \(threads))") }
    }

    func execute(_ output: inout CommandOutput) throws {
        let resources = try Resources.locate(output.environment)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw UserError("--input \(input): no such file")
        }
        if let outputFile {
            try checkOutput(outputFile, against: [(input, "the --input file")] + SavedRun.files(of: RunFolder(path: run)))
        }
        let saved = try SavedRun.open(run, checkpoint: checkpoint, resources: resources, threads: threads,
                                      environment: output.environment, scoring: scores)
        let task = saved.session.task
        try checkFlags(task)
        let loaded = try trainerCall { try Self.read(task, file: input, format: inputFormat, skipBadRows: skipBadRows) }
        guard !loaded.examples.isEmpty else {
            let skipped = loaded.skipped.isEmpty ? "" : " (\(Self.rows(loaded.skipped.count)) skipped as malformed)"
            throw UserError("--input \(input): no rows to predict\(skipped)")
        }
        let encoded = saved.session.encode(loaded.examples)
        var result = try trainerCall { try saved.evaluator.evaluate(encoded) }
        if scores, saved.session.codec.isT5, task.labelCount > 0 {
            result.probabilities = try trainerCall { try saved.evaluator.labelWordProbabilities(encoded) }
        }
        let lines = (format ?? PredictionFormat.of(path: outputFile)).lines(result, task: task, scores: scores)
        if let outputFile {
            try writeOutput(lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"), to: outputFile)
        } else {
            for line in lines { output.print(line) }
        }
        if !loaded.skipped.isEmpty { output.printError("skipped \(Self.rows(loaded.skipped.count)) as malformed") }
        if !result.metrics.isEmpty {
            let metrics = task.metricNames.compactMap { name in result.metrics[name].map { String(format: "%@ %.2f", name, $0 * 100) } }
            output.printError("\(task.name): \(loaded.examples.count) labelled rows: " + metrics.joined(separator: ", "))
        }
    }

    /// "1 row", "3 rows".
    static func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }

    /// A GLUE / SuperGLUE run reads its task's own layout: no --input-format.
    func checkFlags(_ task: TaskDefinition) throws {
        if let inputFormat, task.custom == nil {
            throw UserError("--input-format \(inputFormat): a \(task.name) run reads its task's own layout; "
                            + "--input-format is for runs on your own data")
        }
    }

    /// The file in the task's labelled (dev) layout, else its unlabelled (test) layout; the error
    /// of the labelled reading when neither fits. A custom task's file: in `format`, else the
    /// format its extension names, else the run's training file's; labels optional.
    static func read(_ task: TaskDefinition, file: String, format: DataFormat? = nil, skipBadRows: Bool) throws -> LoadedSplit {
        if let custom = task.custom {
            return try CustomData.read(custom, path: file, format: format, labelRequired: false, skipBadRows: skipBadRows)
        }
        do {
            return try TaskData.read(task, split: .dev, file: file, skipBadRows: false)
        } catch let labelled {
            if let unlabelled = try? TaskData.read(task, split: .test, file: file, skipBadRows: skipBadRows) {
                return unlabelled
            }
            if skipBadRows { return try TaskData.read(task, split: .dev, file: file, skipBadRows: true) }
            throw labelled
        }
    }
}
