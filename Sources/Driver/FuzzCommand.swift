import ArgumentParser
import Foundation
import IR
import Models
import Support
import Syntax
import Trainer

/// `eptc fuzz FILES...` (hidden): the front-end mutation fuzzer, for long runs (tools/fuzz-graphs.sh).
/// With `--mutate-model`, the model-folder fuzzer instead: mutants of `--model DIR` (config.json
/// values, safetensors header) loaded for the one graph FILE (tools/fuzz-models.sh). With
/// `--mutate-runner`, the runner's inputs: task data rows, config.json, checkpoints (tools/fuzz-runner.sh).
public struct FuzzCommand: DriverCommand {
    public static let configuration = CommandConfiguration(
        commandName: "fuzz", abstract: "Mutation-fuzz the graph front end.", shouldDisplay: false)

    @Argument(help: "Seed .graph files.") var files: [String]
    @Option(help: "Number of mutants (default: $EPTC_FUZZ_MUTANTS or 100000).") var mutants: Int?
    @Option(help: "Random seed.") var seed: UInt64 = 0x5EED
    @OptionGroup var bindings: BindingOptions
    @Flag(name: .customLong("mutate-model"), help: "Mutate the --model folder instead of the graph.")
    var mutateModel = false
    @Flag(name: .customLong("mutate-runner"), help: "Mutate the runner's inputs (task data rows, a run folder's config.json and checkpoint) instead.")
    var mutateRunner = false

    public init() {}

    public func execute(_ output: inout CommandOutput) throws {
        let count = mutants ?? output.environment["EPTC_FUZZ_MUTANTS"].flatMap { Int($0) } ?? 100_000
        guard count > 0 else { throw UserError("--mutants must be positive") }
        if mutateModel { return try fuzzModelFolder(count: count, &output) }
        if mutateRunner { return try fuzzRunnerInputs(count: count, &output) }
        var seeds: [(path: String, text: String)] = []
        for f in files {
            guard let data = FileManager.default.contents(atPath: f) else { throw UserError("cannot read '\(f)'") }
            seeds.append((f, String(decoding: data, as: UTF8.self)))
        }
        guard !seeds.isEmpty else { throw UserError("give at least one seed graph") }
        let (explicit, fromConfig) = try bindings.bindings()
        let config = fromConfig.merging(explicit) { _, set in set }
        var fuzzer = MutationFuzzer(seeds: seeds, seed: seed, configBindings: config)
        let report = fuzzer.run(count: count, fallback: FileSystemLoader())
        output.print("mutants: \(report.mutants), verified: \(report.verified), diagnosed: \(report.diagnosed), "
                     + "round-trip failures: \(report.failures.count)")
        if let first = report.failures.first {
            output.printError(first.description)
            throw ExitCode(1)
        }
    }

    private func fuzzModelFolder(count: Int, _ output: inout CommandOutput) throws {
        guard let folder = bindings.modelDirectory, files.count == 1 else {
            throw UserError("--mutate-model needs one graph file and --model DIR")
        }
        let explicit = ParamBindings(bindings.assignments).values
        var fuzzer = try ModelFolderFuzzer(seedFolder: folder, graphFile: files[0], bindings: explicit, seed: seed)
        let scratch = NSTemporaryDirectory() + "eptc-fuzz-model-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let report = fuzzer.run(count: count, scratch: scratch)
        output.print("mutants: \(report.mutants), accepted: \(report.accepted), refused: \(report.refused), "
                     + "failures: \(report.failures.count), slowest: \(String(format: "%.2f", report.slowest)) s")
        if let first = report.failures.first {
            output.printError(first)
            throw ExitCode(1)
        }
    }

    /// Task data rows and run-folder files (Trainer/RunnerFuzzer.swift), seeded from the shipped data.
    private func fuzzRunnerInputs(count: Int, _ output: inout CommandOutput) throws {
        let resources = try Resources.locate(output.environment)
        var fuzzer = try trainerCall { try RunnerFuzzer(shippedData: resources.data, seed: seed) }
        let scratch = NSTemporaryDirectory() + "eptc-fuzz-runner-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let report = fuzzer.run(count: count, scratch: scratch)
        output.print("mutants: \(report.mutants), accepted: \(report.accepted), refused: \(report.refused), "
                     + "failures: \(report.failures.count), slowest: \(String(format: "%.2f", report.slowest)) s "
                     + "(\(report.slowestMutant))")
        if let first = report.failures.first {
            output.printError(first)
            throw ExitCode(1)
        }
    }
}
