import IR

/// What the named-fusion matchers (EPT patterns) see of an entry or of a region body: the nodes,
/// each value's consumers, and the values that leave it (results and state updates; for a body,
/// its result). A matcher accepts a node as a member only when every consumer is a member too
/// (`feedsOnly`), so a value something else reads is never hidden inside a region.
struct PatternView {
    let nodes: [Node]
    /// Consumers of each value (each consumer once).
    let users: [[ValueID]]
    let isOutput: [Bool]

    init(entry: Entry) {
        self.init(nodes: entry.nodes, outputs: entry.results.map(\.value) + entry.updates.map(\.value))
    }

    /// A region body: its result is the only value that leaves it.
    init(body region: FusedRegion) {
        self.init(nodes: region.nodes, outputs: [region.result])
    }

    init(nodes: [Node], outputs: [ValueID]) {
        self.nodes = nodes
        users = nodes.users
        var isOutput = [Bool](repeating: false, count: nodes.count)
        for v in outputs { isOutput[v] = true }
        self.isOutput = isOutput
    }

    func op(_ v: ValueID) -> OpKind { nodes[v].op }
    func shape(_ v: ValueID) -> [Int] { nodes[v].type.shape }
    func inputs(_ v: ValueID) -> [ValueID] { nodes[v].inputs }

    /// `v` is read by `user` alone and leaves nowhere: it may be absorbed into `user`'s region.
    func feedsOnly(_ v: ValueID, _ user: ValueID) -> Bool {
        !isOutput[v] && users[v] == [user]
    }

    /// The one consumer of `v`, when it has exactly one and is no output.
    func soleUser(_ v: ValueID) -> ValueID? {
        guard !isOutput[v], users[v].count == 1 else { return nil }
        return users[v][0]
    }

    /// A float scalar constant's value.
    func scalarConstant(_ v: ValueID) -> Double? {
        guard case .constant(let c, let t) = op(v), t.elementCount == 1, t.dtype.isFloat else { return nil }
        return c
    }

    /// For `add(a, b)` / `mul(a, b)`: the other operand when one of them is `x`.
    func otherOperand(of v: ValueID, _ binary: BinaryOp, than x: ValueID) -> ValueID? {
        guard case .binary(let b) = op(v), b == binary else { return nil }
        let xs = inputs(v)
        if xs[0] == x { return xs[1] }
        if xs[1] == x { return xs[0] }
        return nil
    }

    func isMatmul(_ v: ValueID, transposeA: Bool = false, transposeB: Bool = false) -> Bool {
        if case .matmul(let ta, let tb) = op(v) { return ta == transposeA && tb == transposeB }
        return false
    }

    /// softmax over the last axis of a rank-2 float value.
    func isRowSoftmax(_ v: ValueID) -> Bool {
        guard case .softmax(let axis) = op(v), nodes[v].type.rank == 2, nodes[v].type.dtype == .f32 else { return false }
        return normalizedAxis(axis, rank: 2) == 1
    }
}

/// A matched pattern: its members (sorted; the last is the root, the value the region stands
/// for). Everything a member reads that is not a member becomes a region input.
struct PatternMatch: Hashable {
    var members: [ValueID]
    /// Members that other values read too: recomputed inside the region, kept in the entry.
    var copies: Set<ValueID> = []
    var root: ValueID { members[members.count - 1] }
}
