import Foundation
import IR
import Runtime

/// Compiled vs interpreter timing per entry, and cold vs cached compile time: the body of the
/// benchmark command (`eptc bench`, tools/bench-codegen.sh). Not a test: machines are shared and
/// noisy, so it reports min and median over repeats and only ratios from one run mean anything.
public enum CodegenBenchmark {
    public struct EntryTiming: Sendable {
        public var entry: String
        public var compiledMin: Double, compiledMedian: Double
        public var interpretedMin: Double, interpretedMedian: Double
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
                lines.append("  \(e.entry): compiled min \(ms(e.compiledMin)) median \(ms(e.compiledMedian)); "
                    + "interpreter min \(ms(e.interpretedMin)) median \(ms(e.interpretedMedian)); "
                    + String(format: "speedup %.1fx (medians)", e.interpretedMedian / max(e.compiledMedian, 1e-12)))
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Times every entry for which `inputs` has a batch, `repeats` times per engine. The cache
    /// directory is emptied first so the first compile is cold.
    public static func run(_ graph: Graph, weights: WeightStore, inputs: [String: [String: Tensor]],
                           repeats: Int = 10, cache: CompileCache) throws -> Report {
        try? FileManager.default.removeItem(at: cache.directory)
        let cold = try time { _ = try cache.program(for: graph) }
        var cached: CompiledProgram?
        let warm = try time { cached = try cache.program(for: graph).program }
        guard let program = cached else { throw CodegenError.internalError("cache returned nothing") }
        var entries: [EntryTiming] = []
        for e in graph.entries {
            guard let batch = inputs[e.name] else { continue }
            // Separate stores: train steps update weights, and both engines should see the same.
            let compiled = CompiledEngine(program: program, weights: try copy(weights, graph))
            let interpreter = Interpreter(graph: graph, weights: try copy(weights, graph))
            let c = try (0..<repeats).map { _ in try time { _ = try compiled.run(e.name, inputs: batch) } }.sorted()
            let i = try (0..<repeats).map { _ in try time { _ = try interpreter.run(e.name, inputs: batch) } }.sorted()
            entries.append(EntryTiming(entry: e.name, compiledMin: c[0], compiledMedian: c[c.count / 2],
                                       interpretedMin: i[0], interpretedMedian: i[i.count / 2]))
        }
        return Report(graph: graph.name, coldCompile: cold, cachedCompile: warm, entries: entries)
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
