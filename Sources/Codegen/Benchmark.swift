import Foundation
import IR
import Passes
import Runtime

/// Compiled vs interpreter timing per entry, and cold vs cached compile time: the body of the
/// benchmark command (`eptc bench`, tools/bench-codegen.sh). Not a test: machines are shared and
/// noisy, so it reports min and median over repeats and only ratios from one run mean anything.
public enum CodegenBenchmark {
    public struct EntryTiming: Sendable {
        public var entry: String
        /// FLOPs of one call (`Entry.statistics()`).
        public var flops: Int
        /// Seconds per timed run, sorted ascending.
        public var compiled: [Double]
        /// Seconds per timed interpreter run, sorted; nil when the interpreter was not timed.
        public var interpreted: [Double]?

        public var compiledMin: Double { compiled.first ?? .nan }
        public var compiledMedian: Double { median(compiled) }
        public var interpretedMin: Double? { interpreted.map { $0.first ?? .nan } }
        public var interpretedMedian: Double? { interpreted.map(median) }
        /// Interpreter median / compiled median.
        public var speedup: Double? { interpretedMedian.map { $0 / max(compiledMedian, 1e-12) } }
        /// Achieved rate at the compiled minimum.
        public var gigaflopsPerSecond: Double { Double(flops) / 1e9 / compiledMin }
    }

    public struct Report: Sendable, CustomStringConvertible {
        public var graph: String
        public var coldCompile: Double
        public var cachedCompile: Double
        public var entries: [EntryTiming]

        public var description: String {
            func ms(_ s: Double) -> String { String(format: "%.3f ms", s * 1000) }
            var lines = ["graph \(graph): compile cold \(ms(coldCompile)), cached \(ms(cachedCompile))"]
            for e in entries {
                var line = "  \(e.entry): compiled min \(ms(e.compiledMin)) median \(ms(e.compiledMedian))"
                if let iMin = e.interpretedMin, let iMed = e.interpretedMedian, let s = e.speedup {
                    line += "; interpreter min \(ms(iMin)) median \(ms(iMed)); " + String(format: "speedup %.1fx (medians)", s)
                }
                lines.append(line)
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Times every entry for which `inputs` has a batch, in graph order: one untimed warm-up,
    /// then `repeats` timed runs per engine, the weights restored before each run so a
    /// `train_step` does the same work every time (and `weights` is left as it was). The cache
    /// directory is emptied first so the first compile is cold — give it a folder of its own.
    public static func run(_ graph: Graph, weights: WeightStore, inputs: [String: [String: Tensor]],
                           repeats: Int = 10, interpreter: Bool = true, cache: CompileCache,
                           clearCache: Bool = true, options: CodegenOptions = CodegenOptions()) throws -> Report {
        if clearCache { try? FileManager.default.removeItem(at: cache.directory) }
        let cold = try time { _ = try cache.program(for: graph, options: options) }
        var served: (program: CompiledProgram, hit: Bool)?
        let warm = try time { served = try cache.program(for: graph, options: options) }
        guard let served, served.hit else {
            throw CodegenError.internalError("the compile cache in \(cache.directory.path) did not serve the second compile")
        }
        var entries: [EntryTiming] = []
        for e in graph.entries {
            guard let batch = inputs[e.name] else { continue }
            // Separate stores: both engines start from the same weights.
            let compiled = try timeRuns(CompiledEngine(program: served.program, weights: copy(weights, graph)),
                                        e.name, batch, repeats)
            let interpreted = interpreter
                ? try timeRuns(Interpreter(graph: graph, weights: copy(weights, graph)), e.name, batch, repeats) : nil
            entries.append(EntryTiming(entry: e.name, flops: e.statistics().flops, compiled: compiled,
                                       interpreted: interpreted))
        }
        return Report(graph: graph.name, coldCompile: cold, cachedCompile: warm, entries: entries)
    }

    /// Per-node profiles of every entry with a batch: a copy compiled with `CodegenOptions.profile`,
    /// one warm-up run, counters reset, then `repeats` runs (weights restored before each).
    public static func profile(_ graph: Graph, weights: WeightStore, inputs: [String: [String: Tensor]],
                               repeats: Int, cache: CompileCache? = nil,
                               options: CodegenOptions = CodegenOptions()) throws -> [EntryProfile] {
        var options = options
        options.profile = true
        let program = try cache?.program(for: graph, options: options).program
            ?? CompiledProgram.compile(graph, options: options)
        let engine = CompiledEngine(program: program, weights: try copy(weights, graph))
        var profiles: [EntryProfile] = []
        for e in graph.entries {
            guard let batch = inputs[e.name] else { continue }
            _ = try timeRuns(engine, e.name, batch, 0) // warm-up only
            engine.resetProfile(e.name)
            _ = try timeRuns(engine, e.name, batch, repeats, warmUp: false)
            if let p = engine.profile(e.name) { profiles.append(p) }
        }
        return profiles
    }

    /// One entry timed fused and unfused (`eptc bench --compare-fusion`).
    public struct FusionTiming: Sendable {
        public var entry: String
        public var kernels: (fused: Int, unfused: Int)
        public var bytesMoved: (fused: Int, unfused: Int)
        /// Seconds per run, sorted.
        public var fused: [Double]
        public var unfused: [Double]
        /// Unfused median / fused median.
        public var speedup: Double { median(unfused) / max(median(fused), 1e-12) }
    }

    /// Times every entry with a batch in the fused and the unfused graph (the same graph with
    /// the fusion passes off: same weights and inputs), alternating `rounds` rounds of
    /// `repeats / rounds` runs each (and which goes first) so both meet the same machine load.
    public static func compareFusion(fused: Graph, unfused: Graph, weights: WeightStore,
                                     inputs: [String: [String: Tensor]], repeats: Int, rounds: Int = 4) throws -> [FusionTiming] {
        let fusedEngine = CompiledEngine(program: try CompiledProgram.compile(fused), weights: try copy(weights, fused))
        let plainEngine = CompiledEngine(program: try CompiledProgram.compile(unfused), weights: try copy(weights, unfused))
        let perRound = max(1, repeats / max(rounds, 1))
        var out: [FusionTiming] = []
        for e in fused.entries {
            guard let batch = inputs[e.name], let plain = unfused.entry(named: e.name) else { continue }
            var f: [Double] = [], u: [Double] = []
            for round in 0..<max(rounds, 1) {
                // Which goes first alternates too, so neither always follows the other.
                if round % 2 == 0 {
                    f += try timeRuns(fusedEngine, e.name, batch, perRound)
                    u += try timeRuns(plainEngine, e.name, batch, perRound)
                } else {
                    u += try timeRuns(plainEngine, e.name, batch, perRound)
                    f += try timeRuns(fusedEngine, e.name, batch, perRound)
                }
            }
            let a = KernelEstimate(entry: e, plan: MemoryPlanner().plan(e, in: fused))
            let b = KernelEstimate(entry: plain, plan: MemoryPlanner().plan(plain, in: unfused))
            out.append(FusionTiming(entry: e.name, kernels: (a.kernels, b.kernels), bytesMoved: (a.bytesMoved, b.bytesMoved),
                                    fused: f.sorted(), unfused: u.sorted()))
        }
        return out
    }

    /// Median of sorted values (mean of the middle two for an even count).
    public static func median(_ sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let m = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2
    }

    /// One warm-up, then `repeats` timed runs, each after restoring the weights; sorted seconds.
    static func timeRuns(_ engine: Engine, _ entry: String, _ inputs: [String: Tensor],
                         _ repeats: Int, warmUp: Bool = true) throws -> [Double] {
        // Only weights an entry can assign change; frozen ones (possibly mapped) stay as they are.
        let store = engine.weights
        let mutable = store.weights.indices.filter { store.weights[$0].role != .frozen }
        let original = mutable.map { store[$0] }
        func restore() { for (k, i) in mutable.enumerated() { store[i] = original[k] } }
        var times: [Double] = []
        let first = warmUp ? 0 : 1
        for run in first...max(repeats, first) where run > 0 || warmUp {
            restore()
            let seconds = try time { _ = try engine.run(entry, inputs: inputs) }
            if run > 0 { times.append(seconds) }
        }
        restore()
        return times.sorted()
    }

    private static func copy(_ store: WeightStore, _ graph: Graph) throws -> WeightStore {
        var provided: [String: Tensor] = [:]
        for (k, w) in graph.weights.enumerated() { provided[w.name] = store[k] }
        return try WeightStore(graph: graph, provided: provided)
    }

    private static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
