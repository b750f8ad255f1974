import ArgumentParser
import Codegen
import Foundation
import Runtime
import Support
import Tasks
import Trainer

/// `eptc run --task T`: trains a tuning method on a task and evaluates it on the dev split, writing
/// a run folder (see `RunFolder`). `--resume DIR` continues a run from its last checkpoint.
struct RunCommand: DriverCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train and evaluate a tuning method on a GLUE / SuperGLUE task or on your own data.",
        discussion: """
        Examples:
          eptc run --task cola                     # EPT, the embedded MiniLM
          eptc run --task rte --model DIR --method dept --epochs 5
          eptc run --task cola --method lora --time-budget 10m
          eptc run --train reviews.csv --dev reviews-dev.csv --text-column review --label-column stars
          eptc run --resume runs/cola-lora-...     # after a stop or a kill
          mpirun -np 4 eptc run --task mnli --data-dir glue --distributed   # data-parallel on Open MPI
        """)

    @OptionGroup var options: RunOptions

    @Option(name: .customLong("resume"), help: ArgumentHelp("Continue the run in DIR from its last checkpoint.", valueName: "DIR"))
    var resume: String?

    @Flag(name: .customLong("force"), help: "With --resume: accept a configuration that differs from the saved one.")
    var force = false

    @Flag(name: .customLong("profile"), help: ArgumentHelp(
        "Time every kernel of the training step and print where a step's time goes at the end (per length bucket).",
        discussion: "The programs are compiled with timing counters (not cached), so a profiled run is a little slower."))
    var profile = false

    @Option(name: .customLong("interrupt-after"), help: .hidden)
    var interruptAfter: Int?

    @Flag(name: .customLong("distributed"), help: ArgumentHelp(
        "Data-parallel training across the ranks of an Open MPI job: start with mpirun -np N eptc run ... --distributed."))
    var distributed = false

    func execute(_ output: inout CommandOutput) throws {
        if distributed { return try executeDistributed(&output) }
        let env = output.environment
        let resources = try Resources.locate(env)
        let (configuration, folder) = try resolve(resources: resources, env: env)
        let lock = try trainerCall { () throws -> RunFolderLock in
            // The lock first: a second process on this folder then hears that it is in use,
            // whatever the first has written so far.
            try folder.prepare()
            let lock = try folder.lock()
            if resume == nil { try folder.checkEmptyForNewRun() }
            return lock
        }
        defer { withExtendedLifetime(lock) {} }
        BLASSetup.limitThreads(to: configuration.threads)
        let console = Console(output: output)
        defer { output = console.output }
        var execution = RunExecution(bucketCount: options.bucketCount, noCache: options.noCache, interruptAfter: interruptAfter,
                                     profile: profile)
        if output.live { execution.stopRequest = StopRequest.installedForThisProcess }
        execution.learningRateGroups = options.learningRates.map(\.group)
        execution.gemm = options.gemm
        try trainerCall {
            _ = try execution.train(configuration, folder: folder, resources: resources, resuming: resume != nil, console: console)
        }
    }
}

extension RunCommand {
    /// The run's configuration and folder: a new run's from the flags, or a resumed run's saved
    /// configuration with the flags over it (refused when it changed, unless --force). A
    /// data-parallel rank other than 0 reads no folder (`readsFolder` false): it passes rank 0's
    /// saved configuration.
    func resolve(resources: Resources, env: [String: String], savedConfiguration: RunConfiguration? = nil,
                 readsFolder: Bool = true) throws -> (RunConfiguration, RunFolder) {
        if let resume {
            if let out = options.out, !sameFile(out, resume) {
                throw UserError("--resume \(resume) continues that run in its own folder; --out \(out) names another "
                                + "(copy the folder first to continue it elsewhere)")
            }
            let folder = RunFolder(path: resume)
            let saved: RunConfiguration
            if let savedConfiguration {
                saved = savedConfiguration
            } else {
                guard folder.hasRun else { throw UserError("--resume \(resume): no run there (no config.json)") }
                saved = try trainerCall { try RunConfiguration.load(path: folder.configuration) }
            }
            let configuration = try options.overlaid(on: saved, resources: resources, env: env)
            let changed = configuration.differences(from: saved)
            if !changed.isEmpty && !force {
                throw UserError("--resume \(resume): the configuration differs from the saved run (" + changed.joined(separator: "; ")
                                + "); run with --force to continue anyway")
            }
            return (configuration, folder)
        }
        let configuration = try options.configuration(resources: resources, env: env)
        let folder = RunFolder(path: options.out ?? "runs/" + RunFolder.defaultName(task: configuration.task, method: configuration.method))
        if readsFolder, folder.hasRun {
            throw UserError("run folder '\(folder.path)' already holds a run; use --resume \(folder.path) or another --out")
        }
        return (configuration, folder)
    }
}

/// Task errors are the user's (exit 1), with their own message.
func trainerCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as TaskError {
        throw UserError("\(e)")
    }
}

extension StopRequest {
    /// The process's one request, with SIGINT and SIGTERM handlers installed on first use.
    static let installedForThisProcess: StopRequest = {
        let request = StopRequest()
        request.installSignalHandlers { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        return request
    }()
}
