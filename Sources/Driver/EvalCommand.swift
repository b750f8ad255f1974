import ArgumentParser
import Codegen
import Foundation
import Runtime
import Support
import Tasks
import Trainer

/// `eptc eval --run DIR`: the saved run's best (or last) checkpoint on a split; `--adapter DIR
/// --task T`: a PEFT adapter on its base model instead (AdapterRun.swift).
struct EvalCommand: DriverCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Evaluate a saved run's checkpoint (or a PEFT adapter) on a split of its task.")

    @Option(name: .customLong("run"), help: ArgumentHelp("The run folder.", valueName: "DIR"))
    var run: String?

    @OptionGroup var adapterOptions: AdapterOptions

    @Option(name: .customLong("split"), help: "dev (default) or test (predictions only: test labels are not public).")
    var split = "dev"

    @Option(name: .customLong("checkpoint"), help: "best (default) or last.")
    var checkpoint = "best"

    @Option(name: .customLong("output"), help: ArgumentHelp("Also write one prediction per line (index, label) here.",
                                                            valueName: "FILE"))
    var outputFile: String?

    @Option(name: .customLong("threads"), parsing: .unconditional, help: "Threads for BLAS and the generated kernels.")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be a positive number (got \(threads))") }
        try adapterOptions.validate(run: run)
    }

    func execute(_ output: inout CommandOutput) throws {
        let resources = try Resources.locate(output.environment)
        guard Split(rawValue: split) != nil else { throw UserError("--split \(split): expected dev, test, train or train32") }
        let saved: SavedRun
        if let run {
            if let outputFile { try checkOutput(outputFile, against: SavedRun.files(of: RunFolder(path: run))) }
            saved = try SavedRun.open(run, checkpoint: checkpoint, resources: resources, threads: threads,
                                      environment: output.environment, reading: split)
        } else {
            saved = try adapterOptions.open(resources: resources, threads: threads, environment: output.environment) { session in
                let examples = try session.examples(split, shippedData: resources.data)
                try session.requireRows(examples, split: split, to: "evaluate")
                return examples
            }
        }
        let examples = saved.examples
        for note in saved.session.notes { output.printError(note) }
        if let outputFile, let data = saved.session.files[split] {
            try checkOutput(outputFile, against: [(data, "the \(split) data file")])
        }
        let result = try trainerCall { try saved.evaluator.evaluate(saved.session.encode(examples)) }
        let task = saved.session.task
        output.print("\(task.name) · \(saved.session.configuration.method) · \(saved.origin) · "
                     + "\(split): \(examples.count) examples")
        if result.metrics.isEmpty {
            output.print("no labels in this split: predictions only")
        } else {
            for name in task.metricNames { if let v = result.metrics[name] { output.print(String(format: "  %@ %.2f", name, v * 100)) } }
        }
        if saved.session.codec.isT5 { output.print("  unknown predictions: \(result.unknown)") }
        if let outputFile {
            try writeOutput(PredictionFormat.lines(result, task: task).joined(separator: "\n") + "\n", to: outputFile)
            output.print("predictions: \(outputFile)")
        }
    }
}

/// A run folder opened for inference: its configuration, a session, the evaluation programs and
/// the chosen checkpoint loaded into them; with `reading`, that split of the run's data too.
struct SavedRun {
    let session: RunSession
    let programs: StepPrograms
    let evaluator: Evaluator
    let position: TrainingPosition
    var examples: [Example] = []
    /// What the weights are, for messages: "best checkpoint (step 120)", "adapter DIR".
    var origin = ""

    /// The run folder's own files, which an `--output` must not name.
    static func files(of folder: RunFolder) -> [(path: String, role: String)] {
        [(folder.configuration, "the run's config.json"), (folder.bestCheckpoint, "the run's best checkpoint"),
         (folder.lastCheckpoint, "the run's last checkpoint"), (folder.log, "the run's log"), (folder.summary, "the run's summary")]
    }

    /// `scoring`: keep T5's label-word scoring entry too (`Evaluator.labelWordProbabilities`).
    static func open(_ path: String, checkpoint: String, resources: Resources, threads: Int?,
                     environment: [String: String], reading split: String? = nil, scoring: Bool = false) throws -> SavedRun {
        let folder = RunFolder(path: path)
        guard folder.hasRun else { throw UserError("--run \(path): no run there (no config.json)") }
        guard checkpoint == "best" || checkpoint == "last" else { throw UserError("--checkpoint \(checkpoint): expected best or last") }
        let file = checkpoint == "best" ? folder.bestCheckpoint : folder.lastCheckpoint
        guard FileManager.default.fileExists(atPath: file) else {
            throw UserError("--run \(path): no \(checkpoint) checkpoint yet (\(file))")
        }
        BLASSetup.limitThreads(to: threads ?? 0)
        return try trainerCall {
            let configuration = try RunConfiguration.load(path: folder.configuration)
            let session = try RunSession(configuration, fallbackT5Vocabulary: resources.t5Vocabulary)
            // Read before the checkpoint is loaded: it records where the run's splits came from.
            let examples = try split.map { try session.examples($0, shippedData: resources.data) } ?? []
            if let split { try session.requireRows(examples, split: split, to: "evaluate") }
            let extra = scoring && session.codec.isT5 ? [Evaluator.scoringEntry] : []
            // Built as the run built its programs (its vector width and GEMM kernels), so an
            // evaluation of a checkpoint computes what the run computed.
            var options = CodegenOptions()
            try RunKernelChoices.read(folder)?.pin(&options)
            let programs = try session.programs(training: false, extraEntries: extra,
                                                compile: stepCompiler(cache: cacheDirectory(environment), options: options))
            let position = try TrainingCheckpoint.load(file, into: programs.store, expecting: configuration,
                                                       dataSources: session.dataSources)
            let evaluator = Evaluator(programs: programs, codec: session.codec, task: session.task,
                                      batchSize: configuration.batchSize)
            return SavedRun(session: session, programs: programs, evaluator: evaluator, position: position,
                            examples: examples, origin: "\(checkpoint) checkpoint (step \(position.step))")
        }
    }
}
