import IR

/// `fuse-multi-result`: an elementwise region P that feeds an elementwise region C of the same
/// shape, and is read elsewhere too, merges into C, which then returns P's value as an extra
/// result (`region_result`): one kernel reads the inputs of both once and writes both outputs.
///
/// AdamW is the case it is for: per weight, `fuse-elementwise` leaves three loops — the new first
/// moment m′ (reads g, m), the new second moment v′ (reads g, v) and the new weight (reads w,
/// m′, v′) — because m′ and v′ are also state updates. Merged, one loop reads g, m, v, w once
/// and writes w′, m′, v′: 7 passes over the weight's size instead of 10.
///
/// Legal when every other reader of P comes after C (they then read the extra result); P is
/// removed, nothing is computed twice. A P read only by C (left apart by a rule of
/// `fuse-elementwise`) merges without an extra result.
///
/// The other direction, for row regions: an elementwise region C reading a `row` region P (a
/// norm's or softmax's backward) of its shape merges into P, which returns C's value too — the
/// norm's input gradient and the dropout that reads it, one kernel (P's other readers, such as
/// the next residual sum, still read P).
public struct MultiResultFusionPass: Pass {
    public let name = "fuse-multi-result"
    public init() {}

    public func run(_ graph: Graph) throws -> Graph { try RegionGrowth.rewriteEntries(graph, Self.fuse) }

    public static func fuse(_ entry: Entry) throws -> Entry {
        var out = entry
        while let merge = mergeable(out) { out = apply(merge, out) }
        return out
    }

    /// Producer region `p` and consumer region `c` (p < c) become one region at `at` (c, or p
    /// when a row region takes its consumer), which returns `kept`'s results first; the other
    /// region's value becomes its last result when something else reads it.
    struct Merge {
        var p: ValueID, c: ValueID
        var atProducer: Bool
    }

    /// An elementwise map region of one result's shape, by pattern and kernel.
    private static func mapRegion(_ node: Node) -> FusedRegion? {
        guard case .fused(let region) = node.op, region.name == RegionPattern.elementwise,
              region.isElementwise, case .map = region.kernel else { return nil }
        return region
    }

    /// A row region (`fuse-row-epilogues`: a norm's or softmax's backward).
    private static func rowRegion(_ node: Node) -> FusedRegion? {
        guard case .fused(let region) = node.op, case .rowEpilogue = region.kernel else { return nil }
        return region
    }

    /// The first merge there is, consumers in schedule order: an elementwise producer into its
    /// elementwise consumer (every other reader of the producer after the consumer); else an
    /// elementwise consumer of the same shape and dtype into a row producer (a norm's backward
    /// and the dropout that reads it), when the consumer reads nothing computed after the
    /// producer.
    private static func mergeable(_ entry: Entry) -> Merge? {
        let users = RegionGrowth(entry).users
        for (c, consumer) in entry.nodes.enumerated() {
            guard let cRegion = mapRegion(consumer) else { continue }
            for p in consumer.inputs where entry.nodes[p].type.shape == cRegion.resultType.shape {
                if let pRegion = mapRegion(entry.nodes[p]), pRegion.extraResults.isEmpty,
                   users[p].allSatisfy({ $0 == c || $0 > c }) {
                    return Merge(p: p, c: c, atProducer: false)
                }
                if rowRegion(entry.nodes[p]) != nil, cRegion.extraResults.isEmpty,
                   entry.nodes[p].type == consumer.type, consumer.inputs.allSatisfy({ $0 <= p }) {
                    return Merge(p: p, c: c, atProducer: true)
                }
            }
        }
        return nil
    }

    /// The entry with the two regions merged (`Merge`); readers of the region that is absorbed
    /// read `region_result(merged, index=k)`, placed right after the merged node.
    private static func apply(_ m: Merge, _ entry: Entry) -> Entry {
        guard let merged = mergedRegion(m, entry) else { return entry }
        let (at, gone) = m.atProducer ? (m.p, m.c) : (m.c, m.p)
        let keptNode = entry.nodes[at], goneNode = entry.nodes[gone]
        var out = entry
        out.nodes = []
        var newID = [ValueID](repeating: -1, count: entry.nodes.count)
        var goneValue = -1
        for (v, node) in entry.nodes.enumerated() where v != gone {
            var n = v == at ? Node(op: .fused(merged.region), inputs: merged.inputs, type: keptNode.type, name: keptNode.name,
                                   location: keptNode.location) : node
            n.inputs = n.inputs.map { $0 == gone ? goneValue : newID[$0] }
            out.nodes.append(n)
            newID[v] = out.nodes.count - 1
            if v == at, merged.goneRead {
                out.nodes.append(Node(op: .regionResult(index: merged.region.extraResults.count, goneNode.type), inputs: [newID[at]],
                                      type: goneNode.type, name: goneNode.name, location: goneNode.location))
                goneValue = out.nodes.count - 1
            }
        }
        newID[gone] = goneValue
        out.results = entry.results.map { EntryResult(name: $0.name, value: newID[$0.value]) }
        out.updates = entry.updates.map { StateUpdate(weight: $0.weight, value: newID[$0.value]) }
        return out
    }

    /// The merged region of a `Merge`: its outer inputs (the kept node's, then the other's not
    /// read already, never p itself), p's body then c's (c's parameter for p bound to p's
    /// result), the kept region's result and extra results, plus the gone region's result as
    /// one more when something else reads it (`goneRead`).
    private static func mergedRegion(_ m: Merge, _ entry: Entry) -> (region: FusedRegion, inputs: [ValueID], goneRead: Bool)? {
        let (p, c) = (m.p, m.c)
        guard case .fused(let pRegion) = entry.nodes[p].op, case .fused(let cRegion) = entry.nodes[c].op else { return nil }
        let pNode = entry.nodes[p], cNode = entry.nodes[c]
        let (at, gone) = m.atProducer ? (p, c) : (c, p)
        let goneRead = entry.nodes.indices.contains { $0 != c && entry.nodes[$0].inputs.contains(gone) }
            || entry.results.contains { $0.value == gone } || entry.updates.contains { $0.value == gone }
        var inputs = entry.nodes[at].inputs.filter { $0 != p }
        for x in entry.nodes[gone].inputs where x != p && !inputs.contains(x) { inputs.append(x) }
        var body = inputs.enumerated().map { i, x in
            Node(op: .parameter(i), inputs: [], type: entry.nodes[x].type, name: entry.nodes[x].name)
        }
        /// Appends a region's computed nodes, its parameters bound to `ids`; returns every node's new id.
        func append(_ region: FusedRegion, _ ids: [ValueID]) -> [ValueID] {
            var ids = ids
            for node in region.computedNodes {
                var n = node
                n.inputs = node.inputs.map { ids[$0] }
                body.append(n)
                ids.append(body.count - 1)
            }
            return ids
        }
        // Every outer input of p and c (but p) is in `inputs` by construction.
        let pParameters = pNode.inputs.compactMap { inputs.firstIndex(of: $0) }
        guard pParameters.count == pNode.inputs.count else { return nil }
        let pID = append(pRegion, pParameters)
        let cParameters = cNode.inputs.compactMap { x in x == p ? pID[pRegion.result] : inputs.firstIndex(of: x) }
        guard cParameters.count == cNode.inputs.count else { return nil }
        let cID = append(cRegion, cParameters)
        let (keptRegion, keptID, goneRegion, goneID) = m.atProducer ? (pRegion, pID, cRegion, cID) : (cRegion, cID, pRegion, pID)
        var extras = keptRegion.extraResults.map { keptID[$0] }
        if goneRead { extras.append(goneID[goneRegion.result]) }
        let region = withoutRepeats(FusedRegion(name: keptRegion.name, nodes: body, result: keptID[keptRegion.result],
                                                extraResults: extras))
        return (region, inputs, goneRead)
    }

    private static func withoutRepeats(_ region: FusedRegion) -> FusedRegion {
        let body = Entry(name: region.name, nodes: region.nodes,
                         results: region.results.enumerated().map { EntryResult(name: "r\($0)", value: $1) })
        let (merged, changed) = CommonSubexpressionPass().simplify(body)
        let results = merged.results.map(\.value)
        guard changed, merged.nodes.prefix(region.inputCount) == region.nodes.prefix(region.inputCount) else { return region }
        return FusedRegion(name: region.name, nodes: merged.nodes, result: results[0], extraResults: Array(results.dropFirst()))
    }
}
