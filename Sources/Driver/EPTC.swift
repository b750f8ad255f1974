import ArgumentParser
import Codegen
import Foundation
import IR
import Models
import Support
import Syntax
import Tasks
import Trainer

/// The `eptc` command line. Subcommands that conform to `DriverCommand` write through a
/// `CommandOutput`, so tests run them in-process with `runEPTC(_:)`.
public struct EPTC: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "eptc",
        abstract: "A static-graph compiler and ahead-of-time trainer for EPT prompt tuning.",
        version: BuildInfo.versionText,
        subcommands: [CompileCommand.self, CheckCommand.self, BenchCommand.self, FuzzCommand.self,
                      CodegenDumpsCommand.self, RunCommand.self, EvalCommand.self, PredictCommand.self,
                      SweepCommand.self, ReportCommand.self, HostCommand.self, DoctorCommand.self])
    public init() {}

    /// Runs the process's arguments and exits with 0 (ok), 1 (user error) or 2 (internal error).
    public static func main() {
        refuseTinyAddressSpace()
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Before any BLAS call: OpenBLAS's kernel set is chosen here (Codegen/HostSetup.swift).
        HostSetup.configure(overrides: HostCommand.blasOverrides(arguments))
        let result = runEPTC(arguments, live: true)
        FileHandle.standardOutput.write(Data(result.stdout.utf8))
        FileHandle.standardError.write(Data(result.stderr.utf8))
        // _exit, not exit: everything is written (files atomically, output above), and exit's
        // handlers wait for OpenBLAS's workers, which under a low `ulimit -v` spin forever in
        // their allocator.
        _exit(result.exitCode)
    }
}

/// The address space eptc needs before it can say anything useful: the Swift runtime, LLVM and
/// OpenBLAS's thread buffers. Below it (`ulimit -v 300000`) the start-up itself ran out — an
/// allocator abort (exit 134) or OpenBLAS spinning in its allocator — before any message; the
/// resource check that `bench` and training run later refuses larger limits with the numbers.
let minimumAddressSpace = 400 << 20

/// Refuses, with the limit and the way out, a process whose `ulimit -v` is below
/// `minimumAddressSpace`.
func refuseTinyAddressSpace() {
    var limit = rlimit()
    guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max,
          limit.rlim_cur < rlim_t(minimumAddressSpace) else { return }
    let message = "error: the address-space limit (ulimit -v) is \(limit.rlim_cur >> 10) KiB; eptc needs at least "
        + "\(minimumAddressSpace >> 10) KiB to start (the runtime, LLVM and OpenBLAS's buffers): raise it with ulimit -v\n"
    FileHandle.standardError.write(Data(message.utf8))
    _exit(1)
}

/// What a command printed and how it ended.
public struct CommandResult: Sendable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String
}

/// Collects a command's output; `environment` stands in for the process environment.
public struct CommandOutput {
    public var stdout = ""
    public var stderr = ""
    public var environment: [String: String]
    /// Write through to the process's stdout / stderr as lines come (a real `eptc` process) instead
    /// of collecting them (tests).
    public var live = false

    public init(environment: [String: String], live: Bool = false) {
        self.environment = environment
        self.live = live
    }

    public mutating func print(_ line: String) {
        if live { FileHandle.standardOutput.write(Data((line + "\n").utf8)) } else { stdout += line + "\n" }
    }
    public mutating func printError(_ line: String) {
        if live { FileHandle.standardError.write(Data((line + "\n").utf8)) } else { stderr += line + "\n" }
    }
}

/// A subcommand whose output can be captured.
public protocol DriverCommand: ParsableCommand {
    func execute(_ output: inout CommandOutput) throws
}

extension DriverCommand {
    public func run() throws {
        var output = CommandOutput(environment: ProcessInfo.processInfo.environment, live: true)
        defer {
            FileHandle.standardOutput.write(Data(output.stdout.utf8))
            FileHandle.standardError.write(Data(output.stderr.utf8))
        }
        try execute(&output)
    }
}

/// An invariant the compiler broke (a pass produced an invalid graph): exit code 2.
public struct InternalError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Parses and runs `eptc ARGUMENTS...` in-process.
public func runEPTC(_ arguments: [String],
                    environment: [String: String] = ProcessInfo.processInfo.environment,
                    live: Bool = false) -> CommandResult {
    var output = CommandOutput(environment: environment, live: live)
    let command: ParsableCommand
    do {
        command = try EPTC.parseAsRoot(arguments)
    } catch {
        // --help and friends exit cleanly; malformed command lines are user errors.
        let message = EPTC.fullMessage(for: error)
        if EPTC.exitCode(for: error) == .success {
            return CommandResult(exitCode: 0, stdout: message + "\n", stderr: "")
        }
        return CommandResult(exitCode: 1, stdout: "", stderr: message + "\n")
    }
    do {
        try EnvironmentSettings.validate(environment)
        if let driverCommand = command as? any DriverCommand {
            try driverCommand.execute(&output)
        } else {
            var mutable = command
            try mutable.run()
        }
        return CommandResult(exitCode: 0, stdout: output.stdout, stderr: output.stderr)
    } catch {
        // The root command's run() asks for help the way argument parsing does.
        if !(error is ExitCode), EPTC.exitCode(for: error) == .success {
            return CommandResult(exitCode: 0, stdout: output.stdout + EPTC.fullMessage(for: error) + "\n",
                                 stderr: output.stderr)
        }
        let (code, message) = classify(error)
        if !message.isEmpty { output.printError(message) }
        return CommandResult(exitCode: code, stdout: output.stdout, stderr: output.stderr)
    }
}

/// Exit code and message for an error: diagnostics and user errors are 1, anything else 2.
/// What a user's files say wrong — a checkpoint, config.json or tokenizer of a model folder
/// (`CheckpointError`), a data file (`TaskError`), a flag, a run folder or a run (`UserError`) — is the
/// user's to fix on every command path, so it is 1 wherever it surfaces.
func classify(_ error: Error) -> (Int32, String) {
    switch error {
    case let d as Diagnostic: return (1, d.description)
    case let list as DiagnosticList: return (1, list.description)
    case let e as UserError: return (1, "error: \(e.message)")
    case let e as BindingError: return (1, "error: \(e.message)")
    case let e as CheckpointError: return (1, "error: \(e)")
    case let e as TaskError: return (1, "error: \(e)")
    case let e as InternalError: return (2, "internal error: \(e.message)")
    case let e as TrainingInterrupted: return (e.exitCode, e.description)
    default:
        if let code = (error as? ExitCode) { return (code.rawValue, "") }
        return (2, "internal error: \(error)")
    }
}
