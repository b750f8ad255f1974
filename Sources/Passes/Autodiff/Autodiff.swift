import IR

public struct AutodiffError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "autodiff: \(message)" }
}

/// Reverse-mode differentiation of an entry with respect to the graph's trainable weights.
///
/// The gradient entry has the forward's parameters, and returns `loss` followed by
/// `grad_<weight>` for every trainable weight (in graph order). Forward values are reused by
/// the backward nodes (they stay live until used), never recomputed, except the cheap
/// per-row statistics of rms_norm / layer_norm which the VJP recomputes from the saved input.
public enum Autodiff {
    public static func gradientResultName(_ weight: Weight) -> String { "grad_" + weight.name }

    public static func gradientEntry(of forward: Entry, in graph: Graph, loss lossName: String = "loss",
                                     name: String) throws -> Entry {
        // Regions have no VJP of their own: differentiate what they mean.
        let forward = RegionInlining.run(forward)
        guard let lossResult = forward.result(named: lossName) else {
            throw AutodiffError("entry '\(forward.name)' has no result named '\(lossName)'")
        }
        let loss = lossResult.value
        guard forward.nodes[loss].type.shape.isEmpty, forward.nodes[loss].type.dtype.isFloat else {
            throw AutodiffError("the loss of '\(forward.name)' must be a float scalar, got \(forward.nodes[loss].type)")
        }
        let activity = Activity(entry: forward, weights: graph.weights, loss: loss)

        var b = EntryBuilder(extending: forward, weights: graph.weights)
        var adjoint: [ValueID: ValueID] = [:]
        adjoint[loss] = b.constant(1, forward.nodes[loss].type, name: "dloss")

        // Walk the forward nodes backwards; each active node hands its adjoint to its inputs.
        for id in stride(from: loss, through: 0, by: -1) where activity.isActive(id) {
            guard let g = adjoint[id] else { continue }
            let rule = VJP(node: forward.nodes[id], id: id, g: g, wants: activity.isActive)
            let firstNew = b.nodes.count
            do {
                for (input, grad) in try rule.contributions(&b) {
                    if let existing = adjoint[input] {
                        adjoint[input] = try b.add(existing, grad)
                    } else {
                        adjoint[input] = grad
                    }
                }
            } catch let error as TypeError {
                throw AutodiffError("the VJP of \(forward.nodes[id].op.spelling.name) '\(forward.nodes[id].name)' is ill-typed: \(error.message)")
            }
            // Name the backward nodes after the forward value they differentiate, for readable dumps.
            b.renameNodes(from: firstNew, to: "d_" + forward.nodes[id].name)
        }

        var entry = b.entry
        entry.name = name
        entry.updates = []
        entry.results = [EntryResult(name: lossName, value: loss)]
        // Each weight's read node, found in one pass (a search per weight was O(weights × nodes)).
        var weightNode: [Int: ValueID] = [:]
        for (v, node) in entry.nodes.enumerated() {
            if case .weight(let w) = node.op, weightNode[w] == nil { weightNode[w] = v }
        }
        for (w, weight) in graph.weights.enumerated() where weight.role == .trainable {
            var value: ValueID
            if let node = weightNode[w], let g = adjoint[node] {
                value = g
            } else {
                // The loss does not depend on this weight: its gradient is exactly zero.
                entry.nodes.append(Node(op: .constant(0, weight.type), inputs: [], type: weight.type, name: "zeros"))
                value = entry.nodes.count - 1
            }
            entry.results.append(EntryResult(name: gradientResultName(weight), value: value))
        }
        return DeadCodeElimination.run(entry)
    }
}

/// Adds `<entry>_grad`, the gradient entry of every entry that returns `loss`.
public struct AutodiffPass: Pass {
    public let name = "autodiff"
    public var lossEntry: String
    public var lossResult: String

    public init(lossEntry: String = "loss", lossResult: String = "loss") {
        self.lossEntry = lossEntry
        self.lossResult = lossResult
    }

    public func run(_ graph: Graph) throws -> Graph {
        guard let forward = graph.entry(named: lossEntry) else { return graph }
        guard graph.weights.contains(where: { $0.role == .trainable }) else { return graph }
        var out = graph
        let gradName = lossEntry + "_grad"
        out.entries.removeAll { $0.name == gradName }
        out.entries.append(try Autodiff.gradientEntry(of: forward, in: graph, loss: lossResult, name: gradName))
        return out
    }
}
