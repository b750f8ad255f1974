import Foundation
import IR
import Runtime

/// Random but valid inputs and weights for benchmarking an entry: floats uniform in [-1, 1), and
/// i32 values below the smallest bound any consumer puts on them (ids below the table's rows,
/// labels below the class count), so every run takes the normal path, never the error exit.
enum BenchInputs {
    /// Inputs for every parameter of `entry`, from a fixed seed.
    static func make(for entry: Entry, seed: UInt64) -> [String: Tensor] {
        let bounds = integerBounds(entry)
        var rng = SplitMix64(seed: seed)
        var inputs: [String: Tensor] = [:]
        for (i, p) in entry.parameters.enumerated() {
            let node = entry.nodes.firstIndex { if case .parameter(i) = $0.op { return true } else { return false } }
            let bound = node.flatMap { bounds[$0] } ?? defaultIntegerBound
            inputs[p.name] = random(p.type, bound: bound, &rng)
        }
        return inputs
    }

    /// i32 values no consumer constrains (seeds, masks, step counters) are drawn from 0..<2:
    /// valid as masks, and as step counters only 0 and 1, which AdamW's bias correction handles.
    static let defaultIntegerBound = 2

    /// For each node, the exclusive upper bound its consumers allow (nil: unconstrained). Nodes
    /// are in SSA order, so one backward sweep sees every consumer before its producer; data
    /// movement (reshape, transpose, slice, concat, broadcast) passes its consumers' bound back.
    static func integerBounds(_ entry: Entry) -> [Int: Int] {
        var bounds: [Int: Int] = [:]
        func limit(_ v: Int, _ b: Int?) {
            guard let b else { return }
            bounds[v] = min(bounds[v] ?? b, b)
        }
        for (c, node) in entry.nodes.enumerated().reversed() {
            switch node.op {
            case .gather where node.inputs.count == 2:
                limit(node.inputs[1], entry.nodes[node.inputs[0]].type.shape.first)
            case .scatterAdd(let rows) where node.inputs.count >= 1:
                limit(node.inputs[0], rows)
            case .crossEntropy, .crossEntropyGrad:
                if node.inputs.count >= 2 { limit(node.inputs[1], entry.nodes[node.inputs[0]].type.shape.last) }
            case .reshape, .transpose, .slice, .concat, .broadcast:
                for v in node.inputs { limit(v, bounds[c]) }
            default: break
            }
        }
        return bounds
    }

    /// Values for every weight: initializers where the graph has them (seeded), small random
    /// normals for weights that come from a checkpoint.
    static func weights(for graph: Graph, seed: UInt64) throws -> WeightStore {
        var rng = SplitMix64(seed: seed ^ 0x5EED)
        var provided: [String: Tensor] = [:]
        for w in graph.weights where w.initializer == nil {
            provided[w.name] = w.type.dtype == .i32
                ? random(w.type, bound: defaultIntegerBound, &rng)
                : initialize(w.type, .normal(mean: 0, std: 0.02), &rng)
        }
        return try WeightStore(graph: graph, provided: provided, seed: seed)
    }

    private static func random(_ type: TensorType, bound: Int, _ rng: inout SplitMix64) -> Tensor {
        let n = type.elementCount
        switch type.dtype {
        case .i32:
            let b = UInt64(max(bound, 1))
            return Tensor(type, storage: .i32((0..<n).map { _ in Int32(rng.next() % b) }))
        case .f32:
            return Tensor(type, storage: .f32((0..<n).map { _ in Float(rng.nextUnit() * 2 - 1) }))
        case .f64:
            return Tensor(type, storage: .f64((0..<n).map { _ in rng.nextUnit() * 2 - 1 }))
        }
    }
}
