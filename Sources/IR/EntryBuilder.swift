/// Builds an entry node by node with type inference; used by passes and tests to make IR
/// without going through text.
public struct EntryBuilder {
    public private(set) var entry: Entry
    public let weights: [Weight]
    private var weightNodes: [Int: ValueID] = [:]

    public init(name: String, weights: [Weight]) {
        self.entry = Entry(name: name)
        self.weights = weights
    }

    /// Continues an existing entry (its parameter and weight nodes are reused).
    public init(extending entry: Entry, weights: [Weight]) {
        self.entry = entry
        self.weights = weights
        for (id, node) in entry.nodes.enumerated() {
            if case .weight(let w) = node.op, weightNodes[w] == nil { weightNodes[w] = id }
        }
    }

    public var nodes: [Node] { entry.nodes }
    public func type(of v: ValueID) -> TensorType { entry.nodes[v].type }

    public mutating func parameter(_ name: String, _ type: TensorType) -> ValueID {
        entry.parameters.append(EntryParameter(name: name, type: type))
        entry.nodes.append(Node(op: .parameter(entry.parameters.count - 1), inputs: [], type: type, name: name))
        return entry.nodes.count - 1
    }

    /// The node reading weight #index (one per weight).
    public mutating func weight(_ index: Int) -> ValueID {
        if let id = weightNodes[index] { return id }
        let w = weights[index]
        entry.nodes.append(Node(op: .weight(index), inputs: [], type: w.type, name: w.name))
        weightNodes[index] = entry.nodes.count - 1
        return entry.nodes.count - 1
    }

    public mutating func weight(named name: String) -> ValueID? {
        guard let i = weights.firstIndex(where: { $0.name == name }) else { return nil }
        return weight(i)
    }

    /// Appends `op(inputs)` with its inferred type.
    @discardableResult
    public mutating func add(_ op: OpKind, _ inputs: [ValueID], name: String = "t") throws(TypeError) -> ValueID {
        let type = try op.resultType(inputs.map { entry.nodes[$0].type })
        entry.nodes.append(Node(op: op, inputs: inputs, type: type, name: name))
        return entry.nodes.count - 1
    }

    public mutating func constant(_ value: Double, _ type: TensorType = .scalarF32, name: String = "c") -> ValueID {
        entry.nodes.append(Node(op: .constant(value, type), inputs: [], type: type, name: name))
        return entry.nodes.count - 1
    }

    /// Gives every node from `first` on the same base name (the printer makes names unique).
    public mutating func renameNodes(from first: Int, to name: String) {
        for id in first..<entry.nodes.count where !entry.nodes[id].op.isSource || entry.nodes[id].name == "c" {
            entry.nodes[id].name = name
        }
    }

    public mutating func result(_ name: String, _ value: ValueID) {
        entry.results.append(EntryResult(name: name, value: value))
    }

    public mutating func assign(weight index: Int, _ value: ValueID) {
        entry.updates.append(StateUpdate(weight: index, value: value))
    }
}
