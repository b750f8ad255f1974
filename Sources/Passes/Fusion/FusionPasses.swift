import IR

/// `fuse-elementwise`: every maximal chain (tree) of elementwise ops becomes one `fused
/// elementwise` region — one loop, one pass over memory (`FusedKernel.map`). Roots are taken
/// from the end of the entry backwards, so a region ends where a value has an outside consumer,
/// a shape stops broadcasting into the root's, or a non-elementwise op begins (`RegionGrowth`).
///
/// An elementwise epilogue after a matmul (bias, scale, activation, residual add, dropout)
/// becomes one such region reading the matmul's output: one pass right after the GEMM.
public struct ElementwiseFusionPass: Pass {
    public let name = "fuse-elementwise"
    public init() {}

    public func run(_ graph: Graph) throws -> Graph { try RegionGrowth.rewriteEntries(graph, Self.fuse) }

    public static func fuse(_ entry: Entry) throws -> Entry {
        try RegionGrowth.fuseFromTheEnd(entry) { growth, v in
            let node = entry.nodes[v]
            guard RegionGrowth.isFusibleElementwise(node.op),
                  let grown = growth.grow(root: v, through: node.inputs, domain: node.type.shape) else { return nil }
            return (grown.members, grown.copies,
                    RegionGrowth.build(entry, members: grown.members, pattern: RegionPattern.elementwise,
                                       copyRootConstants: true))
        }
    }
}

/// `fuse-reductions`: a row op — sum/mean/max over trailing axes (the last, or all of them as in
/// the optimizer's global norm), softmax, log_softmax, rms_norm, layer_norm over the last —
/// absorbs the elementwise chain that computes its input (attention scores + position bias +
/// mask before softmax, a residual add before a norm, the product inside a softmax VJP's row
/// sum, the square inside a gradient norm) into one row kernel (`FusedKernel.rows`): the chain is
/// computed once per element, in the row the op then works on. Reductions over leading axes (a
/// bias gradient's sum over the batch) are left alone.
public struct ReductionFusionPass: Pass {
    public let name = "fuse-reductions"
    public init() {}

    public func run(_ graph: Graph) throws -> Graph { try RegionGrowth.rewriteEntries(graph, Self.fuse) }

    public static func fuse(_ entry: Entry) throws -> Entry {
        try RegionGrowth.fuseFromTheEnd(entry) { growth, v in
            let node = entry.nodes[v]
            guard let pattern = rowPattern(node, in: entry) else { return nil }
            let x = node.inputs[0]
            guard let grown = growth.grow(root: v, through: [x], domain: entry.nodes[x].type.shape) else { return nil }
            let fused = RegionGrowth.build(entry, members: grown.members, pattern: pattern, copyRootConstants: false)
            guard case .fused(let region) = fused.op, case .rows = region.kernel else {
                growth.release(grown.members)
                return nil
            }
            return (grown.members, grown.copies, fused)
        }
    }

    /// The pattern name of a float row op, else nil.
    static func rowPattern(_ node: Node, in entry: Entry) -> String? {
        guard node.type.dtype.isFloat, let x = node.inputs.first else { return nil }
        let rank = entry.nodes[x].type.rank
        let last = rank - 1
        switch node.op {
        case .reduce(_, let axes, _):
            return isTrailing(axes, rank: rank) ? RegionPattern.reduction : nil
        case .softmax(let axis), .logSoftmax(let axis):
            return normalizedAxis(axis, rank: rank) == last ? RegionPattern.softmax : nil
        case .rmsNorm, .layerNorm:
            return RegionPattern.norm
        default:
            return nil
        }
    }
}
