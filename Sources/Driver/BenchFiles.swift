import Codegen
import Foundation
import IR
import Models
import Runtime
import Support

/// What `eptc bench` reads and writes besides its table: given weights and batches (so a peer
/// can be checked to compute the same loss), peak memory, and a JSON report for tools/bench.
enum BenchFiles {
    /// All tensors of a safetensors file by name.
    static func tensors(_ path: String, what: String) throws -> [String: Tensor] {
        do {
            let file = try SafeTensorsFile(path: path)
            var out: [String: Tensor] = [:]
            for name in file.names { out[name] = try file.tensor(name) }
            return out
        } catch {
            throw UserError("\(what) \(path): \(error)")
        }
    }

    /// The checkpoint's weights (mapped) when a model folder is given, else random ones; either
    /// way overridden by the tensors of `overrides`.
    static func weights(for graph: Graph, model: String?, overrides: String?) throws -> WeightStore {
        let given = try overrides.map { try tensors($0, what: "--weights") } ?? [:]
        if let model {
            do {
                return try ModelFolder(path: model).weightStore(for: graph, overrides: given, seed: 1)
            } catch {
                throw UserError("\(error)")
            }
        }
        let store = try BenchInputs.weights(for: graph, seed: 1)
        for (name, t) in given {
            guard let i = graph.weights.firstIndex(where: { $0.name == name || $0.checkpointName == name }) else { continue }
            guard t.shape == graph.weights[i].type.shape else {
                throw UserError("--weights: '\(name)' has shape \(t.shape), graph wants \(graph.weights[i].type.shape)")
            }
            store[i] = t
        }
        return store
    }

    /// The process's peak resident set (getrusage), in bytes.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    static func writeJSON(to path: String, graph: Graph, host: HostReport, report: CodegenBenchmark.Report,
                          sgemm: Double, sgemmSize: Int, loss: Double?, peakRSS: Int, profiles: [EntryProfile]) throws {
        var entries: [[String: Any]] = []
        for e in report.entries {
            guard let entry = graph.entry(named: e.entry) else { continue }
            let matmulFlops = entry.nodes.reduce(0) { sum, node in
                guard case .matmul = node.op else { return sum }
                return sum + node.op.flops(inputs: node.inputs.map { entry.nodes[$0].type }, output: node.type)
            }
            entries.append(["entry": e.entry, "flops": e.flops, "matmul_flops": matmulFlops, "seconds": e.compiled])
        }
        let profileJSON: [[String: Any]] = profiles.map { p in
            ["entry": p.entry, "calls": p.calls, "total_seconds": p.totalSeconds,
             "classes": p.byClass.map { c in
                 ["class": c.kernelClass.rawValue, "kernels": c.nodes, "seconds": c.seconds, "flops": c.flops,
                  "bytes": c.bytes] as [String: Any]
             }]
        }
        var root: [String: Any] = [
            "graph": graph.name, "host": host.description, "blas_core": host.blas.core,
            "kernel_threads": host.kernelThreads, "blas_threads": host.blasThreads,
            "sgemm_gflops": sgemm, "sgemm_size": sgemmSize, "compile_cold_seconds": report.coldCompile,
            "compile_cached_seconds": report.cachedCompile, "entries": entries, "peak_rss_bytes": peakRSS,
            "profiles": profileJSON,
        ]
        if let loss { root["loss"] = loss }
        let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
        try writeOutput(data, to: path)
    }
}
