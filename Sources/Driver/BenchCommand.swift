import ArgumentParser
import Codegen
import Foundation
import IR
import Runtime

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
    @Option(name: .customLong("repeat"), help: "Timed runs per entry and engine.") var repeats: Int = 10
    @Option(name: .customLong("entry"), help: "Only these entries (repeatable; default: all).") var entries: [String] = []
    @Option(name: .customLong("sgemm-size"), help: "n of the n×n×n reference sgemm.") var sgemmSize: Int = 512
    @Flag(name: .customLong("no-interpreter"), help: "Time compiled code only (for graphs too big to interpret).")
    var noInterpreter = false

    public init() {}

    public func validate() throws {
        guard (1...100_000).contains(repeats) else { throw ValidationError("--repeat must be in 1...100000") }
        guard (16...8192).contains(sgemmSize) else { throw ValidationError("--sgemm-size must be in 16...8192") }
    }

    public func execute(_ output: inout CommandOutput) throws {
        let graph = try GraphPipeline.run(try bindings.elaborate(Resources.graphFile(file, output.environment)))
        let unknown = entries.filter { graph.entry(named: $0) == nil }
        if !unknown.isEmpty {
            throw UserError("graph '\(graph.name)' has no entry \(unknown.map { "'\($0)'" }.joined(separator: ", ")) "
                + "(entries: \(graph.entries.map(\.name).joined(separator: ", ")))")
        }
        var inputs: [String: [String: Tensor]] = [:]
        for (k, entry) in graph.entries.enumerated() where entries.isEmpty || entries.contains(entry.name) {
            inputs[entry.name] = BenchInputs.make(for: entry, seed: UInt64(k + 1))
        }
        // A cache folder of its own, so the first compile is cold and the user's cache is untouched.
        let cache = CompileCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent(
            "eptc-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"))
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let report: CodegenBenchmark.Report
        do {
            report = try codegen {
                try CodegenBenchmark.run(graph, weights: try BenchInputs.weights(for: graph, seed: 1), inputs: inputs,
                                         repeats: repeats, interpreter: !noInterpreter, cache: cache)
            }
        } catch let e as EngineError {
            throw InternalError("an entry failed on benchmark inputs: \(e)")
        }
        let target = HostTarget.current()
        output.print("graph \(graph.name) on \(target.cpu) (\(target.triple)), kernel threads \(ThreadPool.shared.threadCount), "
            + "BLAS threads \(blasThreadCount()), \(repeats) timed runs per engine")
        output.print("compile: cold \(formatSeconds(report.coldCompile)) (compile + store), "
            + "cached \(formatSeconds(report.cachedCompile)) (load)")
        let sgemm = measuredSgemmRate(size: sgemmSize)
        output.print(String(format: "sgemm %d×%d×%d: %.1f GFLOP/s (best of 10)", sgemmSize, sgemmSize, sgemmSize, sgemm))
        output.stdout += benchTable(report.entries, sgemmRate: sgemm)
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
