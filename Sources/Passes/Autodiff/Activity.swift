import IR

/// Activity analysis for reverse mode: a value needs an adjoint only if it depends on a
/// trainable weight ("varies") and the loss depends on it ("useful"). Everything else —
/// frozen weights, integer index math, masks — is never differentiated.
public struct Activity {
    public let varies: [Bool]
    public let useful: [Bool]

    public init(entry: Entry, weights: [Weight], loss: ValueID) {
        let nodes = entry.nodes
        var varies = [Bool](repeating: false, count: nodes.count)
        for (id, node) in nodes.enumerated() {
            guard node.type.dtype.isFloat else { continue }
            switch node.op {
            case .weight(let w): varies[id] = weights[w].role == .trainable
            case .parameter, .constant, .iota, .positionBucket, .argmax: varies[id] = false
            case .binary(.less), .binary(.greater), .binary(.equal), .unary(.step):
                varies[id] = false  // piecewise constant: zero derivative everywhere it exists
            default: varies[id] = node.inputs.contains { varies[$0] }
            }
        }
        var useful = [Bool](repeating: false, count: nodes.count)
        useful[loss] = true
        for id in stride(from: loss, through: 0, by: -1) where useful[id] {
            for input in nodes[id].inputs { useful[input] = true }
        }
        self.varies = varies
        self.useful = useful
    }

    public func isActive(_ id: ValueID) -> Bool { varies[id] && useful[id] }
}
