import IR

/// Removes nodes that no result or state update depends on, and renumbers the rest.
/// Parameters are kept even when unused, so the entry's signature never changes.
public enum DeadCodeElimination {
    public static func run(_ entry: Entry) -> Entry {
        var live = [Bool](repeating: false, count: entry.nodes.count)
        for r in entry.results { live[r.value] = true }
        for u in entry.updates { live[u.value] = true }
        for (id, node) in entry.nodes.enumerated() {
            if case .parameter = node.op { live[id] = true }
        }
        for id in stride(from: entry.nodes.count - 1, through: 0, by: -1) where live[id] {
            for input in entry.nodes[id].inputs { live[input] = true }
        }
        var newID = [Int](repeating: -1, count: entry.nodes.count)
        var out = entry
        out.nodes = []
        for (id, node) in entry.nodes.enumerated() where live[id] {
            var n = node
            n.inputs = node.inputs.map { newID[$0] }
            newID[id] = out.nodes.count
            out.nodes.append(n)
        }
        out.results = entry.results.map { EntryResult(name: $0.name, value: newID[$0.value]) }
        out.updates = entry.updates.map { StateUpdate(weight: $0.weight, value: newID[$0.value]) }
        return out
    }
}
