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
        let graph = try GraphPipeline.run(try bindings.elaborate(file))
        let unknown = entries.filter { graph.entry(named: $0) == nil }
        if !unknown.isEmpty {
            throw UserError("graph '\(graph.name)' has no entry \(unknown.map { "'\($0)'" }.joined(separator: ", ")) "
                + "(entries: \(graph.entries.map(\.name).joined(separator: ", ")))")
        }
        let (program, cold, cached) = try compileTimes(graph)
        let target = program.target
        output.print("graph \(graph.name) on \(target.cpu) (\(target.triple)), kernel threads \(ThreadPool.shared.threadCount), "
            + "BLAS threads \(blasThreadCount()), \(repeats) timed runs per engine")
        output.print("compile: cold \(formatSeconds(cold)) (compile + store), cached \(formatSeconds(cached)) (load)")
        let sgemm = measuredSgemmRate(size: sgemmSize)
        output.print(String(format: "sgemm %d×%d×%d: %.1f GFLOP/s (best of 10)", sgemmSize, sgemmSize, sgemmSize, sgemm))
        let weights = try BenchInputs.weights(for: graph, seed: 1)
        var rows: [BenchRow] = []
        for (k, entry) in graph.entries.enumerated() where entries.isEmpty || entries.contains(entry.name) {
            let inputs = BenchInputs.make(for: entry, seed: UInt64(k + 1))
            let compiled = try timeRuns(CompiledEngine(program: program, weights: copy(weights, graph)), entry, inputs)
            let interpreted = noInterpreter ? nil
                : try timeRuns(Interpreter(graph: graph, weights: copy(weights, graph)), entry, inputs)
            rows.append(BenchRow(entry: entry.name, flops: entry.statistics().flops, compiled: compiled,
                                 interpreted: interpreted))
        }
        output.stdout += BenchRow.table(rows, sgemmRate: sgemm)
    }

    /// Cold compile (no cache: compile and store into a fresh temporary cache) and cached compile
    /// (load from it), in seconds; the cache folder is removed afterwards.
    private func compileTimes(_ graph: Graph) throws -> (CompiledProgram, Double, Double) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("eptc-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (_, coldSource, cold) = try obtainProgram(graph, load: nil, cache: directory)
        let (program, warmSource, cached) = try obtainProgram(graph, load: nil, cache: directory)
        guard case .compiled(storedIn: .some) = coldSource, case .cached = warmSource else {
            throw InternalError("the compile cache in \(directory.path) did not serve the second compile")
        }
        return (program, cold, cached)
    }

    /// One warm-up run, then `repeats` timed runs, each after restoring the weights; sorted seconds.
    private func timeRuns(_ engine: Engine, _ entry: Entry, _ inputs: [String: Tensor]) throws -> [Double] {
        let original = engine.weights.tensors
        func restore() { for i in original.indices { engine.weights[i] = original[i] } }
        var times: [Double] = []
        for run in 0...repeats {
            restore()
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                _ = try engine.run(entry.name, inputs: inputs)
            } catch {
                throw InternalError("entry '\(entry.name)' failed on benchmark inputs: \(error)")
            }
            if run > 0 { times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        }
        restore()
        return times.sorted()
    }

    private func copy(_ store: WeightStore, _ graph: Graph) throws -> WeightStore {
        var provided: [String: Tensor] = [:]
        for (k, w) in graph.weights.enumerated() { provided[w.name] = store[k] }
        return try WeightStore(graph: graph, provided: provided)
    }
}

/// One entry's timings and the table `eptc bench` prints.
struct BenchRow {
    var entry: String
    var flops: Int
    /// Sorted seconds per run.
    var compiled: [Double]
    var interpreted: [Double]?

    static func median(_ sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let m = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2
    }

    static func table(_ rows: [BenchRow], sgemmRate: Double) -> String {
        let header = ["entry", "MFLOP", "compiled min", "median", "interp min", "median", "speedup", "GFLOP/s", "of sgemm"]
        var cells: [[String]] = [header]
        for r in rows {
            let cMin = r.compiled.first ?? .nan, cMed = median(r.compiled)
            let gflops = Double(r.flops) / 1e9, mflops = Double(r.flops) / 1e6
            let rate = gflops / cMin
            var line = [r.entry, String(format: "%.3f", mflops), formatSeconds(cMin), formatSeconds(cMed)]
            if let i = r.interpreted {
                let iMed = median(i)
                line += [formatSeconds(i.first ?? .nan), formatSeconds(iMed), String(format: "%.1fx", iMed / cMed)]
            } else {
                line += ["-", "-", "-"]
            }
            line += [String(format: "%.2f", rate), String(format: "%.1f%%", rate / sgemmRate * 100)]
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
        text += "speedup = interpreter median / compiled median; GFLOP/s from the compiled min.\n"
        return text
    }
}
