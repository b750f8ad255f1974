import IR

/// `fuse-row-epilogues`: row reductions (`sum`/`mean` over the last axis, keepdims) and the
/// elementwise chain that reads them back at the rows' full width become one `row` region —
/// one kernel that, per row, computes every reduction (one pass over the hot row per stage of
/// reductions that depend on earlier ones) and then writes the result in a last pass
/// (`FusedKernel.rowEpilogue`). This is what autodiff makes of softmax
/// (`s·(g − Σ g·s)`), rms_norm (`r·(g·w − x·r²·mean(g·w·x))`, `r = rsqrt(mean(x²) + eps)`) and
/// layer_norm (mean, variance, two means of the upstream gradient): before, each reduction was
/// a kernel of its own, then the epilogue one more pass.
///
/// It runs first among the generic passes, on the plain ops: a reduction `fuse-reductions` had
/// already wrapped in a region could not be absorbed here, and what this pass leaves (a
/// reduction something outside reads, other row ops, plain elementwise chains) the other two
/// fuse as before. Legality is `RegionGrowth`'s (`perRow`): a reduction with a consumer outside
/// the region stays materialized; a reduction over another axis, of a value of another shape
/// (a reshape or transpose between), or a `max` ends the region; values constant along the last
/// axis (`[…, 1]`) are computed once per row, so their ops need not be cheap. A region with no
/// reduction is left to `fuse-elementwise`.
public struct RowEpilogueFusionPass: Pass {
    public let name = "fuse-row-epilogues"
    public init() {}

    /// The shortest row fused. On rows of 8 (a (65536, 8) softmax VJP) the unfused kernels
    /// were faster; from rows of a few dozen on, the row kernel is at least even.
    public static let minimumRow = 16

    public func run(_ graph: Graph) throws -> Graph { try RegionGrowth.rewriteEntries(graph, Self.fuse) }

    public static func fuse(_ entry: Entry) throws -> Entry {
        try RegionGrowth.fuseFromTheEnd(entry) { growth, v in
            let node = entry.nodes[v]
            let domain = node.type.shape
            // Rows are the kernel's parallel work: at least two of them, and long enough that
            // the per-row overhead (the loops' setup, alias checks, the sums' combine) stays
            // below the passes over memory saved.
            guard RegionGrowth.isFusibleElementwise(node.op), node.type.dtype.isFloat, domain.count >= 2,
                  let n = domain.last, n >= minimumRow, domain.dropLast().reduce(1, *) >= 2 else { return nil }
            let accept = { (members: [ValueID]) -> Bool in
                guard members.contains(where: { RegionGrowth.isRowReduction(entry.nodes[$0], in: entry, domain: domain) })
                else { return false }
                let region = RegionGrowth.build(entry, members: members, pattern: RegionPattern.row, copyRootConstants: true)
                guard case .fused(let r) = region.op, case .rowEpilogue = r.kernel else { return false }
                return true
            }
            guard let grown = growth.grow(root: v, through: node.inputs, domain: domain, perRow: true, accept: accept)
            else { return nil }
            return (grown.members, grown.copies,
                    RegionGrowth.build(entry, members: grown.members, pattern: RegionPattern.row, copyRootConstants: true))
        }
    }
}

/// How a row region runs, derived from its body alone (`FusedKernel.rowEpilogue`). The domain
/// is the result's shape: rows × its last axis. Each body value the result depends on is
/// either *per element* (varies along the last axis) or *per row* (constant along it: shape
/// `[…, 1]`, a scalar, or a row reduction). A reduction's *stage* is one more than the deepest
/// reduction its input depends on; stage k's reductions are summed together in pass k over the
/// row, the per-row values between computed before it; the result is written in a last pass.
public struct RowEpiloguePlan: Hashable, Sendable {
    public var domain: [Int]
    /// Per body value: how many reduction passes must finish before it can be computed.
    public var stage: [Int]
    /// Per body value: constant along the last axis (computed once per row).
    public var perRow: [Bool]
    /// The reductions of each pass, in body order: `passes[k]` holds stage k + 1.
    public var passes: [[ValueID]]
    /// The body values the results depend on, in body order.
    public var cone: [ValueID]
    /// The per-element values each loop over the row evaluates, in body order: one loop per
    /// pass (its reductions' terms), then the write of the results.
    public var loopCones: [[ValueID]]
    /// Per-element values more than one loop needs that are not cheap to recompute (a dropout,
    /// an exp): the first loop that computes one parks it in a row buffer, later ones read it.
    public var parked: [ValueID]

    /// Nil unless the body is such a region: float result of rank ≥ 2 whose last axis is ≥ 2
    /// long; every value it depends on broadcasts to it and is an input, a constant, an
    /// elementwise op (dropout exactly the domain's shape), or a sum/mean over the last axis,
    /// keepdims, of a domain-shaped value, typed like the result; at least one reduction.
    public init?(_ region: FusedRegion) {
        let domain = region.resultType.shape
        guard region.resultType.dtype.isFloat, domain.count >= 2, let n = domain.last, n >= 2 else { return nil }
        let cone = Set(region.results.flatMap { region.cone(of: $0) }).sorted()
        var stage = [Int](repeating: 0, count: region.nodes.count)
        var perRow = [Bool](repeating: false, count: region.nodes.count)
        var passes: [[ValueID]] = []
        for v in cone {
            let node = region.nodes[v]
            guard broadcastShapes(node.type.shape, domain) == domain else { return nil }
            perRow[v] = isConstantAlongRows(node.type.shape, domain: domain)
            stage[v] = node.inputs.map { stage[$0] }.max() ?? 0
            switch node.op {
            case .parameter, .constant, .unary, .binary, .select, .cast, .broadcast: continue
            case .dropout:
                guard node.type.shape == domain else { return nil }
            case .reduce(let op, let axes, true) where op != .max && node.type.dtype == region.resultType.dtype:
                guard region.nodes[node.inputs[0]].type.shape == domain, axes.count == 1,
                      normalizedAxis(axes[0], rank: domain.count) == domain.count - 1 else { return nil }
                stage[v] += 1
                perRow[v] = true
                while passes.count < stage[v] { passes.append([]) }
                passes[stage[v] - 1].append(v)
            default:
                return nil
            }
        }
        guard !passes.isEmpty, !passes.contains(where: \.isEmpty) else { return nil }
        self.domain = domain
        self.stage = stage
        self.perRow = perRow
        self.passes = passes
        self.cone = cone
        let targets = passes.map { $0.map { region.nodes[$0].inputs[0] } } + [region.results]
        loopCones = targets.map { t in Set(t.flatMap { region.cone(of: $0) }).filter { !perRow[$0] }.sorted() }
        var loops = [Int](repeating: 0, count: region.nodes.count)
        for c in loopCones { for v in c { loops[v] += 1 } }
        parked = cone.filter { v in
            guard v >= region.inputCount, loops[v] > 1, region.nodes[v].type.dtype == region.resultType.dtype
            else { return false }
            if case .constant = region.nodes[v].op { return false }
            return !RegionGrowth.isCheap(region.nodes[v].op)
        }
    }
}

/// Whether a value of `shape`, broadcast to `domain`, is the same all along the domain's last
/// axis while that axis is longer than one (shape `[…, 1]` or a scalar).
public func isConstantAlongRows(_ shape: [Int], domain: [Int]) -> Bool {
    guard let n = domain.last, n > 1 else { return false }
    return (shape.last ?? 1) == 1
}
