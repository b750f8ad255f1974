import IR

/// Algebraic identities that are exact in floating point (and in wrapping i32 arithmetic):
///
///     x·1, 1·x, x/1, x+0, 0+x, x−0            → x      (only where x already has the result's type)
///     neg(neg(x))                              → x
///     transpose(x, identity)                   → x
///     transpose(transpose(x, p), q)            → transpose(x, p∘q), or x when that is the identity
///     reshape(x, shape of x), broadcast(x, shape of x), cast(x, dtype of x) → x
///     reshape(reshape(x)), broadcast(broadcast(x)) → one reshape / broadcast
///     dropout(x, seed, rate=0), where(c, a, a)  → x, a
///     op(broadcast(y), z) for elementwise op   → op(y, z) where y broadcasts to the same result
///
/// What it must not do: x·0 → 0 (NaN and ±∞ times 0 are NaN), x − x → 0, reassociate, or fold
/// a `1` that is bigger than x (`x[4] · ones[2, 4]` is a broadcast, not x). x + 0 may turn −0
/// into +0 in the unfolded graph; the two compare equal, and nothing in the IR tells them apart
/// but a division by zero.
public struct AlgebraPass: SimplifyRule {
    public let name = "algebra"
    public init() {}

    public func simplify(_ entry: Entry) -> (Entry, changed: Bool) {
        EntryRewriter.rewrite(entry) { r, node in Self.rewrite(&r, node) }
    }

    static func rewrite(_ r: inout EntryRewriter, _ node: Node) -> ValueID? {
        let x = node.inputs
        switch node.op {
        case .binary(let op):
            if let v = identityOperand(r, op, x, node.type) { return v }
            return foldBroadcasts(&r, node)
        case .select:
            if x[1] == x[2], r.type(of: x[1]) == node.type { return x[1] }
            return foldBroadcasts(&r, node)
        case .unary(.neg):
            if case .unary(.neg) = r.node(of: x[0]).op { return r.node(of: x[0]).inputs[0] }
        case .transpose(let q):
            if q == Array(q.indices) { return x[0] }
            if case .transpose(let p) = r.node(of: x[0]).op {
                let inner = r.node(of: x[0]).inputs[0]
                let composed = q.map { p[$0] }
                return composed == Array(composed.indices) ? inner : r.make(.transpose(composed), [inner])
            }
        case .reshape(let shape):
            if r.type(of: x[0]).shape == shape { return x[0] }
            if case .reshape = r.node(of: x[0]).op {
                let inner = r.node(of: x[0]).inputs[0]
                return r.type(of: inner).shape == shape ? inner : r.make(.reshape(shape), [inner])
            }
        case .broadcast(let shape):
            if r.type(of: x[0]).shape == shape { return x[0] }
            if case .broadcast = r.node(of: x[0]).op { return r.make(.broadcast(shape), [r.node(of: x[0]).inputs[0]]) }
        case .cast(let dtype):
            if r.type(of: x[0]).dtype == dtype { return x[0] }
        case .dropout(let rate):
            if rate == 0 { return x[0] }   // keeps every element and scales by 1/(1 − 0)
        default:
            break
        }
        return nil
    }

    /// The operand that `op` leaves unchanged: x·1, 1·x, x/1, x+0, 0+x, x−0. The constant may
    /// have any shape that broadcasts into x's; x must have the result's type.
    static func identityOperand(_ r: EntryRewriter, _ op: BinaryOp, _ x: [ValueID], _ type: TensorType) -> ValueID? {
        func isConstant(_ v: ValueID, _ value: Double) -> Bool {
            guard let c = r.constantValue(v) else { return false }
            return r.type(of: v).dtype == .i32 ? SplatFolding.int32(c) == Int32(value) : c == value
        }
        let (a, b) = (x[0], x[1])
        switch op {
        case .mul:
            if isConstant(b, 1), r.type(of: a) == type { return a }
            if isConstant(a, 1), r.type(of: b) == type { return b }
        case .add:
            if isConstant(b, 0), r.type(of: a) == type { return a }
            if isConstant(a, 0), r.type(of: b) == type { return b }
        case .sub:
            if isConstant(b, 0), r.type(of: a) == type { return a }
        case .div:
            if isConstant(b, 1), r.type(of: a) == type { return a }
        default:
            break
        }
        return nil
    }

    /// Reads `y` instead of `broadcast(y, S)` in an elementwise op that broadcasts its operands
    /// anyway, wherever the op's result keeps its shape: `add(broadcast(b[D], [N, D]), x[N, D])`
    /// becomes `add(b, x)`, and the broadcast is never materialized once no other op reads it.
    static func foldBroadcasts(_ r: inout EntryRewriter, _ node: Node) -> ValueID? {
        var inputs = node.inputs
        for k in inputs.indices {
            guard case .broadcast = r.node(of: inputs[k]).op else { continue }
            var candidate = inputs
            candidate[k] = r.node(of: inputs[k]).inputs[0]
            if (try? node.op.resultType(candidate.map { r.type(of: $0) })) == node.type { inputs = candidate }
        }
        return inputs == node.inputs ? nil : r.make(node.op, inputs)
    }
}
