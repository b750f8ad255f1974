import Foundation
import IR
import Passes
import Support

/// The report `eptc compile` prints: parameters by role and optimizer group (with the share of
/// the frozen backbone a method trains), then per entry its ops, FLOPs — split into forward and
/// backward for derived training entries — the memory plan's arena and peak bytes, and kernel
/// calls and estimated bytes moved (`KernelEstimate`) before and after the fusion passes.
struct CompileSummary {
    let graph: Graph
    let stages: [String]
    /// The graph before the fusion passes (nil: no comparison line).
    var unfused: Graph? = nil

    var text: String {
        var out = "graph \(graph.name): \(graph.entries.count) entries, \(graph.weights.count) weights\n"
        out += "stages: \(stages.joined(separator: " → "))\n"
        out += parameterLines()
        for entry in graph.entries { out += entryLines(entry) }
        return out
    }

    private func parameterLines() -> String {
        var out = "parameters:\n"
        let elements = graph.parameterCounts()
        for role in WeightRole.allCases {
            let count = graph.weights.filter { $0.role == role }.count
            out += "  \(role.rawValue): \(grouped(elements[role] ?? 0)) elements in \(count) weights\n"
        }
        let groups = graph.trainableCountsByGroup()
        guard !groups.isEmpty else { return out }
        for (name, count) in groups.sorted(by: { $0.key < $1.key }) {
            out += "  trainable group \(name): \(grouped(count))\n"
        }
        // The share of the backbone: against the frozen weights, or against everything when the
        // method trains the backbone itself (full fine-tuning).
        let frozen = elements[.frozen] ?? 0, total = elements[.trainable] ?? 0
        let backbone = frozen > 0 ? frozen : total
        if backbone > 0 {
            let share = Double(total) / Double(backbone) * 100
            out += "  trainable total: \(grouped(total)) (\(percent(share)) of the \(grouped(backbone))-element \(frozen > 0 ? "frozen backbone" : "model"))\n"
        }
        return out
    }

    private func entryLines(_ entry: Entry) -> String {
        let params = entry.parameters.map { "\($0.name): \($0.type)" }.joined(separator: ", ")
        let results = entry.results.map { "\($0.name): \(entry.nodes[$0.value].type)" }.joined(separator: ", ")
        var out = "entry \(entry.name)(\(params)) -> (\(results))\n"
        let stats = entry.statistics()
        let total = stats.opCounts.values.reduce(0, +)
        let counts = stats.opCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        out += "  ops: \(total) (\(counts.joined(separator: ", ")))\n"
        out += "  flops: \(grouped(stats.flops)) (\(gigaflops(stats.flops)) GFLOP), matmuls: \(stats.matmuls)\n"
        if let forward = forwardEntry(of: entry) {
            // Derived entries keep the forward's nodes, so the backward is the difference.
            let f = forward.statistics()
            out += "  forward: \(grouped(f.flops)) flops, \(f.matmuls) matmuls; "
            out += "backward + update: \(grouped(stats.flops - f.flops)) flops, \(stats.matmuls - f.matmuls) matmuls\n"
        }
        let plan = MemoryPlanner().plan(entry, in: graph)
        out += "  memory: arena \(grouped(plan.arenaBytes)) bytes, peak live \(grouped(plan.peakLiveBytes)) bytes\n"
        out += kernelLine(entry, KernelEstimate(entry: entry, plan: plan))
        return out
    }

    /// `kernels: 830 → 412 (fusion), bytes moved (est.): 1.2 MB → 0.7 MB (−42%)`.
    private func kernelLine(_ entry: Entry, _ after: KernelEstimate) -> String {
        let fusedRegions = entry.nodes.filter { if case .fused = $0.op { true } else { false } }.count
        guard let unfused, let before = unfused.entry(named: entry.name).map({
            KernelEstimate(entry: $0, plan: MemoryPlanner().plan($0, in: unfused))
        }) else {
            return "  kernels: \(grouped(after.kernels)), bytes moved (est.): \(formatBytes(after.bytesMoved))\n"
        }
        let saved = before.bytesMoved > 0 ? Double(before.bytesMoved - after.bytesMoved) / Double(before.bytesMoved) * 100 : 0
        return "  kernels: \(grouped(before.kernels)) → \(grouped(after.kernels)) after fusion (\(fusedRegions) regions), "
            + "bytes moved (est.): \(formatBytes(before.bytesMoved)) → \(formatBytes(after.bytesMoved))"
            + String(format: " (−%.0f%%)", saved) + "\n"
    }

    /// The loss entry a derived training entry (`loss_grad`, `train_step`) was built from.
    private func forwardEntry(of entry: Entry) -> Entry? {
        if entry.name.hasSuffix("_grad") { return graph.entry(named: String(entry.name.dropLast(5))) }
        if entry.name == "train_step" { return graph.entry(named: "loss") }
        return nil
    }

    private func gigaflops(_ n: Int) -> String {
        let g = Double(n) / 1e9
        return g < 0.001 ? "<0.001" : String((g * 1000).rounded() / 1000)
    }

    private func percent(_ p: Double) -> String {
        p >= 1 ? String((p * 100).rounded() / 100) + "%" : String((p * 10000).rounded() / 10000) + "%"
    }
}
