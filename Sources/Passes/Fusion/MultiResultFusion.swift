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
public struct MultiResultFusionPass: Pass {
    public let name = "fuse-multi-result"
    public init() {}

    public func run(_ graph: Graph) throws -> Graph { try RegionGrowth.rewriteEntries(graph, Self.fuse) }

    public static func fuse(_ entry: Entry) throws -> Entry {
        var out = entry
        while let (p, c) = mergeablePair(out) { out = merge(p, into: c, out) }
        return out
    }

    /// An elementwise map region of one result's shape, by pattern and kernel.
    private static func mapRegion(_ node: Node) -> FusedRegion? {
        guard case .fused(let region) = node.op, region.name == RegionPattern.elementwise,
              region.isElementwise, case .map = region.kernel else { return nil }
        return region
    }

    /// The first (producer, consumer) pair that may merge, consumers in schedule order.
    private static func mergeablePair(_ entry: Entry) -> (ValueID, ValueID)? {
        var users = [[ValueID]](repeating: [], count: entry.nodes.count)
        for (v, node) in entry.nodes.enumerated() {
            for input in Set(node.inputs) { users[input].append(v) }
        }
        for (c, consumer) in entry.nodes.enumerated() {
            guard let cRegion = mapRegion(consumer) else { continue }
            for p in consumer.inputs {
                guard let pRegion = mapRegion(entry.nodes[p]), pRegion.extraResults.isEmpty,
                      entry.nodes[p].type.shape == cRegion.resultType.shape,
                      users[p].allSatisfy({ $0 == c || $0 > c }) else { continue }
                return (p, c)
            }
        }
        return nil
    }

    /// The entry with region `p` merged into region `c` (p < c): c's node takes p's inputs and
    /// body; p's other readers read `region_result(c', index=k)`, placed right after c′.
    private static func merge(_ p: ValueID, into c: ValueID, _ entry: Entry) -> Entry {
        guard case .fused(let pRegion) = entry.nodes[p].op, case .fused(let cRegion) = entry.nodes[c].op else { return entry }
        let pNode = entry.nodes[p], cNode = entry.nodes[c]
        let readElsewhere = entry.nodes.indices.contains { $0 != c && entry.nodes[$0].inputs.contains(p) }
            || entry.results.contains { $0.value == p } || entry.updates.contains { $0.value == p }

        // Outer inputs: c's (without p), then p's that c does not read already.
        var inputs = cNode.inputs.filter { $0 != p }
        for x in pNode.inputs where !inputs.contains(x) { inputs.append(x) }
        var body = inputs.enumerated().map { i, x in
            Node(op: .parameter(i), inputs: [], type: entry.nodes[x].type, name: entry.nodes[x].name)
        }
        // p's body, its parameters bound to the merged inputs.
        var pID = pNode.inputs.map { inputs.firstIndex(of: $0)! }
        for node in pRegion.computedNodes {
            var n = node
            n.inputs = node.inputs.map { pID[$0] }
            body.append(n)
            pID.append(body.count - 1)
        }
        // c's body, its parameter for p bound to p's result.
        var cID = cNode.inputs.map { x in x == p ? pID[pRegion.result] : inputs.firstIndex(of: x)! }
        for node in cRegion.computedNodes {
            var n = node
            n.inputs = node.inputs.map { cID[$0] }
            body.append(n)
            cID.append(body.count - 1)
        }
        var extras = cRegion.extraResults.map { cID[$0] }
        if readElsewhere { extras.append(pID[pRegion.result]) }
        let region = withoutRepeats(FusedRegion(name: cRegion.name, nodes: body, result: cID[cRegion.result],
                                                extraResults: extras))

        var out = entry
        out.nodes = []
        var newID = [ValueID](repeating: -1, count: entry.nodes.count)
        var pValue = -1
        for (v, node) in entry.nodes.enumerated() where v != p {
            var n = v == c ? Node(op: .fused(region), inputs: inputs, type: cNode.type, name: cNode.name,
                                  location: cNode.location) : node
            n.inputs = n.inputs.map { $0 == p ? pValue : newID[$0] }
            out.nodes.append(n)
            newID[v] = out.nodes.count - 1
            if v == c, readElsewhere {
                out.nodes.append(Node(op: .regionResult(index: extras.count, pNode.type), inputs: [newID[c]],
                                      type: pNode.type, name: pNode.name, location: pNode.location))
                pValue = out.nodes.count - 1
            }
        }
        newID[p] = pValue
        out.results = entry.results.map { EntryResult(name: $0.name, value: newID[$0.value]) }
        out.updates = entry.updates.map { StateUpdate(weight: $0.weight, value: newID[$0.value]) }
        return out
    }

    /// The region with values both halves computed (AdamW's clipped gradient g·coef, in m′ and
    /// in v′) computed once: common-subexpression elimination over the body.
    private static func withoutRepeats(_ region: FusedRegion) -> FusedRegion {
        let body = Entry(name: region.name, nodes: region.nodes,
                         results: region.results.enumerated().map { EntryResult(name: "r\($0)", value: $1) })
        let (merged, changed) = CommonSubexpressionPass().simplify(body)
        let results = merged.results.map(\.value)
        guard changed, merged.nodes.prefix(region.inputCount) == region.nodes.prefix(region.inputCount) else { return region }
        return FusedRegion(name: region.name, nodes: merged.nodes, result: results[0], extraResults: Array(results.dropFirst()))
    }
}
