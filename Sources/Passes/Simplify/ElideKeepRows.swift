import IR

/// Removes `keep_rows(x, mask)` where x's rows are already zero wherever the mask is
/// (Analysis/ZeroRows.swift): the op would copy x unchanged.
///
/// It runs after autodiff, never before: a keep_rows that changes nothing in the forward pass
/// still zeroes its adjoint's padded rows (its VJP is keep_rows of the adjoint), and that is what
/// lets the backward GEMMs skip them too. The graph states padding once per tensor the model
/// needs (lib/t5-model.graph); this pass drops the copies the forward pass does not need.
public struct ElideKeepRowsPass: Pass {
    public static let passName = "elide-keep-rows"
    public var name: String { Self.passName }
    public init() {}

    public func run(_ graph: Graph) throws -> Graph {
        var out = graph
        out.entries = graph.entries.map(Self.elide)
        return out
    }

    public static func elide(_ entry: Entry) -> Entry {
        let facts = ZeroRowsAnalysis.facts(entry)
        var replacement = Array(entry.nodes.indices)
        var changed = false
        for (id, node) in entry.nodes.enumerated() {
            guard case .keepRows = node.op else { continue }
            if facts[node.inputs[0]] == ZeroRows(mask: node.inputs[1]) {
                replacement[id] = replacement[node.inputs[0]]
                changed = true
            }
        }
        guard changed else { return entry }
        var out = entry
        for id in out.nodes.indices { out.nodes[id].inputs = out.nodes[id].inputs.map { replacement[$0] } }
        out.results = out.results.map { EntryResult(name: $0.name, value: replacement[$0.value]) }
        out.updates = out.updates.map { StateUpdate(weight: $0.weight, value: replacement[$0.value]) }
        return DeadCodeElimination.run(out)
    }
}
