import Codegen
import Foundation
import Support
import Tasks
import Trainer

/// One training run from a resolved configuration to a finished run folder: what `eptc run` does
/// after parsing its flags, shared with `eptc sweep` so that every run of a sweep takes exactly the
/// same path as a run started by hand.
struct RunExecution {
    var bucketCount = 4
    var noCache = false
    var interruptAfter: Int?
    /// `eptc run --profile`: compile with per-kernel timing counters and print them after training.
    var profile = false
    /// SIGINT / SIGTERM handling of a real process: stop after the step with a checkpoint.
    var stopRequest: StopRequest?
    /// Groups the user named with `--lr GROUP=VALUE`: each must be one the method trains.
    var learningRateGroups: [String] = []
    /// `--gemm`: which code runs the f32 GEMMs (a resumed run keeps the choices it recorded).
    var gemm: GemmPolicy = .measured

    /// Reads and encodes the data, compiles the bucket programs and trains into `folder` (a fresh run,
    /// or `resuming` from its last checkpoint), printing what `eptc run` prints. With `parallel`, as
    /// one rank of a data-parallel job (DistributedRun.swift).
    func train(_ configuration: RunConfiguration, folder: RunFolder, resources: Resources, resuming: Bool,
               console: Console, parallel: DataParallel? = nil) throws -> RunSummary {
        let session = try RunSession(configuration, fallbackT5Vocabulary: resources.t5Vocabulary)
        if let path = configuration.adapter {
            // The adapter's weights start the run (a resumed run's checkpoint replaces them).
            let adapter = try AdapterRun.read(path)
            session.initialWeights = adapter.weights
            for note in adapter.notes { session.note(note) }
        }
        let trainRaw = try session.examples(configuration.trainSplit, shippedData: resources.data)
        let devRaw = try session.examples(configuration.evalSplit, shippedData: resources.data)
        try session.requireRows(trainRaw, split: configuration.trainSplit.rawValue, to: "train on")
        try session.requireRows(devRaw, split: configuration.evalSplit.rawValue, to: "evaluate or choose the best checkpoint on")
        guard devRaw.allSatisfy({ $0.label != nil }) else {
            throw UserError("\(configuration.task): the \(configuration.evalSplit) split has no labels to evaluate on")
        }
        // A custom task's test file is read now, so that a bad one fails before training, not at eval.
        let testRows = try session.configuration.custom?.test.map { _ in try session.examples(.test, shippedData: resources.data).count }
        try session.resolveLengths(train: trainRaw, dev: devRaw, bucketCount: bucketCount)
        let resolved = session.configuration
        console.line("eptc run: \(resolved.task) · \(resolved.method) on \(resolved.model) (\(resolved.backbone))")
        console.line("  host: " + HostSetup.report().description)
        console.line("  data: \(trainRaw.count) \(resolved.trainSplit) / \(devRaw.count) \(resolved.evalSplit) examples"
                     + (testRows.map { " (\($0) test)" } ?? "") + "; "
                     + "buckets L = \(resolved.buckets.map(String.init).joined(separator: ", "))"
                     + (resolved.targetLength > 0 ? "; target \(resolved.targetLength) tokens" : ""))
        for note in session.notes { console.line("  \(note)") }
        let start = Date()
        let (programs, kernelLine) = try compilePrograms(session, folder: folder, resuming: resuming, parallel: parallel,
                                                         environment: console.output.environment)
        if let unknown = learningRateGroups.first(where: { !programs.trainableGroups.contains($0) }) {
            throw UserError("--lr \(unknown)=…: \(resolved.method) on this model trains no group '\(unknown)'; its groups are "
                            + programs.trainableGroups.joined(separator: ", "))
        }
        console.line("  compiled \(resolved.buckets.count) bucket programs in " + formatSeconds(Date().timeIntervalSince(start))
                     + "; \(grouped(programs.trainableCount)) trainable parameters ("
                     + programs.trainableGroups.map { "\($0) lr \(resolved.learningRates[$0].map { "\($0)" } ?? "?")" }
                        .joined(separator: ", ") + ")")
        if let kernelLine { console.line("  " + kernelLine) }
        console.line("  run folder: \(folder.path)")
        let train = session.encode(trainRaw), dev = session.encode(devRaw)
        let trainer = try Trainer(session: session, programs: programs, folder: folder, train: train, dev: dev,
                                  parallel: parallel, report: console.reporter())
        if let parallel {
            try parallel.agree(on: RankFingerprint(configuration: resolved, programs: programs, train: train, dev: dev,
                                                   build: "eptc \(BuildInfo.version), LLVM \(LLVMCompat.version)"))
            console.line("  all-reduced per step: \(grouped(parallel.valuesPerStep)) float32 values "
                         + "(\(megabytes(parallel.bytesPerStep)) MB: the gradients of \(grouped(programs.trainableCount)) "
                         + "trainable parameters, the loss and the step time), in one call")
        }
        trainer.interruptAfter = interruptAfter
        trainer.stopRequest = stopRequest
        if resuming { try trainer.resume() } else { try trainer.start() }
        let summary = try trainer.run()
        console.finishProgress()
        let best = summary.bestMetric.map { String(format: "%.1f", $0 * 100) } ?? "—"
        console.line("done: \(summary.steps) steps (\(String(format: "%.2f", summary.epochs)) epochs), "
                     + String(format: "%.1f examples/s, %.0f s of training; ", summary.examplesPerSecond, summary.trainingSeconds)
                     + "run folder \(folder.path)")
        console.line("dev \(summary.primaryMetric) ×100: \(best) (best, step \(summary.bestStep ?? 0))"
                     + (summary.finalMetrics[summary.primaryMetric].map { String(format: "; final %.1f", $0 * 100) } ?? ""))
        if profile { printProfiles(programs, buckets: resolved.buckets, console: console) }
        return summary
    }

    /// The bucket programs, built with the run's kernel choices (RunKernelChoices.swift): a resumed
    /// run's recorded ones pinned, this start's recorded. Rank 0 of a data-parallel job owns the
    /// folder: it alone reads and writes the choices, and gets the line to print about them.
    private func compilePrograms(_ session: RunSession, folder: RunFolder, resuming: Bool, parallel: DataParallel?,
                                 environment: [String: String]) throws -> (StepPrograms, String?) {
        let ownsFolder = (parallel?.rank ?? 0) == 0
        var options = CodegenOptions()
        options.gemm = gemm
        options.gemmMeasuringBudget = GemmChooser.runBudget
        let kept = resuming && ownsFolder ? try RunKernelChoices.read(folder) : nil
        kept?.pin(&options)
        let record = GemmChoiceRecord()
        let compile = stepCompiler(cache: noCache ? nil : cacheDirectory(environment), profile: profile, options: options,
                                   record: record)
        let programs = try session.programs(training: true, batchSize: parallel?.localBatchSize, split: parallel != nil,
                                            compile: compile)
        guard ownsFolder else { return (programs, nil) }
        let gemm = options.pinnedGemm.merging(record.all) { pinned, _ in pinned }
        try RunKernelChoices(vectorBits: options.vectorWidth, gemm: gemm).write(to: folder)
        return (programs, Self.kernelLine(record.all, kept: kept != nil, vectorBits: options.vectorWidth))
    }

    /// "GEMMs: 16 shapes, 9 on eptc's kernel, 7 on BLAS", and for a resumed run what it kept:
    /// "; kept from the run's start (kernel-choices.json): the GEMM choices, 512-bit vectors".
    static func kernelLine(_ choices: [String: GemmDecision], kept: Bool, vectorBits: Int?) -> String {
        let counts = Dictionary(grouping: choices.values, by: \.implementation).mapValues(\.count)
        let names = [("gen", "eptc's kernel"), ("blas", "BLAS"), ("dnnl", "oneDNN")]
        let parts = names.compactMap { key, name in counts[key].map { "\($0) on \(name)" } }
        var line = "GEMMs: \(choices.count) shape\(choices.count == 1 ? "" : "s")"
            + (parts.isEmpty ? "" : ", " + parts.joined(separator: ", "))
        if kept {
            line += "; kept from the run's start (\(RunKernelChoices.fileName)): the GEMM choices"
                + (vectorBits.map { ", \($0)-bit vectors" } ?? "")
        }
        return line
    }

    /// The training step's profile per length bucket (`--profile`): kernel classes and the slowest
    /// nodes, mean per call over the whole run, and each bucket's share of the training time.
    private func printProfiles(_ programs: StepPrograms, buckets: [Int], console: Console) {
        let profiles = programs.engines.map { ($0 as? CompiledEngine)?.profile("train_step") }
        let total = profiles.reduce(0.0) { $0 + ($1.map { $0.totalSeconds * Double($0.calls) } ?? 0) }
        for (k, profile) in profiles.enumerated() {
            guard let profile, profile.calls > 0 else { continue }
            let share = total > 0 ? profile.totalSeconds * Double(profile.calls) / total * 100 : 0
            console.line("")
            console.line("bucket L = \(buckets[k]): \(profile.calls) steps, "
                         + String(format: "%.1f%% of the kernel time", share))
            for line in profile.table(top: 8).split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                console.line(String(line))
            }
        }
    }
}

/// Bytes as megabytes with two decimals ("0.16").
func megabytes(_ bytes: Int) -> String { String(format: "%.2f", Double(bytes) / 1e6) }
