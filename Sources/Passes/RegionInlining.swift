import IR

/// Replaces every fused region by its body's nodes: the inverse of fusion. Autodiff runs on
/// inlined entries (a region has no VJP of its own), and tests use it to compare a fused entry
/// with the plain one it came from.
public enum RegionInlining {
    public static func run(_ graph: Graph) -> Graph {
        var out = graph
        out.entries = graph.entries.map(run)
        return out
    }

    public static func run(_ entry: Entry) -> Entry {
        guard entry.nodes.contains(where: { if case .fused = $0.op { true } else { false } }) else { return entry }
        var out = entry
        out.nodes = []
        var newID = [ValueID](repeating: -1, count: entry.nodes.count)
        for (id, node) in entry.nodes.enumerated() {
            guard case .fused(let region) = node.op else {
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
        }
        out.results = entry.results.map { EntryResult(name: $0.name, value: newID[$0.value]) }
        out.updates = entry.updates.map { StateUpdate(weight: $0.weight, value: newID[$0.value]) }
        return out
    }
}
