import ArgumentParser
import Codegen
import COpenBLAS
import Foundation
import Runtime
import Tasks
import Trainer

/// `eptc run --task T`: trains a tuning method on a task and evaluates it on the dev split, writing
/// a run folder (see `RunFolder`). `--resume DIR` continues a run from its last checkpoint.
struct RunCommand: DriverCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train and evaluate a tuning method on a GLUE / SuperGLUE task.",
        discussion: """
        Examples:
          eptc run --task cola                     # EPT, the embedded MiniLM
          eptc run --task rte --model DIR --method dept --epochs 5
          eptc run --task cola --method lora --time-budget 10m
          eptc run --resume runs/cola-lora-...     # after a stop or a kill
        """)

    @OptionGroup var options: RunOptions

    @Option(name: .customLong("resume"), help: ArgumentHelp("Continue the run in DIR from its last checkpoint.", valueName: "DIR"))
    var resume: String?

    @Flag(name: .customLong("force"), help: "With --resume: accept a configuration that differs from the saved one.")
    var force = false

    @Option(name: .customLong("interrupt-after"), help: .hidden)
    var interruptAfter: Int?

    func execute(_ output: inout CommandOutput) throws {
        let env = output.environment
        let resources = try Resources.locate(env)
        var configuration: RunConfiguration
        let folder: RunFolder
        if let resume {
            folder = RunFolder(path: resume)
            guard folder.hasRun else { throw UserError("--resume \(resume): no run there (no config.json)") }
            let saved = try trainerCall { try RunConfiguration.load(path: folder.configuration) }
            configuration = try options.overlaid(on: saved, resources: resources, env: env)
            let changed = configuration.differences(from: saved)
            if !changed.isEmpty && !force {
                throw UserError("--resume \(resume): the configuration differs from the saved run (" + changed.joined(separator: "; ")
                                + "); run with --force to continue anyway")
            }
        } else {
            configuration = try options.configuration(resources: resources, env: env)
            folder = RunFolder(path: options.out ?? "runs/" + RunFolder.defaultName(task: configuration.task, method: configuration.method))
            if folder.hasRun {
                throw UserError("run folder '\(folder.path)' already holds a run; use --resume \(folder.path) or another --out")
            }
        }
        try trainerCall { try folder.prepare() }
        applyThreads(configuration.threads)
        let console = Console(output: output)
        defer { output = console.output }
        try trainerCall {
            try train(configuration, folder: folder, resources: resources, resuming: resume != nil, console: console)
        }
    }

    private func train(_ configuration: RunConfiguration, folder: RunFolder, resources: Resources, resuming: Bool,
                       console: Console) throws {
        let session = try RunSession(configuration, fallbackT5Vocabulary: resources.t5Vocabulary)
        let trainRaw = try session.examples(configuration.trainSplit, shippedData: resources.data)
        let devRaw = try session.examples(configuration.evalSplit, shippedData: resources.data)
        guard !trainRaw.isEmpty else { throw TrainerError("\(configuration.task): the \(configuration.trainSplit) split is empty") }
        guard devRaw.allSatisfy({ $0.label != nil }) else {
            throw TrainerError("\(configuration.task): the \(configuration.evalSplit) split has no labels to evaluate on")
        }
        try session.resolveLengths(train: trainRaw, dev: devRaw, bucketCount: options.bucketCount)
        let resolved = session.configuration
        console.line("eptc run: \(resolved.task) · \(resolved.method) on \(resolved.model) (\(resolved.backbone))")
        console.line("  \(HostDescription.line(threads: resolved.threads))")
        console.line("  data: \(trainRaw.count) \(resolved.trainSplit) / \(devRaw.count) \(resolved.evalSplit) examples; "
                     + "buckets L = \(resolved.buckets.map(String.init).joined(separator: ", "))"
                     + (resolved.targetLength > 0 ? "; target \(resolved.targetLength) tokens" : ""))
        for note in session.notes { console.line("  \(note)") }
        let start = Date()
        let programs = try session.programs(training: true, compile: compiler(console.output.environment))
        console.line("  compiled \(resolved.buckets.count) bucket programs in " + formatSeconds(Date().timeIntervalSince(start))
                     + "; \(grouped(programs.trainableCount)) trainable parameters ("
                     + programs.trainableGroups.map { "\($0) lr \(resolved.learningRates[$0].map { "\($0)" } ?? "?")" }
                        .joined(separator: ", ") + ")")
        console.line("  run folder: \(folder.path)")
        let trainer = Trainer(session: session, programs: programs, folder: folder, train: session.encode(trainRaw),
                              dev: session.encode(devRaw), report: console.reporter())
        trainer.interruptAfter = interruptAfter
        if resuming { try trainer.resume() } else { try trainer.start() }
        let summary = try trainer.run()
        console.finishProgress()
        let best = summary.bestMetric.map { String(format: "%.1f", $0 * 100) } ?? "—"
        console.line("done: \(summary.steps) steps (\(String(format: "%.2f", summary.epochs)) epochs), "
                     + String(format: "%.1f examples/s, %.0f s of training; ", summary.examplesPerSecond, summary.trainingSeconds)
                     + "run folder \(folder.path)")
        console.line("dev \(summary.primaryMetric) ×100: \(best) (best, step \(summary.bestStep ?? 0))"
                     + (summary.finalMetrics[summary.primaryMetric].map { String(format: "; final %.1f", $0 * 100) } ?? ""))
    }

    private func compiler(_ environment: [String: String]) -> StepPrograms.Compile {
        let cache = options.noCache ? nil : cacheDirectory(environment)
        return { graph in
            let (program, _, _) = try obtainProgram(graph, load: nil, cache: cache)
            return CompiledProgramHandle { store in CompiledEngine(program: program, weights: store) }
        }
    }
}

/// Thread counts for BLAS and for the generated kernels' pool, before either starts.
func applyThreads(_ threads: Int) {
    guard threads > 0 else { return }
    setenv("EPTC_THREADS", String(threads), 1)
    openblas_set_num_threads(Int32(threads))
}

/// Trainer and task errors are the user's (exit 1), with their own message.
func trainerCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as TrainerError {
        throw UserError(e.message)
    } catch let e as TaskError {
        throw UserError("\(e)")
    }
}
