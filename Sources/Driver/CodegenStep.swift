import ArgumentParser
import Codegen
import Foundation
import IR
import Runtime
import Support
import Trainer

/// The code generation flags of `eptc compile`.
struct CodegenFlags: ParsableArguments {
    @Flag(name: .customLong("no-codegen"),
          help: "Stop after the passes (no LLVM, no object file): a quick front-end and pass check.")
    var noCodegen = false

    @Flag(name: .customLong("no-cache"), help: "Compile even if the compile cache holds this graph, and do not store it.")
    var noCache = false

    @Flag(name: .customLong("dump-llvm"),
          help: "Write each entry's LLVM IR before and after O3 as DIR/NN-ENTRY.before.ll and .after.ll.")
    var dumpLLVM = false

    @Option(name: .customLong("load"), help: ArgumentHelp(
        "Load the object + manifest that 'compile -o DIR' wrote instead of compiling; a corrupt, truncated or "
            + "mismatched artifact is an error (exit 1).", valueName: "DIR"))
    var loadDirectory: String?

    @Option(name: .customLong("gemm"), help: ArgumentHelp(
        "Which code runs f32 GEMMs: measured (per shape, the faster on this machine; the default), generated "
            + "(eptc's kernel: --dump-llvm and -o then show it), blas or dnnl.", valueName: "POLICY"))
    var gemm: GemmPolicy = .measured

    /// The code generation options these flags select.
    var options: CodegenOptions {
        var options = CodegenOptions()
        options.gemm = gemm
        return options
    }
}

/// Where compiled graphs are cached: `$EPTC_CACHE_DIR`, else `$XDG_CACHE_HOME/eptc`, else
/// `$HOME/.cache/eptc`; nil (no caching) when the environment names none of them. Read from the
/// command's environment, not the process's, so tests choose their own.
func cacheDirectory(_ environment: [String: String]) -> URL? { CacheFolder.resolve(environment) }

/// Gets a compiled program for `graph`: from an explicit AOT directory, from the cache, or by
/// compiling. Returns the program, where it came from and the seconds it took.
func obtainProgram(_ graph: Graph, load: String?, cache: URL?, options: CodegenOptions = CodegenOptions()) throws
    -> (CompiledProgram, ProgramSource, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    if let load {
        // The user named these artifacts: a bad one stops the run rather than being silently replaced.
        let program = try codegen { try CompiledProgram.load(graph, from: URL(fileURLWithPath: load)) }
        return (program, .loaded(directory: load), elapsed())
    }
    guard let cache else {
        let program = try codegen { try CompiledProgram.compile(graph, options: options) }
        return (program, .compiled(storedIn: nil), elapsed())
    }
    let (program, source) = try codegen { try CompileCache(directory: cache).obtain(graph, options: options) }
    return (program, source, elapsed())
}

/// How runs, sweeps and evaluations get their step programs: the one compile closure. Each
/// bucket's graph is first checked against the machine's memory (refused with the numbers before
/// anything is allocated), then taken from the cache (nil: compiled each time); `profile`
/// compiles with per-kernel timers, never cached. `options` carries the GEMM policy and a resumed
/// run's pinned choices; `record` collects the GEMM choices of every program (RunKernelChoices.swift).
func stepCompiler(cache: URL?, profile: Bool = false, options: CodegenOptions = CodegenOptions(),
                  record: GemmChoiceRecord? = nil) -> StepPrograms.Compile {
    return { graph in
        try ResourceCheck.require(graph, blasThreads: BLASSetup.threadCount, copies: 1,
                                  what: "step graph '\(graph.name)' (one length bucket)")
        var options = options
        options.profile = profile
        let program: CompiledProgram
        if profile {
            program = try codegen { try CompiledProgram.compile(graph, options: options) }
        } else {
            program = try obtainProgram(graph, load: nil, cache: cache, options: options).0
        }
        record?.add(graph, options: options)
        return CompiledProgramHandle { store in CompiledEngine(program: program, weights: store) }
    }
}

/// Maps codegen errors onto the driver's exit codes: a bad artifact on disk is the user's (1);
/// an LLVM or verifier failure is the compiler's (2).
func codegen<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as CodegenError {
        switch e {
        case .artifact(let m): throw UserError(m)
        case .internalError(let m): throw InternalError(m)
        case .llvm(let m): throw InternalError("LLVM: \(m)")
        }
    }
}

/// The line `eptc compile` prints about code generation.
func codegenReport(_ program: CompiledProgram, _ source: ProgramSource, seconds: Double) -> String {
    let what = "\(program.graph.entries.count) entries, object \(grouped(program.objectCode.count)) bytes, "
        + "arena \(grouped(program.arenaBytes)) bytes"
    let time = formatSeconds(seconds)
    switch source {
    case .compiled(let folder):
        return "codegen: JIT-compiled \(what) in \(time)" + (folder.map { " (stored in cache \($0))" } ?? " (cache off)")
    case .cached(let folder):
        return "codegen: cached: loaded \(what) in \(time) from \(folder)"
    case .recompiled(let reason):
        return "codegen: cache entry unusable (\(reason)); JIT-compiled \(what) in \(time) and replaced it"
    case .loaded(let directory):
        return "codegen: loaded \(what) from \(directory) in \(time)"
    case .notStored(let reason):
        return "codegen: JIT-compiled \(what) in \(time) (not stored in the cache: \(reason))"
    }
}

/// Writes DIR/NN-ENTRY.before.ll and .after.ll for every entry; returns the paths.
func writeLLVMDumps(_ graph: Graph, to directory: String, options: CodegenOptions = CodegenOptions()) throws -> [String] {
    var paths: [String] = []
    for (k, entry) in graph.entries.enumerated() {
        let ir = try codegen { try ModuleCompiler(options: options).llvmIR(graph, entry: entry.name) }
        let stem = directory + "/" + String(format: "%02d", k) + "-" + entry.name
        try writeOutput(ir.before, to: stem + ".before.ll")
        try writeOutput(ir.after, to: stem + ".after.ll")
        paths += [stem + ".before.ll", stem + ".after.ll"]
    }
    return paths
}
