import ArgumentParser
import Codegen
import Foundation
import IR
import Passes
import Runtime
import Support

/// `eptc bench FILE`: compiled code against the reference interpreter, per entry of the final
/// graph, with cold and cached compile times and the machine's measured sgemm rate. A benchmark,
/// not a test: it asserts nothing, and on a shared machine only the ratios of one run mean much.
public struct BenchCommand: DriverCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time compiled code against the interpreter for every entry of a graph.",
        discussion: """
            Each entry runs on random inputs of its shapes (valid ids and labels) --repeat times per engine, \
            after one warm-up run; weights are restored before every run, so train_step does the same work \
            each time. Prints min and median per engine, their ratio, GFLOP/s from the entry's FLOP count, \
            and that rate as a fraction of a measured cblas_sgemm.
            """)

    @Argument(help: "The .graph file.") var file: String
    @OptionGroup var bindings: BindingOptions
    @OptionGroup var passes: PassOptions
    @Option(name: .customLong("repeat"), help: "Timed runs per entry and engine.") var repeats: Int = 10
    @Option(name: .customLong("entry"), help: "Only these entries (repeatable; default: all).") var entries: [String] = []
    @Option(name: .customLong("sgemm-size"), help: "n of the n×n×n reference sgemm.") var sgemmSize: Int = 512
    @Flag(name: .customLong("no-interpreter"), help: "Time compiled code only (for graphs too big to interpret).")
    var noInterpreter = false
    @Flag(name: .customLong("profile"), help: ArgumentHelp(
        "Also time every kernel of each entry (a separately compiled, instrumented copy) and print where a "
            + "step's time goes: per kernel class (BLAS matmul, elementwise, reductions/norms, softmax/losses, "
            + "data movement, optimizer) and the slowest nodes."))
    var profile = false
    @Option(name: .customLong("profile-top"), help: "With --profile: how many of the slowest nodes to list (default 12).")
    var profileTop = 12
    @Option(name: .customLong("weights"), help: ArgumentHelp(
        "A safetensors file of weights by IR or checkpoint name, overriding the checkpoint (--model) or the random "
            + "weights (for checking a peer computes the same loss).", valueName: "FILE"))
    var weightsFile: String?
    @Option(name: .customLong("inputs"), help: ArgumentHelp(
        "A safetensors file of entry inputs by parameter name (the same batch for every entry; missing ones are "
            + "random). With it, the `loss` entry's value on that batch is printed.", valueName: "FILE"))
    var inputsFile: String?
    @Option(name: .customLong("cache"), help: ArgumentHelp(
        "Compile cache folder to use and keep (default: a fresh temporary one, so the first compile is cold).",
        valueName: "DIR"))
    var cacheDirectory: String?
    @Option(name: .customLong("json"), help: ArgumentHelp("Also write the results as JSON (for tools/bench).",
                                                          valueName: "FILE"))
    var jsonFile: String?
    @Flag(name: .customLong("compare-fusion"), help: ArgumentHelp(
        "Also time every entry compiled with and without the fusion passes (alternating rounds, same weights and "
            + "inputs) and print kernels, estimated bytes moved and min/median per step for both."))
    var compareFusion = false
    @Option(name: .customLong("compare-against"), parsing: .upToNextOption, help: ArgumentHelp(
        "With --compare-fusion, the other side leaves out only these passes (besides --no-fuse's) instead of "
            + "every fusion pass: `--compare-against fuse-attention` times one pass's share.", valueName: "PASS"))
    var compareAgainst: [String] = []
    @Option(name: .customLong("gemm"), help: ArgumentHelp(
        "Which code runs f32 GEMMs: measured (per shape, the faster on this machine; the default), generated "
            + "(eptc's kernel), blas (OpenBLAS) or dnnl (oneDNN's sgemm, where libdnnl.so.2 is installed; "
            + "OpenBLAS otherwise).", valueName: "POLICY"))
    var gemm: GemmPolicy = .measured
    @Option(name: .customLong("measure-dnnl"), help: ArgumentHelp(
        "With --gemm measured, also time oneDNN per shape where it loads (true/false).", visibility: .hidden))
    var measureDNNL: Bool = GemmChooser.measuresDNNLByDefault
    @Flag(name: .customLong("perf-map"), help: ArgumentHelp(
        "Write /tmp/perf-PID.map, naming every compiled kernel for `perf record` / `perf report` (which "
            + "otherwise show eptc's code as [JIT])."))
    var perfMap = false
    @Flag(name: .customLong("no-head-views"), help: ArgumentHelp(
        "Copy every head split and merge instead of planning them as views the products address strided "
            + "(the A/B of that plan).", visibility: .hidden))
    var noHeadViews = false
    @Flag(name: .customLong("recompute-attention-probabilities"), help: ArgumentHelp(
        "Fused attention backward kernels recompute the probabilities instead of reading those their "
            + "forward kept (the A/B of that plan).", visibility: .hidden))
    var recomputeAttentionProbabilities = false

    public init() {}

    public func validate() throws {
        guard (1...100_000).contains(repeats) else { throw ValidationError("--repeat must be in 1...100000") }
        guard (16...8192).contains(sgemmSize) else { throw ValidationError("--sgemm-size must be in 16...8192") }
        if !compareAgainst.isEmpty {
            guard compareFusion else { throw ValidationError("--compare-against needs --compare-fusion") }
            do { _ = try PassSkipList(compareAgainst) } catch { throw ValidationError("--compare-against: \(error)") }
        }
    }

    private var codegenOptions: CodegenOptions {
        var options = CodegenOptions()
        options.gemm = gemm
        options.measureDNNL = measureDNNL
        options.headTransposeViews = !noHeadViews
        options.keepsAttentionProbabilities = !recomputeAttentionProbabilities
        options.perfMap = perfMap
        return options
    }

    public func execute(_ output: inout CommandOutput) throws {
        if perfMap { output.print("perf map: \(PerfMap.path)") }
        let skipping = try passes.skipList()
        if gemm == .dnnl || (gemm == .measured && measureDNNL), case .failure(let why) = DNNL.load() {
            output.print("note: \(why); OpenBLAS runs the GEMMs oneDNN would have")
        }
        let elaborated = try bindings.elaborate(Resources.graphFile(file, output.environment))
        let graph = try GraphPipeline.run(elaborated, skipping: skipping)
        let unknown = entries.filter { graph.entry(named: $0) == nil }
        if !unknown.isEmpty {
            throw UserError("graph '\(graph.name)' has no entry \(unknown.map { "'\($0)'" }.joined(separator: ", ")) "
                + "(entries: \(graph.entries.map(\.name).joined(separator: ", ")))")
        }
        // Weights are kept twice (the store and the copy restored before each run), three times
        // with the interpreter; refuse with the numbers rather than abort half-way.
        try ResourceCheck.require(graph, blasThreads: BLASSetup.threadCount, copies: noInterpreter ? 2 : 3,
                                  what: "benchmarking graph '\(graph.name)'")
        let given = try inputsFile.map { try BenchFiles.tensors($0, what: "--inputs") } ?? [:]
        var inputs: [String: [String: Tensor]] = [:]
        for (k, entry) in graph.entries.enumerated() where entries.isEmpty || entries.contains(entry.name) {
            inputs[entry.name] = BenchInputs.make(for: entry, seed: UInt64(k + 1))
                .merging(given.filter { name, _ in entry.parameters.contains { $0.name == name } }) { _, g in g }
        }
        let weights = try BenchFiles.weights(for: graph, model: bindings.modelDirectory, overrides: weightsFile)
        // A cache folder of its own, so the first compile is cold and the user's cache is untouched.
        let keep = cacheDirectory != nil
        let cache = CompileCache(directory: cacheDirectory.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "eptc-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"))
        defer { if !keep { try? FileManager.default.removeItem(at: cache.directory) } }
        let report: CodegenBenchmark.Report
        do {
            report = try codegen {
                try CodegenBenchmark.run(graph, weights: weights, inputs: inputs, repeats: repeats,
                                         interpreter: !noInterpreter, cache: cache, clearCache: !keep,
                                         options: codegenOptions)
            }
        } catch let e as EngineError {
            throw InternalError("an entry failed on benchmark inputs: \(e)")
        }
        let host = HostSetup.report()
        output.print("host: " + host.description)
        output.print("graph \(graph.name), kernel threads \(ThreadPool.shared.threadCount), "
            + "BLAS threads \(BLASSetup.threadCount), \(repeats) timed runs per engine")
        output.print("compile: cold \(formatSeconds(report.coldCompile)) (compile + store\(keep ? ", or load when the cache was warm" : "")), "
            + "cached \(formatSeconds(report.cachedCompile)) (load)")
        let sgemm = BLASSetup.measuredSgemmRate(size: sgemmSize)
        output.print(String(format: "sgemm %d×%d×%d: %.1f GFLOP/s (best of 10)", sgemmSize, sgemmSize, sgemmSize, sgemm))
        output.stdout += benchTable(report.entries, sgemmRate: sgemm)
        var loss: Double?
        if inputsFile != nil, let lossEntry = graph.entry(named: "loss") {
            let engine = CompiledEngine(program: try codegen { try cache.program(for: graph, options: codegenOptions).program },
                                        weights: weights)
            let batch = BenchInputs.make(for: lossEntry, seed: 99)
                .merging(given.filter { name, _ in lossEntry.parameters.contains { $0.name == name } }) { _, g in g }
            do {
                loss = try engine.run("loss", inputs: batch)["loss"].flatMap { $0.doubles.first }
            } catch let e as EngineError {
                throw UserError("the loss entry failed on the --inputs batch: \(e)")
            }
            output.print(String(format: "loss on the --inputs batch: %.7g", loss ?? .nan))
        }
        let peakRSS = BenchFiles.peakResidentBytes()
        output.print(String(format: "peak resident memory: %.1f MiB", Double(peakRSS) / 1048576))
        var profiles: [EntryProfile] = []
        if profile {
            profiles = try codegen { try CodegenBenchmark.profile(graph, weights: weights, inputs: inputs, repeats: repeats,
                                                                          cache: cache, options: codegenOptions) }
            for p in profiles { output.stdout += "\n" + p.table(top: profileTop) }
        }
        if compareFusion {
            let other = compareAgainst.isEmpty ? PassSkipList.fusionOff
                : try PassSkipList(Array(skipping.names) + compareAgainst)
            let unfused = try GraphPipeline.run(elaborated, skipping: other)
            let rows = try codegen {
                try CodegenBenchmark.compareFusion(fused: graph, unfused: unfused, weights: weights, inputs: inputs,
                                                   repeats: repeats)
            }
            output.stdout += "\n" + fusionTable(rows, against: compareAgainst.isEmpty ? "all" : other.description)
        }
        if let jsonFile {
            try BenchFiles.writeJSON(to: jsonFile, graph: graph, host: host, report: report, sgemm: sgemm,
                                     sgemmSize: sgemmSize, loss: loss, peakRSS: peakRSS, profiles: profiles)
        }
    }
}

/// The table `eptc bench` prints: one row per entry, numbers right-aligned.
func benchTable(_ rows: [CodegenBenchmark.EntryTiming], sgemmRate: Double) -> String {
    let header = ["entry", "MFLOP", "compiled min", "median", "interp min", "median", "speedup", "GFLOP/s", "of sgemm"]
    var cells: [[String]] = [header]
    for r in rows {
        var line = [r.entry, String(format: "%.3f", Double(r.flops) / 1e6), formatSeconds(r.compiledMin),
                    formatSeconds(r.compiledMedian)]
        if let iMin = r.interpretedMin, let iMed = r.interpretedMedian, let speedup = r.speedup {
            line += [formatSeconds(iMin), formatSeconds(iMed), String(format: "%.1fx", speedup)]
        } else {
            line += ["-", "-", "-"]
        }
        line += [String(format: "%.2f", r.gigaflopsPerSecond), String(format: "%.1f%%", r.gigaflopsPerSecond / sgemmRate * 100)]
        cells.append(line)
    }
    let widths = header.indices.map { c in cells.map { $0[c].count }.max() ?? 0 }
    var text = ""
    for row in cells {
        let padded = row.enumerated().map { c, s in
            c == 0 ? s.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: widths[c] - s.count) + s
        }
        text += padded.joined(separator: "  ") + "\n"
    }
    return text + "speedup = interpreter median / compiled median; GFLOP/s from the compiled min.\n"
}

/// The table of `eptc bench --compare-fusion`: per entry, kernels and estimated bytes moved, then
/// min and median per call, unfused then fused, and the ratio of the medians.
func fusionTable(_ rows: [CodegenBenchmark.FusionTiming], against: String = "all") -> String {
    let header = ["entry", "kernels", "bytes moved (est.)", "unfused min", "median", "fused min", "median", "speedup"]
    var cells: [[String]] = [header]
    for r in rows {
        cells.append([r.entry, "\(r.kernels.unfused) → \(r.kernels.fused)",
                      "\(formatBytes(r.bytesMoved.unfused)) → \(formatBytes(r.bytesMoved.fused))",
                      formatSeconds(r.unfused.first ?? .nan), formatSeconds(CodegenBenchmark.median(r.unfused)),
                      formatSeconds(r.fused.first ?? .nan), formatSeconds(CodegenBenchmark.median(r.fused)),
                      String(format: "%.2fx", r.speedup)])
    }
    let widths = header.indices.map { c in cells.map { $0[c].count }.max() ?? 0 }
    var text = ""
    for row in cells {
        text += row.enumerated().map { c, s in
            c == 0 ? s.padding(toLength: widths[c], withPad: " ", startingAt: 0) : String(repeating: " ", count: widths[c] - s.count) + s
        }.joined(separator: "  ") + "\n"
    }
    return text + "fused vs --no-fuse=\(against) in alternating rounds; speedup = unfused median / fused median (a shared machine: "
        + "only ratios from one run mean much).\n"
}

extension GemmPolicy: ExpressibleByArgument {}
