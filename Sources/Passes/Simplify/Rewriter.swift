import IR

/// Rebuilds an entry node by node in SSA order, letting a rule stand a new value in for each
/// node. Every simplify pass is one such rule: CSE forwards a node to an earlier equal one,
/// constant folding appends a `const`, algebra forwards `x·1` to `x` or appends a cheaper op.
///
/// The rule sees the node with its inputs already renamed into the new entry, so it can look
/// through them (`node(of:)`); it returns the new value to use, or nil to keep the node as it is.
/// A returned value must have exactly the node's type (dtype and shape); one that does not is
/// ignored and the node kept, so a rule's mistake can cost an optimization, never a wrong type.
/// Nodes left unused are not removed here: the simplify pipeline runs DCE after its rules.
struct EntryRewriter {
    /// The entry being built.
    private(set) var nodes: [Node] = []
    /// For each node of the input entry: how many nodes, results and updates read it.
    let inputUses: [Int]
    /// For each new node: the input node it was made for (uses of that one stand for its uses).
    private var origin: [ValueID] = []
    /// The input node the rule is looking at (new nodes it appends are named after it).
    private var current: Node?
    /// Whether a rule replaced any node.
    private(set) var changed = false

    init(_ entry: Entry) {
        var uses = [Int](repeating: 0, count: entry.nodes.count)
        for node in entry.nodes { for v in node.inputs { uses[v] += 1 } }
        for r in entry.results { uses[r.value] += 1 }
        for u in entry.updates { uses[u.value] += 1 }
        inputUses = uses
        nodes.reserveCapacity(entry.nodes.count)
        origin.reserveCapacity(entry.nodes.count)
    }

    func node(of v: ValueID) -> Node { nodes[v] }
    func type(of v: ValueID) -> TensorType { nodes[v].type }

    /// How many readers the input entry gave the node that `v` stands for; helper values a rule
    /// appended on the way count as read once (by the value it returned).
    func uses(of v: ValueID) -> Int { origin[v] < 0 ? 1 : inputUses[origin[v]] }

    /// The splat value of `v` if it is a `const` node.
    func constantValue(_ v: ValueID) -> Double? {
        if case .constant(let c, _) = nodes[v].op { return c }
        return nil
    }

    /// Appends `op(inputs)` typed by inference and named after the node being rewritten; nil
    /// when the op does not type-check on these inputs (the rule then keeps the node).
    mutating func make(_ op: OpKind, _ inputs: [ValueID]) -> ValueID? {
        guard let type = try? op.resultType(inputs.map { nodes[$0].type }) else { return nil }
        return append(Node(op: op, inputs: inputs, type: type, name: current?.name ?? "t", location: current?.location))
    }

    /// Appends a splat constant of `type` named after the node being rewritten.
    mutating func constant(_ value: Double, _ type: TensorType) -> ValueID {
        append(Node(op: .constant(value, type), inputs: [], type: type, name: current?.name ?? "c",
                    location: current?.location))
    }

    private mutating func append(_ node: Node) -> ValueID {
        nodes.append(node)
        origin.append(-1)
        return nodes.count - 1
    }

    /// Rebuilds `entry`, asking `rule` about every node; returns the new entry and whether any
    /// node was replaced.
    static func rewrite(_ entry: Entry, _ rule: (inout EntryRewriter, Node) -> ValueID?) -> (Entry, changed: Bool) {
        var r = EntryRewriter(entry)
        var newID = [ValueID](repeating: -1, count: entry.nodes.count)
        for (id, old) in entry.nodes.enumerated() {
            var node = old
            node.inputs = old.inputs.map { newID[$0] }
            r.current = node
            let firstAppended = r.nodes.count
            if let v = rule(&r, node), r.nodes.indices.contains(v), r.nodes[v].type == node.type {
                // A node the rule made for this one takes over its readers.
                if v >= firstAppended { r.origin[v] = id }
                newID[id] = v
                r.changed = true
                continue
            }
            r.nodes.append(node)
            r.origin.append(id)
            newID[id] = r.nodes.count - 1
        }
        var out = entry
        out.nodes = r.nodes
        out.results = entry.results.map { EntryResult(name: $0.name, value: newID[$0.value]) }
        out.updates = entry.updates.map { StateUpdate(weight: $0.weight, value: newID[$0.value]) }
        return (out, r.changed)
    }
}

/// One simplification: a rewrite of each entry that keeps every result and state update's value.
/// Running it as a `Pass` rewrites every entry and then removes what became dead.
public protocol SimplifyRule: Pass {
    /// The rewritten entry, and whether anything changed (dead nodes may be left behind).
    func simplify(_ entry: Entry) -> (Entry, changed: Bool)
}

extension SimplifyRule {
    public func run(_ graph: Graph) throws -> Graph {
        var out = graph
        out.entries = graph.entries.map { DeadCodeElimination.run(simplify($0).0) }
        return out
    }
}
