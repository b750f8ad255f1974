import IR

/// Common-subexpression elimination: a node equal to an earlier one — same op and attributes,
/// same inputs (after their own merging), same type — is replaced by the earlier one.
///
/// Structural hashing in SSA order, so one pass merges whole equal chains. Every op of the IR is
/// a pure function of its inputs and attributes, dropout included: its mask is a function of the
/// seed *input* and the element index (Runtime/DropoutMask.swift), so two dropouts of the same x
/// with the same seed value are the same tensor, and sites seeded differently (`seed + site`) stay
/// apart because their seed inputs differ. State updates are not nodes, so nothing with an effect
/// can be merged away. Constants compare by bit pattern (−0 and +0 stay apart, NaNs of one payload
/// merge); `add`, `mul` and `equal` are commutative, so `a + b` and `b + a` are one value.
public struct CommonSubexpressionPass: SimplifyRule {
    public let name = "cse"
    public init() {}

    /// What makes two nodes equal: the op with a constant's value replaced by its bits.
    struct Key: Hashable {
        var op: OpKind
        var bits: UInt64
        var inputs: [ValueID]
        var type: TensorType
    }

    static func key(_ node: Node) -> Key {
        var op = node.op, bits: UInt64 = 0, inputs = node.inputs
        switch node.op {
        case .constant(let v, let t):
            op = .constant(0, t)
            bits = v.bitPattern
        case .binary(.add), .binary(.mul), .binary(.equal):
            inputs.sort()
        default:
            break
        }
        return Key(op: op, bits: bits, inputs: inputs, type: node.type)
    }

    public func simplify(_ entry: Entry) -> (Entry, changed: Bool) {
        var seen: [Key: ValueID] = [:]
        seen.reserveCapacity(entry.nodes.count)
        return EntryRewriter.rewrite(entry) { r, node in
            let key = Self.key(node)
            if let earlier = seen[key] { return earlier }
            // Not seen: the node is kept and will be the next value, so record that id.
            seen[key] = r.nodes.count
            return nil
        }
    }
}
