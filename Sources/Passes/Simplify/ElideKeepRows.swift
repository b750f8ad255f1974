import IR

/// Removes `keep_rows(x, mask)` where x's rows are already zero wherever the mask is
/// (Analysis/ZeroRows.swift): the op would copy x unchanged.
///
/// It runs after autodiff, never before: a keep_rows that changes nothing in the forward pass
/// still zeroes its adjoint's padded rows (its VJP is keep_rows of the adjoint), and that is what
/// lets the backward GEMMs skip them too. The graph states padding once per tensor the model
/// needs (lib/t5-model.graph); this pass drops the copies the forward pass does not need.
public struct ElideKeepRowsPass: SimplifyRule {
    public static let passName = "elide-keep-rows"
    public var name: String { Self.passName }
    public init() {}

    /// Forwards each such keep_rows to its input (the rewriter visits the nodes in order, so
    /// `id` is the node the rule is shown); the facts are the input entry's.
    public func simplify(_ entry: Entry) -> (Entry, changed: Bool) {
        let facts = ZeroRowsAnalysis.facts(entry)
        var id = -1
        return EntryRewriter.rewrite(entry) { _, node in
            id += 1
            let old = entry.nodes[id]
            guard case .keepRows = old.op, facts[old.inputs[0]] == ZeroRows(mask: old.inputs[1]) else { return nil }
            return node.inputs[0]
        }
    }
}
