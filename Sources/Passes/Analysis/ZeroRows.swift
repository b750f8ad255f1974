import IR

/// A tensor whose rows are zero where a sequence mask is: element (…, n, …, s, …) is 0 wherever
/// mask[n, s] = 0, `n` on `batchAxis` and `s` on `sequenceAxis`. In particular every row past a
/// sequence's last set position is zero, so a GEMM over the flattened (N·S) rows may skip those
/// and write zeros (Codegen/LinearKernels.swift, Runtime/LiveRowsGemm.swift: long runs only).
///
/// The fact starts at `keep_rows(x, mask)` and follows the ops that map zero rows to zero rows:
/// a linear layer (no bias), RMSNorm, relu and the other f(0) = 0 maps, a product by anything, a
/// sum of two such tensors, reshapes that keep the two axes, transposes (which move them), and
/// reductions over other axes. It assumes finite values (0·∞ is not 0). Softmax, layer norm and
/// bias adds end it — the graph says where the model's rows are padded again (lib/t5-model.graph).
public struct ZeroRows: Hashable, Sendable {
    public var mask: ValueID
    public var batchAxis: Int
    public var sequenceAxis: Int

    public init(mask: ValueID, batchAxis: Int = 0, sequenceAxis: Int = 1) {
        (self.mask, self.batchAxis, self.sequenceAxis) = (mask, batchAxis, sequenceAxis)
    }
}

public enum ZeroRowsAnalysis {
    /// The fact of every node of `entry` (nil: no known zero rows).
    public static func facts(_ entry: Entry) -> [ZeroRows?] {
        var facts: [ZeroRows?] = []
        var regionFacts: [ValueID: [ZeroRows?]] = [:]    // a fused node's body facts
        facts.reserveCapacity(entry.nodes.count)
        for (id, node) in entry.nodes.enumerated() {
            let inputs = node.inputs.map { facts[$0] }
            switch node.op {
            case .fused(let region):
                let body = bodyFacts(region, inputs: inputs)
                regionFacts[id] = body
                facts.append(body[region.result])
            case .regionResult(let index, _):
                let region = node.inputs.first.flatMap { entry.nodes[$0].op.region }
                let body = node.inputs.first.flatMap { regionFacts[$0] }
                if let region, let body, region.results.indices.contains(index) {
                    facts.append(body[region.results[index]])
                } else {
                    facts.append(nil)
                }
            default:
                facts.append(fact(node, inputs: inputs, inputTypes: node.inputs.map { entry.nodes[$0].type },
                                  mask: node.op == .keepRows ? node.inputs[1] : nil))
            }
        }
        return facts
    }

    /// The facts of a region's body nodes, its inputs having `inputs`. A keep_rows inside a body
    /// starts no fact: its mask is a body value, not an entry value.
    static func bodyFacts(_ region: FusedRegion, inputs: [ZeroRows?]) -> [ZeroRows?] {
        var facts: [ZeroRows?] = []
        for node in region.nodes {
            if case .parameter(let i) = node.op {
                facts.append(inputs.indices.contains(i) ? inputs[i] : nil)
            } else if case .fused(let inner) = node.op {
                facts.append(bodyFacts(inner, inputs: node.inputs.map { facts[$0] })[inner.result])
            } else {
                facts.append(fact(node, inputs: node.inputs.map { facts[$0] },
                                  inputTypes: node.inputs.map { region.nodes[$0].type }, mask: nil))
            }
        }
        return facts
    }

    /// One op's rule. `mask` is keep_rows's mask as an entry value (nil inside a region body).
    static func fact(_ node: Node, inputs: [ZeroRows?], inputTypes: [TensorType], mask: ValueID?) -> ZeroRows? {
        let out = node.type.shape
        switch node.op {
        case .keepRows:
            return mask.map { ZeroRows(mask: $0) }
        case .unary(let u):
            return zeroPreserving.contains(u) ? inputs[0] : nil
        case .cast, .dropout:
            return inputs[0]
        case .binary(.mul):
            // 0·y = 0: either factor, if it is not broadcast along the row axes.
            return aligned(inputs[0], inputTypes[0].shape, to: out) ?? aligned(inputs[1], inputTypes[1].shape, to: out)
        case .binary(.add), .binary(.sub), .binary(.maximum), .binary(.minimum):
            return agreeing([aligned(inputs[0], inputTypes[0].shape, to: out),
                             aligned(inputs[1], inputTypes[1].shape, to: out)])
        case .select:
            return agreeing([aligned(inputs[1], inputTypes[1].shape, to: out),
                             aligned(inputs[2], inputTypes[2].shape, to: out)])
        case .matmul(let ta, _):
            // Row i of a·b reads row i of a only: a's zero rows (on its M axis) are the product's.
            guard let f = inputs[0], !ta, inputTypes[0].rank == out.count,
                  f.sequenceAxis == out.count - 2, f.batchAxis < out.count - 2 else { return nil }
            return f
        case .rmsNorm:
            guard let f = inputs[0], !isRowAxis(out.count - 1, f) else { return nil }
            return f
        case .reduce(_, let axes, let keep):
            guard let f = inputs[0] else { return nil }
            let rank = inputTypes[0].rank
            let reduced = axes.map { $0 < 0 ? $0 + rank : $0 }
            guard !reduced.contains(f.batchAxis), !reduced.contains(f.sequenceAxis) else { return nil }
            if keep { return f }
            let shift = { (axis: Int) in axis - reduced.filter { $0 < axis }.count }
            return ZeroRows(mask: f.mask, batchAxis: shift(f.batchAxis), sequenceAxis: shift(f.sequenceAxis))
        case .reshape:
            // Only trailing axes regrouped: every axis up to the sequence axis keeps its size.
            guard let f = inputs[0], f.batchAxis < f.sequenceAxis, out.count > f.sequenceAxis,
                  Array(inputTypes[0].shape.prefix(f.sequenceAxis + 1)) == Array(out.prefix(f.sequenceAxis + 1))
            else { return nil }
            return f
        case .transpose(let perm):
            guard let f = inputs[0], let b = perm.firstIndex(of: f.batchAxis),
                  let s = perm.firstIndex(of: f.sequenceAxis) else { return nil }
            return ZeroRows(mask: f.mask, batchAxis: b, sequenceAxis: s)
        case .concat(let axis):
            let a = axis < 0 ? axis + out.count : axis
            guard let f = agreeing(inputs), !isRowAxis(a, f) else { return nil }
            return f
        default:
            return nil
        }
    }

    /// Maps with f(0) = 0.
    static let zeroPreserving: Set<UnaryOp> = [.neg, .abs, .sqrt, .tanh, .relu, .square, .geluTanh, .geluErf, .step]

    private static func isRowAxis(_ axis: Int, _ f: ZeroRows) -> Bool {
        axis == f.batchAxis || axis == f.sequenceAxis
    }

    /// `f` of an operand of `shape` as a fact of the broadcast result of shape `out`: kept only
    /// when the operand spans both row axes in full (a broadcast row is not a zero row).
    private static func aligned(_ f: ZeroRows?, _ shape: [Int], to out: [Int]) -> ZeroRows? {
        guard let f else { return nil }
        let lead = out.count - shape.count
        let (b, s) = (f.batchAxis + lead, f.sequenceAxis + lead)
        guard shape[f.batchAxis] == out[b], shape[f.sequenceAxis] == out[s] else { return nil }
        return ZeroRows(mask: f.mask, batchAxis: b, sequenceAxis: s)
    }

    /// The common fact when every operand has the same one.
    private static func agreeing(_ facts: [ZeroRows?]) -> ZeroRows? {
        guard let first = facts.first ?? nil, facts.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}

extension OpKind {
    /// The region of a fused op.
    var region: FusedRegion? {
        if case .fused(let r) = self { return r }
        return nil
    }
}
