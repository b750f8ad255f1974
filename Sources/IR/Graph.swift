import Syntax

/// How a weight is treated by training.
public enum WeightRole: String, Hashable, Sendable, CaseIterable {
    case frozen      // read from the checkpoint, never updated, never differentiated
    case trainable   // gets gradients and optimizer updates
    case state       // persistent non-trainable state (optimizer moments, step counter)
}

/// How a weight not read from a checkpoint gets its first value.
public enum Initializer: Hashable, Sendable, CustomStringConvertible {
    case zeros
    case ones
    case constant(Double)
    case normal(mean: Double, std: Double)
    case uniform(low: Double, high: Double)

    public var description: String {
        switch self {
        case .zeros: return "zeros"
        case .ones: return "ones"
        case .constant(let v): return "constant(value=\(formatFloat(v)))"
        case .normal(let m, let s): return "normal(mean=\(formatFloat(m)), std=\(formatFloat(s)))"
        case .uniform(let lo, let hi): return "uniform(low=\(formatFloat(lo)), high=\(formatFloat(hi)))"
        }
    }
}

/// A named tensor that lives across calls: frozen checkpoint weights, trainable parameters,
/// optimizer state.
public struct Weight: Hashable, Sendable {
    /// Identifier inside the IR (unique in the graph).
    public var name: String
    /// Tensor name in the checkpoint (Hugging Face naming), if it is read from one.
    public var checkpointName: String?
    public var type: TensorType
    public var role: WeightRole
    public var initializer: Initializer?
    /// Optimizer parameter group (its own learning rate and weight decay).
    public var group: String
    public var location: SourceLocation?

    public init(name: String, checkpointName: String? = nil, type: TensorType, role: WeightRole,
                initializer: Initializer? = nil, group: String = "default", location: SourceLocation? = nil) {
        self.name = name
        self.checkpointName = checkpointName
        self.type = type
        self.role = role
        self.initializer = initializer
        self.group = group
        self.location = location
    }
}

/// Index of a node within its entry; nodes are in SSA order (inputs precede users).
public typealias ValueID = Int

public struct Node: Hashable, Sendable {
    public var op: OpKind
    public var inputs: [ValueID]
    public var type: TensorType
    /// Readable name for dumps; made unique by the printer.
    public var name: String
    public var location: SourceLocation?

    public init(op: OpKind, inputs: [ValueID], type: TensorType, name: String, location: SourceLocation? = nil) {
        self.op = op
        self.inputs = inputs
        self.type = type
        self.name = name
        self.location = location
    }
}

public struct EntryParameter: Hashable, Sendable {
    public var name: String
    public var type: TensorType
    public init(name: String, type: TensorType) {
        self.name = name
        self.type = type
    }
}

public struct EntryResult: Hashable, Sendable {
    public var name: String
    public var value: ValueID
    public init(name: String, value: ValueID) {
        self.name = name
        self.value = value
    }
}

/// `assign weight = value`: the entry writes `value` into a weight when it returns.
public struct StateUpdate: Hashable, Sendable {
    public var weight: Int
    public var value: ValueID
    public init(weight: Int, value: ValueID) {
        self.weight = weight
        self.value = value
    }
}

/// One compiled function: parameters in, named results out, optional in-place state updates.
public struct Entry: Hashable, Sendable {
    public var name: String
    public var parameters: [EntryParameter]
    public var nodes: [Node]
    public var results: [EntryResult]
    public var updates: [StateUpdate]
    public var location: SourceLocation?

    public init(name: String, parameters: [EntryParameter] = [], nodes: [Node] = [],
                results: [EntryResult] = [], updates: [StateUpdate] = [], location: SourceLocation? = nil) {
        self.name = name
        self.parameters = parameters
        self.nodes = nodes
        self.results = results
        self.updates = updates
        self.location = location
    }

    public func result(named name: String) -> EntryResult? { results.first { $0.name == name } }
}

/// An elaborated graph: concrete shapes, no functions or loops left.
public struct Graph: Hashable, Sendable {
    public var name: String
    public var weights: [Weight]
    public var entries: [Entry]

    public init(name: String, weights: [Weight] = [], entries: [Entry] = []) {
        self.name = name
        self.weights = weights
        self.entries = entries
    }

    public func weightIndex(named name: String) -> Int? { weights.firstIndex { $0.name == name } }
    public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }
    public func entryIndex(named name: String) -> Int? { entries.firstIndex { $0.name == name } }
}

extension Array where Element == Node {
    /// The readers of each value, in node order, each reader once (a node reading a value twice
    /// is listed once): what the fusion passes and the memory planner look up.
    public var users: [[ValueID]] {
        var users = [[ValueID]](repeating: [], count: count)
        for (v, node) in enumerated() {
            for input in Set(node.inputs) { users[input].append(v) }
        }
        return users
    }
}
