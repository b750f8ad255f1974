import IR

/// The shared machinery of the fusion passes: grow a region backwards from a root, then replace
/// its members by one `fused` node. A later pass (a named fusion) reuses both halves: it picks
/// its own root and members, then calls `RegionGrowth.build`.
///
/// Legality, for every region:
/// - A member's every consumer is a member: a value with an outside consumer (another node, a
///   result, a state update) is materialized once, as a region input, never recomputed.
/// - Members are elementwise ops whose shapes broadcast to the region's domain (the result's
///   shape, or a row op's input shape), so evaluating the body at one element of the domain is
///   exact. A member narrower than the domain (a bias, a mask row) is evaluated once per domain
///   element — recomputed — so only cheap ops are absorbed that way (no transcendental, no pow,
///   no dropout: its mask follows its own element index); one-element members (scalar chains
///   such as `seed + site`) are computed once per kernel call instead.
/// - Data movement (reshape, transpose, slice, concat, gather), matmuls and other reductions
///   end a region: their outputs are region inputs.
struct RegionGrowth {
    let entry: Entry
    /// Consumers of each value (each consumer once).
    let users: [[ValueID]]
    /// Values that are entry results or state updates.
    let isOutput: [Bool]
    /// Values already absorbed into some region.
    private(set) var taken: [Bool]
    /// Inputs of regions made so far: they stay materialized (a later region may copy them,
    /// never absorb them — a copy's input may have no other consumer that keeps it alive).
    private var pinned: [Bool]

    init(_ entry: Entry) {
        self.entry = entry
        users = entry.nodes.users
        var isOutput = [Bool](repeating: false, count: entry.nodes.count)
        for r in entry.results { isOutput[r.value] = true }
        for u in entry.updates { isOutput[u.value] = true }
        self.isOutput = isOutput
        taken = [Bool](repeating: false, count: entry.nodes.count)
        pinned = taken
    }

    /// A region rooted at `root`: the root plus every producer reachable through `seeds` (some
    /// of the root's inputs) that may be absorbed, or copied in (`copies`: recomputed here, the
    /// original left for its other consumers). Candidates are decided largest id first, so when
    /// a value is decided all its consumers (later nodes) already are. Nil when the region would
    /// hold one op (that saves nothing), or when `accept` turns the members down (then nothing
    /// is marked: the values stay free for later regions).
    ///
    /// `perRow` (the row-epilogue pass): the domain's rows are also units of work, so row
    /// reductions (`sum`/`mean` over the last axis, keepdims, of a domain-shaped value) may be
    /// members, and a value constant along the last axis (shape `[…, 1]`: a reduction's
    /// epilogue such as `rsqrt(var + eps)`) is computed once per row, so any elementwise op may
    /// be one, not only a cheap one.
    mutating func grow(root: ValueID, through seeds: [ValueID], domain: [Int], perRow: Bool = false,
                       accept: ([ValueID]) -> Bool = { _ in true }) -> (members: [ValueID], copies: Set<ValueID>)? {
        var members: Set<ValueID> = [root]
        var copies = Set<ValueID>()
        var candidates = Set(seeds)
        while let p = candidates.max() {
            candidates.remove(p)
            if absorbable(p, owned: members.subtracting(copies), domain: domain, perRow: perRow) {
                members.insert(p)
            } else if copyable(p, domain: domain, perRow: perRow) {
                members.insert(p)
                copies.insert(p)
            } else {
                continue
            }
            candidates.formUnion(entry.nodes[p].inputs.filter { !members.contains($0) })
        }
        let sorted = members.sorted()
        guard members.count >= 2, accept(sorted) else { return nil }
        for m in members where !copies.contains(m) { taken[m] = true }
        for m in members {
            for input in entry.nodes[m].inputs where !members.contains(input) { pinned[input] = true }
        }
        return (sorted, copies)
    }

    /// Gives back the members of a region that was grown but not made.
    mutating func release(_ members: [ValueID]) {
        for m in members { taken[m] = false }
    }

    /// Moved into the region: every consumer is a member the region owns (not a copy, whose
    /// original still reads its inputs).
    private func absorbable(_ p: ValueID, owned: Set<ValueID>, domain: [Int], perRow: Bool) -> Bool {
        guard !taken[p], !pinned[p], !isOutput[p], users[p].allSatisfy(owned.contains) else { return false }
        return fits(p, domain: domain, perRow: perRow)
    }

    /// Recomputed in the region although other nodes read it too — only where that is cheaper
    /// than a kernel that writes it and reads that back: a one-element value (computed once
    /// per kernel call), or a cheap op of one full-size tensor and narrower (broadcast) ones
    /// whose consumers are all fusible (each copy reads that tensor instead of the value — the
    /// narrow ones stay in cache — so no pass more is made, and when every consumer copies it
    /// the original and its pass over memory go: a gradient scaled by the clip coefficient, read
    /// by both AdamW moment updates; an upstream gradient times a norm's weight).
    /// A reduction is never copied: recomputing it is a pass over its input.
    private func copyable(_ p: ValueID, domain: [Int], perRow: Bool) -> Bool {
        guard !taken[p], !isOutput[p], fits(p, domain: domain, perRow: perRow) else { return false }
        let node = entry.nodes[p]
        switch node.op {
        case .dropout, .reduce: return false
        default: break
        }
        // A row region copies only one-element values: a copy pins its inputs, and a full-size
        // copy's inputs are what the region that computes it (its reductions) needs to absorb.
        if perRow && node.type.elementCount > 1 { return false }
        if node.type.elementCount > 1 {
            guard RegionGrowth.isCheap(node.op), node.inputs.filter({
                entry.nodes[$0].type.elementCount == node.type.elementCount
            }).count <= 1 else { return false }
        }
        return users[p].allSatisfy { u in
            RegionGrowth.isFusibleElementwise(entry.nodes[u].op) || ReductionFusionPass.rowPattern(entry.nodes[u], in: entry) != nil
        }
    }

    /// A fusible elementwise op whose value can be evaluated per element of `domain` (with
    /// `perRow`, also a row reduction, and any op constant along the rows' last axis).
    private func fits(_ p: ValueID, domain: [Int], perRow: Bool) -> Bool {
        let node = entry.nodes[p]
        if perRow && RegionGrowth.isRowReduction(node, in: entry, domain: domain) { return true }
        guard RegionGrowth.isFusibleElementwise(node.op), broadcastShapes(node.type.shape, domain) == domain else {
            return false
        }
        if node.type.shape != domain && node.type.elementCount > 1 {
            if case .dropout = node.op { return false }
            return RegionGrowth.isCheap(node.op) || (perRow && isConstantAlongRows(node.type.shape, domain: domain))
        }
        return true
    }

    /// `sum` or `mean` over the last axis of a float value shaped like `domain`, keepdims: the
    /// reductions a row kernel computes per row (`FusedKernel.rowEpilogue`).
    static func isRowReduction(_ node: Node, in entry: Entry, domain: [Int]) -> Bool {
        guard case .reduce(let op, let axes, true) = node.op, op != .max, node.type.dtype.isFloat,
              let x = node.inputs.first, entry.nodes[x].type.shape == domain,
              axes.count == 1, normalizedAxis(axes[0], rank: domain.count) == domain.count - 1 else { return false }
        return true
    }

    /// Elementwise ops a region body may hold (not an existing region: regions do not nest).
    static func isFusibleElementwise(_ op: OpKind) -> Bool {
        switch op {
        case .unary, .binary, .select, .cast, .dropout, .broadcast: return true
        default: return false
        }
    }

    /// Ops cheap enough to recompute per element of a wider domain: a few instructions, no
    /// libm call or polynomial.
    static func isCheap(_ op: OpKind) -> Bool {
        switch op {
        case .binary(let b): return b != .pow
        case .unary(let u): return [.neg, .abs, .relu, .square, .step, .reciprocal].contains(u)
        case .select, .cast, .broadcast: return true
        default: return false
        }
    }

    /// The fused node for `members` (sorted; the last is the root): body inputs are the members'
    /// non-member inputs in order of first use, constants read by members (other than the root,
    /// unless `copyRootConstants`) are copied into the body, then the members in order.
    static func build(_ entry: Entry, members: [ValueID], pattern: String, copyRootConstants: Bool) -> Node {
        let root = members[members.count - 1]
        let memberSet = Set(members)
        func copies(_ input: ValueID, into member: ValueID) -> Bool {
            guard case .constant = entry.nodes[input].op else { return false }
            return member != root || copyRootConstants
        }
        var inputs: [ValueID] = []
        var constants: [ValueID] = []
        for m in members {
            for input in entry.nodes[m].inputs where !memberSet.contains(input) {
                if copies(input, into: m) {
                    if !constants.contains(input) { constants.append(input) }
                } else if !inputs.contains(input) {
                    inputs.append(input)
                }
            }
        }
        var body: [Node] = []
        var bodyID: [ValueID: ValueID] = [:]
        var constantID: [ValueID: ValueID] = [:]
        for (i, input) in inputs.enumerated() {
            body.append(Node(op: .parameter(i), inputs: [], type: entry.nodes[input].type, name: entry.nodes[input].name))
            bodyID[input] = i
        }
        for c in constants {
            body.append(entry.nodes[c])
            constantID[c] = body.count - 1
        }
        for m in members {
            var node = entry.nodes[m]
            node.inputs = node.inputs.map { input in
                if memberSet.contains(input) { return bodyID[input]! }
                if copies(input, into: m) { return constantID[input]! }
                return bodyID[input]!
            }
            body.append(node)
            bodyID[m] = body.count - 1
        }
        let rootNode = entry.nodes[root]
        let region = FusedRegion(name: pattern, nodes: body, result: body.count - 1)
        return Node(op: .fused(region), inputs: inputs, type: rootNode.type, name: rootNode.name,
                    location: rootNode.location)
    }

    /// One region candidate: the nodes it absorbs, the cheap ones it copies, the fused node.
    typealias Candidate = (members: [ValueID], copies: Set<ValueID>, node: Node)

    /// The generic fusion passes' walk: roots from the end of the entry backwards (values not yet
    /// taken), each offered to `region`, then every region found swapped in at once.
    static func fuseFromTheEnd(_ entry: Entry, _ region: (inout RegionGrowth, ValueID) throws -> Candidate?) throws -> Entry {
        var growth = RegionGrowth(entry)
        var regions: [Candidate] = []
        for v in entry.nodes.indices.reversed() where !growth.taken[v] {
            if let found = try region(&growth, v) { regions.append(found) }
        }
        return regions.isEmpty ? entry : try replace(entry, regions: regions)
    }

    /// `graph` with `rewrite` applied to every entry.
    static func rewriteEntries(_ graph: Graph, _ rewrite: (Entry) throws -> Entry) throws -> Graph {
        var out = graph
        out.entries = try graph.entries.map(rewrite)
        return out
    }

    /// The entry with each region's owned members replaced by its fused node (at the root's
    /// place), then dead code (constants only regions read, originals every region copied)
    /// removed.
    static func replace(_ entry: Entry, regions: [Candidate]) throws -> Entry {
        var fusedAt: [ValueID: Node] = [:]
        var absorbed = Set<ValueID>()
        for r in regions {
            fusedAt[r.members[r.members.count - 1]] = r.node
            absorbed.formUnion(r.members.dropLast().filter { !r.copies.contains($0) })
        }
        var out = entry
        out.nodes = []
        var newID = [ValueID](repeating: -1, count: entry.nodes.count)
        for (v, node) in entry.nodes.enumerated() where !absorbed.contains(v) {
            var n = fusedAt[v] ?? node
            n.inputs = n.inputs.map { newID[$0] }
            // A legality bug, caught here rather than as an out-of-range index later.
            if n.inputs.contains(-1) {
                throw FusionError("in entry '\(entry.name)': '\(n.name)' reads a value a region absorbed")
            }
            out.nodes.append(n)
            newID[v] = out.nodes.count - 1
        }
        out.results = entry.results.map { EntryResult(name: $0.name, value: newID[$0.value]) }
        out.updates = entry.updates.map { StateUpdate(weight: $0.weight, value: newID[$0.value]) }
        if out.results.contains(where: { $0.value < 0 }) || out.updates.contains(where: { $0.value < 0 }) {
            throw FusionError("in entry '\(entry.name)': a result was absorbed into a region")
        }
        return DeadCodeElimination.run(out)
    }
}

/// A fusion pass broke its own rules (a bug, reported as an internal error naming the entry).
public struct FusionError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "fusion: \(message)" }
}
