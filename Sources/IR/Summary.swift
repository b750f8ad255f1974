/// Counts for `eptc compile`'s summary: ops, parameters by role, FLOP estimates.

extension OpKind {
    /// Floating-point operations for one evaluation (multiply-add = 2), a rough but consistent
    /// estimate: matmuls exactly, other ops a small constant per element.
    public func flops(inputs: [TensorType], output: TensorType) -> Int {
        switch self {
        case .parameter, .weight, .constant, .iota, .reshape, .broadcast, .positionBucket: return 0
        case .matmul(let ta, _):
            let a = inputs[0]
            let k = ta ? a.shape[a.rank - 2] : a.shape[a.rank - 1]
            return 2 * output.elementCount * k
        case .transpose, .concat, .slice, .gather, .cast, .keepRows: return 0
        case .softmax, .logSoftmax, .crossEntropy, .crossEntropyGrad: return 5 * inputs[0].elementCount
        case .rmsNorm, .layerNorm: return 5 * inputs[0].elementCount
        case .reduce: return inputs[0].elementCount
        case .scatterAdd: return inputs[1].elementCount
        case .fused(let region): return region.sumOverComputedNodes { $0.flops(inputs: $1, output: $2) }
        default: return output.elementCount
        }
    }
}

extension FusedRegion {
    /// `count` of each computed node's op (with its input and output types), summed (`saturatingSum`).
    func sumOverComputedNodes(_ count: (OpKind, [TensorType], TensorType) -> Int) -> Int {
        computedNodes.reduce(0) { total, node in
            saturatingSum(total, count(node.op, node.inputs.map { nodes[$0].type }, node.type))
        }
    }
}

/// a + b, or Int.max where that overflows: FLOP counts of a huge graph read huge instead of trapping.
private func saturatingSum(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : sum
}

extension OpKind {
    /// The multiply-add FLOPs of the matmuls this op runs: its own, or those inside a fused
    /// region (a GEMM with its epilogue, a fused attention, an EPT kernel) — what a step's rate
    /// against the machine's sgemm is measured in.
    public func matmulFlops(inputs: [TensorType], output: TensorType) -> Int {
        switch self {
        case .matmul: return flops(inputs: inputs, output: output)
        case .fused(let region): return region.sumOverComputedNodes { $0.matmulFlops(inputs: $1, output: $2) }
        default: return 0
        }
    }

    /// The name an op is counted under in summaries: its spelling, or `fused PATTERN`.
    public var countedName: String {
        if case .fused(let region) = self { return "fused \(region.name)" }
        return spelling.name
    }
}

public struct EntryStatistics: Sendable {
    public var opCounts: [String: Int] = [:]
    public var flops = 0
    /// The part of `flops` in matmuls, fused regions' included.
    public var matmulFlops = 0
    public var matmuls = 0
}

extension Entry {
    public func statistics() -> EntryStatistics {
        var stats = EntryStatistics()
        for node in nodes where !node.op.isSource {
            stats.opCounts[node.op.countedName, default: 0] += 1
            let inputs = node.inputs.map { nodes[$0].type }
            stats.flops = saturatingSum(stats.flops, node.op.flops(inputs: inputs, output: node.type))
            stats.matmulFlops = saturatingSum(stats.matmulFlops, node.op.matmulFlops(inputs: inputs, output: node.type))
            if case .matmul = node.op { stats.matmuls += 1 }
            if case .fused(let region) = node.op {
                stats.matmuls += region.computedNodes.filter { if case .matmul = $0.op { true } else { false } }.count
            }
        }
        return stats
    }
}

extension Graph {
    /// Element counts per role.
    public func parameterCounts() -> [WeightRole: Int] {
        var counts: [WeightRole: Int] = [:]
        for w in weights { counts[w.role, default: 0] += w.type.elementCount }
        return counts
    }
}

extension Graph {
    /// Trainable element counts per optimizer group (`prompt`, `lowrank`, `lora`, `head`, ...), so a
    /// summary can print each method's budget by group next to the backbone's frozen count.
    public func trainableCountsByGroup() -> [String: Int] {
        var counts: [String: Int] = [:]
        for w in weights where w.role == .trainable { counts[w.group, default: 0] += w.type.elementCount }
        return counts
    }
}
