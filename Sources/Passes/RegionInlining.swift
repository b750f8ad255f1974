import IR

/// Replaces every fused region by its body's nodes: the inverse of fusion. Autodiff runs on
/// inlined entries (a region has no VJP of its own), and tests use it to compare a fused entry
/// with the plain one it came from.
public enum RegionInlining {
    public static func run(_ graph: Graph) -> Graph {
        var out = graph
        out.entries = graph.entries.map { run($0) }
        return out
    }

    /// The entry with the regions `inlining(value, region)` picks (all by default) inlined.
    public static func run(_ entry: Entry, inlining: (ValueID, FusedRegion) -> Bool = { _, _ in true }) -> Entry {
        guard entry.nodes.enumerated().contains(where: { v, node in
            if case .fused(let region) = node.op { inlining(v, region) } else { false }
        }) else { return entry }
        var out = entry
        out.nodes = []
        var newID = [ValueID](repeating: -1, count: entry.nodes.count)
        // The inlined values of each inlined region's results, for its `region_result` readers.
        var inlinedResults: [ValueID: [ValueID]] = [:]
        for (id, node) in entry.nodes.enumerated() {
            if case .regionResult(let k, _) = node.op, let values = inlinedResults[node.inputs[0]] {
                newID[id] = values[k]
                continue
            }
            guard case .fused(let region) = node.op, inlining(id, region) else {
                var n = node
                n.inputs = node.inputs.map { newID[$0] }
                out.nodes.append(n)
                newID[id] = out.nodes.count - 1
                continue
            }
            // Body value i < inputCount is input i; the rest are appended in body order.
            var bodyID = node.inputs.map { newID[$0] }
            for inner in region.nodes.dropFirst(bodyID.count) {
                var n = inner
                n.inputs = inner.inputs.map { bodyID[$0] }
                if n.location == nil { n.location = node.location }
                out.nodes.append(n)
                bodyID.append(out.nodes.count - 1)
            }
            newID[id] = bodyID[region.result]
            if !region.extraResults.isEmpty { inlinedResults[id] = region.results.map { bodyID[$0] } }
        }
        out.results = entry.results.map { EntryResult(name: $0.name, value: newID[$0.value]) }
        out.updates = entry.updates.map { StateUpdate(weight: $0.weight, value: newID[$0.value]) }
        return out
    }
}
