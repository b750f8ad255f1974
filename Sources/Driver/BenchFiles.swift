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
        var entries: [JSONValue] = []
        for e in report.entries {
            guard let entry = graph.entry(named: e.entry) else { continue }
            entries.append(.object(["entry": .string(e.entry), "flops": .int(e.flops),
                                    "matmul_flops": .int(entry.statistics().matmulFlops),
                                    "seconds": .array(e.compiled.map(JSONValue.double))]))
        }
        let profileJSON: [JSONValue] = profiles.map { p in
            .object(["entry": .string(p.entry), "calls": .int(p.calls), "total_seconds": .double(p.totalSeconds),
                     "classes": .array(p.byClass.map { c in
                         .object(["class": .string(c.kernelClass.rawValue), "kernels": .int(c.nodes),
                                  "seconds": .double(c.seconds), "flops": .int(c.flops), "bytes": .int(c.bytes)])
                     })])
        }
        var root: [String: JSONValue] = [
            "graph": .string(graph.name), "host": .string(host.description), "blas_core": .string(host.blas.core),
            "kernel_threads": .int(host.kernelThreads), "blas_threads": .int(host.blasThreads),
            "sgemm_gflops": .double(sgemm), "sgemm_size": .int(sgemmSize), "compile_cold_seconds": .double(report.coldCompile),
            "compile_cached_seconds": .double(report.cachedCompile), "entries": .array(entries), "peak_rss_bytes": .int(peakRSS),
            "profiles": .array(profileJSON),
        ]
        if let loss { root["loss"] = .double(loss) }
        try writeOutput(JSONValue.object(root).pretty(), to: path)
    }
}
